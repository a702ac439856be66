using Moyeora.ExceptionHandling;

namespace Moyeora.Settings;

/// <summary>
/// The settings an administrator may change while the service runs: request rate limits, the wrong-password lock-out
/// and the live map's default radius. Every node applies a change within <c>OperationalSettingsProvider.RefreshInterval</c>.
/// </summary>
public sealed record OperationalSettingValues
{
    /// <summary>Product defaults (configuration may set others for a deployment).</summary>
    public static OperationalSettingValues Default { get; } = new();

    public int AccountPermitsPerMinute { get; init; } = 300;

    public int WritePermitsPerMinute { get; init; } = 120;

    public int ChatMessagesPerTenSeconds { get; init; } = 20;

    public int SearchesPerMinute { get; init; } = 120;

    public int PeopleSearchesPerMinute { get; init; } = 20;

    public int ReportsPerHour { get; init; } = 30;

    /// <summary>Wrong passwords in a row that lock the account.</summary>
    public int MaxFailedLogins { get; init; } = 5;

    /// <summary>How long that lock-out lasts.</summary>
    public int LockoutMinutes { get; init; } = 15;

    /// <summary>The live map's radius for a connection that has not chosen one.</summary>
    public double DefaultRadiusMeters { get; init; } = 2_000;

    /// <summary>Every value in its range, or one <see cref="MoyeoraErrorCodes.ValidationFailed"/> with a field error per wrong value.</summary>
    public OperationalSettingValues Check()
    {
        BusinessException? error = null;
        void InRange(string field, double value, double min, double max)
        {
            if (!double.IsFinite(value) || value < min || value > max)
            {
                error ??= new BusinessException(MoyeoraErrorCodes.ValidationFailed, ErrorKind.Invalid);
                error.WithFieldError(field);
            }
        }

        InRange("accountPermitsPerMinute", AccountPermitsPerMinute, OperationalSettingsConsts.MinPermits, OperationalSettingsConsts.MaxPermits);
        InRange("writePermitsPerMinute", WritePermitsPerMinute, OperationalSettingsConsts.MinPermits, OperationalSettingsConsts.MaxPermits);
        InRange("chatMessagesPerTenSeconds", ChatMessagesPerTenSeconds, 1, OperationalSettingsConsts.MaxPermits);
        InRange("searchesPerMinute", SearchesPerMinute, OperationalSettingsConsts.MinPermits, OperationalSettingsConsts.MaxPermits);
        InRange("peopleSearchesPerMinute", PeopleSearchesPerMinute, 1, OperationalSettingsConsts.MaxPermits);
        InRange("reportsPerHour", ReportsPerHour, 1, OperationalSettingsConsts.MaxPermits);
        InRange("maxFailedLogins", MaxFailedLogins, OperationalSettingsConsts.MinFailedLogins, OperationalSettingsConsts.MaxFailedLogins);
        InRange("lockoutMinutes", LockoutMinutes, 1, OperationalSettingsConsts.MaxLockoutMinutes);
        InRange("defaultRadiusMeters", DefaultRadiusMeters, OperationalSettingsConsts.MinRadiusMeters, OperationalSettingsConsts.MaxRadiusMeters);
        return error is null ? this : throw error;
    }
}

public static class OperationalSettingsConsts
{
    public const int MinPermits = 5;
    public const int MaxPermits = 100_000;
    public const int MinFailedLogins = 3;
    public const int MaxFailedLogins = 50;
    public const int MaxLockoutMinutes = 24 * 60;
    public const double MinRadiusMeters = 100;
    public const double MaxRadiusMeters = 700_000;
}
