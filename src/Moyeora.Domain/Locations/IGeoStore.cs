namespace Moyeora.Locations;

/// <summary>A user's latest reported position. Exact coordinates never leave the server (spec §7).</summary>
/// <param name="FriendsOnly">The user shows their position to friends only (spec §7).</param>
public sealed record UserPosition(Guid UserId, double Latitude, double Longitude, DateTime ReportedAt, bool FriendsOnly = false);

/// <summary>A position found near a point, with its exact distance (for the server's own use only).</summary>
public sealed record NearbyPosition(Guid UserId, double Latitude, double Longitude, double DistanceMeters, DateTime ReportedAt, bool FriendsOnly = false);

/// <summary>
/// The latest position of every user who reports one: Redis GEO sets when several nodes share Redis,
/// an in-memory spatial index for the embedded default. Searches ignore positions older than asked.
/// </summary>
public interface IGeoStore
{
    Task SetAsync(UserPosition position, CancellationToken cancellationToken = default);

    Task<UserPosition?> GetAsync(Guid userId, CancellationToken cancellationToken = default);

    Task RemoveAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="count"/> positions within the radius, reported at or after <paramref name="freshSince"/>, nearest first.</summary>
    Task<IReadOnlyList<NearbyPosition>> SearchAsync(double latitude, double longitude, double radiusMeters, int count, DateTime freshSince, CancellationToken cancellationToken = default);

    /// <summary>How many people have a position reported at or after <paramref name="freshSince"/> (a count, never who or where).</summary>
    Task<int> CountAsync(DateTime freshSince, CancellationToken cancellationToken = default);

    /// <summary>Forgets positions reported before <paramref name="olderThan"/>; returns how many.</summary>
    Task<int> RemoveStaleAsync(DateTime olderThan, CancellationToken cancellationToken = default);
}
