using System.ComponentModel.DataAnnotations;

namespace Moyeora.Live;

/// <summary>Configuration section <c>Live</c>: the live map's cadence and limits (defaults are spec §5).</summary>
public sealed class LiveOptions : IValidatableObject
{
    public const string SectionName = "Live";

    public const double MinRadiusMeters = Moyeora.Users.UserConsts.MinRadiusMeters;
    public const double MaxRadiusMeters = Moyeora.Users.UserConsts.MaxRadiusMeters;

    /// <summary>A connected client gets the nearby list at least this often (and right after its own report).</summary>
    public TimeSpan PushInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Reports closer together than this are dropped.</summary>
    public TimeSpan MinReportInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(MinRadiusMeters, MaxRadiusMeters)]
    public double DefaultRadiusMeters { get; set; } = 2_000;

    [Range(1, 200)]
    public int MaxPeople { get; set; } = 50;

    /// <summary>
    /// Friends and co-members of a connected user are reloaded at least this often; membership changes
    /// mark the connections they concern at once, so this is a safety net.
    /// </summary>
    public TimeSpan RelationsLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How often each node writes the "last seen" times of its connected users to the database, in one batch.
    /// A fresher time is read from the live positions, so this only has to be good to a minute or so.
    /// </summary>
    public TimeSpan LastSeenFlushInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// With Redis, how often each node publishes its number of live connections for the dashboard, and how long an entry
    /// lives unless refreshed: a node that died without saying so drops out of the total when its entry expires.
    /// </summary>
    public TimeSpan ConnectionCountInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan ConnectionCountLifetime { get; set; } = TimeSpan.FromSeconds(15);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // An entry that expired before its refresh would make a live node blink out of the total.
        if (ConnectionCountInterval <= TimeSpan.Zero || ConnectionCountLifetime <= ConnectionCountInterval)
        {
            yield return new ValidationResult("Live:ConnectionCountInterval must be positive and Live:ConnectionCountLifetime longer than it.",
                [nameof(ConnectionCountInterval), nameof(ConnectionCountLifetime)]);
        }
    }
}
