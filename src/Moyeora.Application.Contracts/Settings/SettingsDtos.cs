using System.ComponentModel.DataAnnotations;
using Moyeora.Users;

namespace Moyeora.Settings;

/// <summary>The operational settings an administrator changes at run time (permission <c>Moyeora.Settings.Manage</c>).</summary>
public interface ISettingsAppService
{
    /// <summary>The settings in force, and whether they were saved here or still come from the configuration.</summary>
    Task<OperationalSettingsDto> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Validates and stores every value at once; every node applies them within seconds, without a restart.</summary>
    Task<OperationalSettingsDto> UpdateAsync(UpdateOperationalSettingsDto input, CancellationToken cancellationToken = default);
}

public class OperationalSettingsValuesDto
{
    /// <summary>Account calls (log-in, sign-up, codes) per client address per minute.</summary>
    [Range(OperationalSettingsConsts.MinPermits, OperationalSettingsConsts.MaxPermits)]
    public int AccountPermitsPerMinute { get; set; }

    /// <summary>Writes per person (or address) per minute.</summary>
    [Range(OperationalSettingsConsts.MinPermits, OperationalSettingsConsts.MaxPermits)]
    public int WritePermitsPerMinute { get; set; }

    /// <summary>Chat messages per person per 10 seconds.</summary>
    [Range(1, OperationalSettingsConsts.MaxPermits)]
    public int ChatMessagesPerTenSeconds { get; set; }

    /// <summary>Meetup searches per person per minute.</summary>
    [Range(OperationalSettingsConsts.MinPermits, OperationalSettingsConsts.MaxPermits)]
    public int SearchesPerMinute { get; set; }

    /// <summary>People searches per person per minute.</summary>
    [Range(1, OperationalSettingsConsts.MaxPermits)]
    public int PeopleSearchesPerMinute { get; set; }

    /// <summary>Reports per person per hour.</summary>
    [Range(1, OperationalSettingsConsts.MaxPermits)]
    public int ReportsPerHour { get; set; }

    /// <summary>Wrong passwords in a row that lock an account (3–50).</summary>
    [Range(OperationalSettingsConsts.MinFailedLogins, OperationalSettingsConsts.MaxFailedLogins)]
    public int MaxFailedLogins { get; set; }

    /// <summary>How many minutes that lock-out lasts (1–1440).</summary>
    [Range(1, OperationalSettingsConsts.MaxLockoutMinutes)]
    public int LockoutMinutes { get; set; }

    /// <summary>The live map's radius in metres for a connection that has not chosen one (100–700,000).</summary>
    [Range(OperationalSettingsConsts.MinRadiusMeters, OperationalSettingsConsts.MaxRadiusMeters)]
    public double DefaultRadiusMeters { get; set; }
}

public sealed class OperationalSettingsDto : OperationalSettingsValuesDto
{
    /// <summary>False while the values still come from the deployment's configuration (nobody saved them yet).</summary>
    public bool IsStored { get; set; }

    public DateTime? LastModificationTime { get; set; }

    public Guid? LastModifierId { get; set; }

    /// <summary>How soon every node applies a change, in seconds.</summary>
    public int RefreshSeconds { get; set; }
}

public sealed class UpdateOperationalSettingsDto : OperationalSettingsValuesDto
{
    [StringLength(UserConsts.MaxAdministrationReasonLength)]
    public string? Reason { get; set; }
}
