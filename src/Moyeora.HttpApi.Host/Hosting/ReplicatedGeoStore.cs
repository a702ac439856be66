using System.Globalization;
using Moyeora.Locations;

namespace Moyeora.Hosting;

/// <summary>
/// The geo store of a node in a cluster: positions are searched in this node's own in-memory index (as fast
/// as the embedded default), kept in step with every other node through the Redis pub/sub channel
/// <c>&lt;prefix&gt;positions:updates</c> (<see cref="RedisConnection.KeyPrefix"/>), and written to the shared Redis GEO sets, from which a starting node loads
/// its snapshot before it counts as ready. A position reported to node A is searched on node B from B's
/// replica, which A's update reached through Redis.
/// </summary>
internal sealed class ReplicatedGeoStore(RedisConnection redis, TimeProvider clock, ILogger<ReplicatedGeoStore> logger)
    : RedisSubscription(redis, logger), IGeoStore
{
    private readonly InMemoryGeoStore _local = new();
    private readonly RedisGeoStore _shared = new(redis.Multiplexer, redis.KeyPrefix + "positions");

    protected override string Channel => Redis.KeyPrefix + "positions:updates";

    public async Task SetAsync(UserPosition position, CancellationToken cancellationToken = default)
    {
        await _shared.SetAsync(position, cancellationToken); // validates (±85.05°) and persists
        await _local.SetAsync(position, cancellationToken);
        await PublishAsync(string.Create(CultureInfo.InvariantCulture,
            $"s|{position.UserId:N}|{position.Latitude:R}|{position.Longitude:R}|{position.ReportedAt.Ticks}|{(position.FriendsOnly ? 1 : 0)}"));
    }

    public Task<UserPosition?> GetAsync(Guid userId, CancellationToken cancellationToken = default) => _local.GetAsync(userId, cancellationToken);

    public async Task RemoveAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await _shared.RemoveAsync(userId, cancellationToken);
        await _local.RemoveAsync(userId, cancellationToken);
        await PublishAsync($"d|{userId:N}");
    }

    public Task<IReadOnlyList<NearbyPosition>> SearchAsync(double latitude, double longitude, double radiusMeters, int count, DateTime freshSince, CancellationToken cancellationToken = default) =>
        _local.SearchAsync(latitude, longitude, radiusMeters, count, freshSince, cancellationToken);

    /// <summary>The replica holds every node's positions, so the count covers the whole deployment.</summary>
    public Task<int> CountAsync(DateTime freshSince, CancellationToken cancellationToken = default) => _local.CountAsync(freshSince, cancellationToken);

    /// <summary>The job runs on one node: the shared sets are purged there, and every replica purges itself.</summary>
    public async Task<int> RemoveStaleAsync(DateTime olderThan, CancellationToken cancellationToken = default)
    {
        var removed = await _shared.RemoveStaleAsync(olderThan, cancellationToken);
        await _local.RemoveStaleAsync(olderThan, cancellationToken);
        await PublishAsync(string.Create(CultureInfo.InvariantCulture, $"x|{olderThan.Ticks}"));
        return removed;
    }

    protected override async Task OnSubscribedAsync(CancellationToken stopping)
    {
        // Updates that arrive meanwhile are newer than the snapshot and are kept.
        var snapshot = await _shared.GetAllFreshAsync(clock.GetUtcNow().UtcDateTime - LocationPrivacy.PositionLifetime);
        foreach (var position in snapshot)
        {
            _local.ApplyIfNewer(position);
        }

        logger.LogInformation("Loaded {Count} live positions from Redis", snapshot.Count);
    }

    protected override void OnMessage(string payload)
    {
        var parts = payload.Split('|');
        try
        {
            switch (parts[0])
            {
                case "s" when parts.Length == 6:
                    _local.ApplyIfNewer(new UserPosition(Guid.ParseExact(parts[1], "N"),
                        double.Parse(parts[2], CultureInfo.InvariantCulture), double.Parse(parts[3], CultureInfo.InvariantCulture),
                        new DateTime(long.Parse(parts[4], CultureInfo.InvariantCulture), DateTimeKind.Utc), parts[5] == "1"));
                    break;
                case "d" when parts.Length == 2:
                    _ = _local.RemoveAsync(Guid.ParseExact(parts[1], "N"));
                    break;
                case "x" when parts.Length == 2:
                    _ = _local.RemoveStaleAsync(new DateTime(long.Parse(parts[1], CultureInfo.InvariantCulture), DateTimeKind.Utc));
                    break;
            }
        }
        catch (FormatException ex)
        {
            logger.LogWarning(ex, "Ignored a position update that could not be read");
        }
    }
}
