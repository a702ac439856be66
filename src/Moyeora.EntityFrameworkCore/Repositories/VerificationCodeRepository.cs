using Microsoft.EntityFrameworkCore;
using Moyeora.EntityFrameworkCore;
using Moyeora.Outbound;
using Moyeora.Users;
using Moyeora.Verification;

namespace Moyeora.Repositories;

internal sealed class VerificationCodeRepository(MoyeoraDbContext db) : IVerificationCodeRepository
{
    public async Task<IReadOnlyList<VerificationCode>> GetOpenAsync(string phoneNumber, VerificationPurpose purpose, DateTime now, CancellationToken cancellationToken = default) =>
        await db.VerificationCodes
            .Where(c => c.PhoneNumber == phoneNumber && c.Purpose == purpose && c.VerifiedTime == null && c.SupersededTime == null && c.ExpirationTime > now)
            .ToListAsync(cancellationToken);

    public Task<VerificationCode?> FindLatestAsync(string phoneNumber, VerificationPurpose purpose, CancellationToken cancellationToken = default) =>
        db.VerificationCodes
            .Where(c => c.PhoneNumber == phoneNumber && c.Purpose == purpose)
            .OrderByDescending(c => c.CreationTime)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<int> CountForPhoneSinceAsync(string phoneNumber, DateTime since, CancellationToken cancellationToken = default) =>
        db.VerificationCodes.CountAsync(c => c.PhoneNumber == phoneNumber && c.CreationTime > since, cancellationToken);

    public Task<int> CountForClientIpSinceAsync(string clientIp, DateTime since, CancellationToken cancellationToken = default) =>
        db.VerificationCodes.CountAsync(c => c.ClientIp == clientIp && c.CreationTime > since, cancellationToken);

    public Task<VerificationCode?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        db.VerificationCodes.FirstOrDefaultAsync(c => c.TokenHash == tokenHash, cancellationToken);

    public async Task InsertAsync(VerificationCode code, CancellationToken cancellationToken = default) =>
        await db.VerificationCodes.AddAsync(code, cancellationToken);

    public async Task<int> DeleteCreatedBeforeAsync(DateTime createdBefore, int take, CancellationToken cancellationToken = default)
    {
        // Ids first: MySQL/MariaDB refuse LIMIT inside the IN subquery a bounded ExecuteDelete would write.
        var ids = await db.VerificationCodes.Where(c => c.CreationTime < createdBefore).OrderBy(c => c.CreationTime).Take(take)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        return ids.Count == 0 ? 0 : await db.VerificationCodes.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}

internal sealed class RefreshTokenRepository(MoyeoraDbContext db) : IRefreshTokenRepository
{
    public Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        db.RefreshTokens.FirstOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);

    public async Task<IReadOnlyList<RefreshToken>> GetUnrevokedAsync(Guid userId, Guid? familyId, CancellationToken cancellationToken = default) =>
        await db.RefreshTokens
            .Where(t => t.UserId == userId && t.RevocationTime == null && (familyId == null || t.FamilyId == familyId))
            .ToListAsync(cancellationToken);

    public async Task InsertAsync(RefreshToken token, CancellationToken cancellationToken = default) =>
        await db.RefreshTokens.AddAsync(token, cancellationToken);

    public async Task<int> DeleteExpiredAsync(DateTime now, int take, CancellationToken cancellationToken = default)
    {
        // Ids first, as above.
        var ids = await db.RefreshTokens.Where(t => t.ExpirationTime < now).OrderBy(t => t.ExpirationTime).Take(take)
            .Select(t => t.Id).ToListAsync(cancellationToken);
        return ids.Count == 0 ? 0 : await db.RefreshTokens.Where(t => ids.Contains(t.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}

internal sealed class OutboxMessageRepository(MoyeoraDbContext db) : IOutboxMessageRepository
{
    public async Task InsertAsync(OutboxMessage message, CancellationToken cancellationToken = default) =>
        await db.OutboxMessages.AddAsync(message, cancellationToken);

    public async Task<(IReadOnlyList<OutboxMessage> Items, int TotalCount)> GetPagedAsync(OutboundChannel? channel, string? recipient, int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = db.OutboxMessages.AsNoTracking().Where(m => (channel == null || m.Channel == channel) && (recipient == null || m.Recipient == recipient));
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(m => m.CreationTime).ThenByDescending(m => m.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (items, total);
    }
}

internal sealed class PendingOutboundRepository(MoyeoraDbContext db) : IPendingOutboundRepository
{
    public async Task AddAsync(PendingOutboundMessage message, CancellationToken cancellationToken = default) =>
        await db.PendingOutboundMessages.AddAsync(message, cancellationToken);

    public async Task<IReadOnlyList<PendingOutboundMessage>> ClaimAsync(int max, DateTime now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var candidates = await db.PendingOutboundMessages.AsNoTracking()
            .Where(m => m.ClaimedUntil == null || m.ClaimedUntil < now)
            .OrderBy(m => m.CreationTime).Take(max).Select(m => m.Id).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        var token = Guid.NewGuid();
        var until = now + lease;
        // The condition is checked again by the update itself: a row another dispatcher claimed in between (its update
        // committed first, or held the row lock) no longer matches, so it is never claimed twice.
        using (db.Database.IsSqlite() ? await SqliteWriteGate.EnterAsync(db.Database.GetConnectionString()!, cancellationToken) : null)
        {
            await db.PendingOutboundMessages
                .Where(m => candidates.Contains(m.Id) && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedUntil, until).SetProperty(m => m.ClaimToken, token), cancellationToken);
        }

        return await db.PendingOutboundMessages.AsNoTracking().Where(m => m.ClaimToken == token)
            .OrderBy(m => m.CreationTime).ToListAsync(cancellationToken);
    }

    public async Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        using (db.Database.IsSqlite() ? await SqliteWriteGate.EnterAsync(db.Database.GetConnectionString()!, cancellationToken) : null)
        {
            await db.PendingOutboundMessages.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
