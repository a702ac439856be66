using Microsoft.Extensions.Logging;
using Moyeora.Auditing;
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
    IAuditTrail audit,
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
            await audit.RecordAsync(AuditActions.SettingsUpdate, AuditTargetTypes.Settings, AuditTargetTypes.OperationalSettingsId, reason, Changes(before, values));
            await unitOfWork.SaveChangesAsync(cancellationToken);
            provider.Apply(values);
            logger.LogInformation("Operational settings changed by {AdministratorId} from {Before} to {After}: {Reason}", currentUser.Id, before, values, reason);
        }

        return ToDto(values, stored);
    }

    /// <summary>Each setting whose value differs, by its name in the API (camel case); unchanged ones are left out.</summary>
    private static AuditChange[] Changes(OperationalSettingValues before, OperationalSettingValues after) => AuditChange.OnlyChanged(
        AuditChange.Of("accountPermitsPerMinute", before.AccountPermitsPerMinute, after.AccountPermitsPerMinute),
        AuditChange.Of("writePermitsPerMinute", before.WritePermitsPerMinute, after.WritePermitsPerMinute),
        AuditChange.Of("chatMessagesPerTenSeconds", before.ChatMessagesPerTenSeconds, after.ChatMessagesPerTenSeconds),
        AuditChange.Of("searchesPerMinute", before.SearchesPerMinute, after.SearchesPerMinute),
        AuditChange.Of("peopleSearchesPerMinute", before.PeopleSearchesPerMinute, after.PeopleSearchesPerMinute),
        AuditChange.Of("reportsPerHour", before.ReportsPerHour, after.ReportsPerHour),
        AuditChange.Of("maxFailedLogins", before.MaxFailedLogins, after.MaxFailedLogins),
        AuditChange.Of("lockoutMinutes", before.LockoutMinutes, after.LockoutMinutes),
        AuditChange.Of("defaultRadiusMeters", before.DefaultRadiusMeters, after.DefaultRadiusMeters));

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
