using Moyeora.Domain;

namespace Moyeora.Settings;

/// <summary>
/// The stored operational settings: one row (<see cref="SingletonId"/>), written only through <see cref="Change"/>. Until
/// an administrator saves it for the first time, the deployment's configuration decides.
/// </summary>
public sealed class OperationalSettings : AggregateRoot
{
    public static readonly Guid SingletonId = new("5e771165-0000-4000-8000-000000000001");

    private OperationalSettings()
    {
    }

    public OperationalSettings(OperationalSettingValues values)
        : base(SingletonId) => Apply(values.Check());

    public int AccountPermitsPerMinute { get; private set; }

    public int WritePermitsPerMinute { get; private set; }

    public int ChatMessagesPerTenSeconds { get; private set; }

    public int SearchesPerMinute { get; private set; }

    public int PeopleSearchesPerMinute { get; private set; }

    public int ReportsPerHour { get; private set; }

    public int MaxFailedLogins { get; private set; }

    public int LockoutMinutes { get; private set; }

    public double DefaultRadiusMeters { get; private set; }

    public OperationalSettingValues Values => new()
    {
        AccountPermitsPerMinute = AccountPermitsPerMinute,
        WritePermitsPerMinute = WritePermitsPerMinute,
        ChatMessagesPerTenSeconds = ChatMessagesPerTenSeconds,
        SearchesPerMinute = SearchesPerMinute,
        PeopleSearchesPerMinute = PeopleSearchesPerMinute,
        ReportsPerHour = ReportsPerHour,
        MaxFailedLogins = MaxFailedLogins,
        LockoutMinutes = LockoutMinutes,
        DefaultRadiusMeters = DefaultRadiusMeters,
    };

    /// <returns>Whether anything changed.</returns>
    public bool Change(OperationalSettingValues values)
    {
        values.Check();
        if (values == Values)
        {
            return false;
        }

        Apply(values);
        return true;
    }

    private void Apply(OperationalSettingValues values)
    {
        AccountPermitsPerMinute = values.AccountPermitsPerMinute;
        WritePermitsPerMinute = values.WritePermitsPerMinute;
        ChatMessagesPerTenSeconds = values.ChatMessagesPerTenSeconds;
        SearchesPerMinute = values.SearchesPerMinute;
        PeopleSearchesPerMinute = values.PeopleSearchesPerMinute;
        ReportsPerHour = values.ReportsPerHour;
        MaxFailedLogins = values.MaxFailedLogins;
        LockoutMinutes = values.LockoutMinutes;
        DefaultRadiusMeters = values.DefaultRadiusMeters;
    }
}

public interface IOperationalSettingsRepository
{
    /// <summary>The stored settings, tracked; null before the first save.</summary>
    Task<OperationalSettings?> FindAsync(CancellationToken cancellationToken = default);

    /// <summary>The stored values, not tracked (one small read by primary key); null before the first save.</summary>
    Task<OperationalSettingValues?> GetValuesAsync(CancellationToken cancellationToken = default);

    Task InsertAsync(OperationalSettings settings, CancellationToken cancellationToken = default);
}
