using Microsoft.Extensions.Logging;
using Moyeora.Authorization;
using Moyeora.Domain;
using Moyeora.Permissions;
using Moyeora.Users;

namespace Moyeora.Settings;

public sealed class SettingsAppService(
    IOperationalSettingsRepository settings,
    OperationalSettingsProvider provider,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    ILogger<SettingsAppService> logger) : ISettingsAppService
{
    public async Task<OperationalSettingsDto> GetAsync(CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.SettingsManage, cancellationToken);
        var stored = await settings.FindAsync(cancellationToken);
        return ToDto(stored?.Values ?? provider.Defaults, stored);
    }

    public async Task<OperationalSettingsDto> UpdateAsync(UpdateOperationalSettingsDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.SettingsManage, cancellationToken);
        var reason = UserAdministrationAppService.CheckReason(input.Reason);
        var values = new OperationalSettingValues
        {
            AccountPermitsPerMinute = input.AccountPermitsPerMinute,
            WritePermitsPerMinute = input.WritePermitsPerMinute,
            ChatMessagesPerTenSeconds = input.ChatMessagesPerTenSeconds,
            SearchesPerMinute = input.SearchesPerMinute,
            PeopleSearchesPerMinute = input.PeopleSearchesPerMinute,
            ReportsPerHour = input.ReportsPerHour,
            MaxFailedLogins = input.MaxFailedLogins,
            LockoutMinutes = input.LockoutMinutes,
            DefaultRadiusMeters = input.DefaultRadiusMeters,
        }.Check();
        var stored = await settings.FindAsync(cancellationToken);
        var before = stored?.Values ?? provider.Defaults;
        var changed = true;
        if (stored is null)
        {
            stored = new OperationalSettings(values);
            await settings.InsertAsync(stored, cancellationToken);
        }
        else
        {
            changed = stored.Change(values);
        }

        if (changed)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
            provider.Apply(values);
            logger.LogInformation("Operational settings changed by {AdministratorId} from {Before} to {After}: {Reason}", currentUser.Id, before, values, reason);
        }

        return ToDto(values, stored);
    }

    private static OperationalSettingsDto ToDto(OperationalSettingValues values, OperationalSettings? stored) => new()
    {
        AccountPermitsPerMinute = values.AccountPermitsPerMinute,
        WritePermitsPerMinute = values.WritePermitsPerMinute,
        ChatMessagesPerTenSeconds = values.ChatMessagesPerTenSeconds,
        SearchesPerMinute = values.SearchesPerMinute,
        PeopleSearchesPerMinute = values.PeopleSearchesPerMinute,
        ReportsPerHour = values.ReportsPerHour,
        MaxFailedLogins = values.MaxFailedLogins,
        LockoutMinutes = values.LockoutMinutes,
        DefaultRadiusMeters = values.DefaultRadiusMeters,
        IsStored = stored is not null,
        LastModificationTime = stored?.LastModificationTime ?? stored?.CreationTime,
        LastModifierId = stored?.LastModifierId ?? stored?.CreatorId,
        RefreshSeconds = (int)OperationalSettingsProvider.RefreshInterval.TotalSeconds,
    };
}
