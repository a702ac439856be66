using Microsoft.EntityFrameworkCore;
using Moyeora.EntityFrameworkCore;
using Moyeora.Settings;

namespace Moyeora.Repositories;

internal sealed class OperationalSettingsRepository(MoyeoraDbContext db) : IOperationalSettingsRepository
{
    public Task<OperationalSettings?> FindAsync(CancellationToken cancellationToken = default) =>
        db.Set<OperationalSettings>().FirstOrDefaultAsync(s => s.Id == OperationalSettings.SingletonId, cancellationToken);

    public async Task<OperationalSettingValues?> GetValuesAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<OperationalSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == OperationalSettings.SingletonId, cancellationToken))?.Values;

    public async Task InsertAsync(OperationalSettings settings, CancellationToken cancellationToken = default) =>
        await db.Set<OperationalSettings>().AddAsync(settings, cancellationToken);
}
