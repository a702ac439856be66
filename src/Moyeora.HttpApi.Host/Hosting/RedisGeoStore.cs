using System.Globalization;
using Moyeora.Locations;
using StackExchange.Redis;

namespace Moyeora.Hosting;

/// <summary>
/// Positions in a Redis GEO set shared by every node, with a sorted set of report times beside it
/// (freshness and expiry), through the client's native commands. Searches use <c>GEOSEARCH … BYRADIUS … ASC COUNT</c>; distances are then
/// measured again with <see cref="GeoMath"/> so both stores agree on who is inside the radius.
/// Redis GEO stores latitudes up to ±85.05° (Web Mercator) and coordinates to about 0.6 m.
/// </summary>
public sealed class RedisGeoStore(IConnectionMultiplexer redis, string keyPrefix) : IGeoStore
{
    public const double MaxLatitude = 85.05112878;

    private readonly RedisKey _geoKey = keyPrefix;
    private readonly RedisKey _seenKey = keyPrefix + ":seen";
    private readonly RedisKey _friendsOnlyKey = keyPrefix + ":friends-only";

    private IDatabase Db => redis.GetDatabase();

    public async Task SetAsync(UserPosition position, CancellationToken cancellationToken = default)
    {
        if (!GeoMath.IsValid(position.Latitude, position.Longitude) || Math.Abs(position.Latitude) > MaxLatitude)
        {
            throw new ArgumentOutOfRangeException(nameof(position), $"Latitude must be within ±{MaxLatitude} and longitude within ±180.");
        }

        // One round trip, applied atomically (MULTI/EXEC): position, report time and audience move together.
        var member = Member(position.UserId);
        var transaction = Db.CreateTransaction();
        var geo = transaction.GeoAddAsync(_geoKey, position.Longitude, position.Latitude, member);
        var seen = transaction.SortedSetAddAsync(_seenKey, member, ToScore(position.ReportedAt));
        var audience = position.FriendsOnly ? transaction.SetAddAsync(_friendsOnlyKey, member) : transaction.SetRemoveAsync(_friendsOnlyKey, member);
        await transaction.ExecuteAsync();
        await Task.WhenAll(geo, seen, audience);
    }

    public async Task<UserPosition?> GetAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        // Pipelined: the three reads leave together and cost one round trip.
        var member = Member(userId);
        var positionRead = Db.GeoPositionAsync(_geoKey, member);
        var seenRead = Db.SortedSetScoreAsync(_seenKey, member);
        var friendsOnlyRead = Db.SetContainsAsync(_friendsOnlyKey, member);
        var (position, seen, friendsOnly) = (await positionRead, await seenRead, await friendsOnlyRead);
        return position is { } p && seen is { } s ? new UserPosition(userId, p.Latitude, p.Longitude, FromScore(s), friendsOnly) : null;
    }

    public async Task RemoveAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var member = Member(userId);
        var transaction = Db.CreateTransaction();
        var geo = transaction.SortedSetRemoveAsync(_geoKey, member); // a GEO set is a sorted set
        var seen = transaction.SortedSetRemoveAsync(_seenKey, member);
        var audience = transaction.SetRemoveAsync(_friendsOnlyKey, member);
        await transaction.ExecuteAsync();
        await Task.WhenAll(geo, seen, audience);
    }

    /// <remarks>
    /// Two round trips per attempt with the client's native commands: GEOSEARCH, then the report times and
    /// audience of exactly those candidates (ZMSCORE and SMISMEMBER, pipelined). A Lua script could do it in
    /// one, but a cluster node searches its in-memory replica (<see cref="ReplicatedGeoStore"/>), not this;
    /// here clarity wins over one round trip.
    /// </remarks>
    public async Task<IReadOnlyList<NearbyPosition>> SearchAsync(double latitude, double longitude, double radiusMeters, int count, DateTime freshSince, CancellationToken cancellationToken = default)
    {
        if (count <= 0)
        {
            return [];
        }

        // Stale positions not yet expired may take places in the answer: ask for more until enough are fresh.
        var fresh = ToScore(freshSince);
        var circle = new GeoSearchCircle(radiusMeters, GeoUnit.Meters);
        for (var fetch = count + 16; ; fetch *= 4)
        {
            var candidates = await Db.GeoSearchAsync(_geoKey, longitude, latitude, circle, fetch, demandClosest: true, Order.Ascending, GeoRadiusOptions.WithCoordinates);
            var found = new List<NearbyPosition>(candidates.Length);
            if (candidates.Length > 0)
            {
                var members = Array.ConvertAll(candidates, c => c.Member);
                var seenRead = Db.SortedSetScoresAsync(_seenKey, members);
                var friendsOnlyRead = Db.SetContainsAsync(_friendsOnlyKey, members);
                var (seen, friendsOnly) = (await seenRead, await friendsOnlyRead);
                for (var i = 0; i < candidates.Length; i++)
                {
                    if (seen[i] is not { } reported || reported < fresh || candidates[i].Position is not { } at
                        || !Guid.TryParseExact((string)candidates[i].Member!, "N", out var userId))
                    {
                        continue;
                    }

                    var distance = GeoMath.DistanceMeters(latitude, longitude, at.Latitude, at.Longitude);
                    if (distance <= radiusMeters)
                    {
                        found.Add(new NearbyPosition(userId, at.Latitude, at.Longitude, distance, FromScore(reported), friendsOnly[i]));
                    }
                }
            }

            if (found.Count >= count || candidates.Length < fetch)
            {
                found.Sort(static (a, b) => a.DistanceMeters != b.DistanceMeters ? a.DistanceMeters.CompareTo(b.DistanceMeters) : a.UserId.CompareTo(b.UserId));
                return found.Count > count ? found.GetRange(0, count) : found;
            }
        }
    }

    /// <summary>Every position reported at or after <paramref name="freshSince"/> (a replica's starting snapshot), read in chunks.</summary>
    public async Task<IReadOnlyList<UserPosition>> GetAllFreshAsync(DateTime freshSince)
    {
        var members = await Db.SortedSetRangeByScoreWithScoresAsync(_seenKey, ToScore(freshSince), double.PositiveInfinity);
        var all = new List<UserPosition>(members.Length);
        foreach (var chunk in members.Chunk(500))
        {
            var names = Array.ConvertAll(chunk, m => m.Element);
            var coordinatesRead = Db.GeoPositionAsync(_geoKey, names);
            var friendsOnlyRead = Db.SetContainsAsync(_friendsOnlyKey, names);
            var (coordinates, friendsOnly) = (await coordinatesRead, await friendsOnlyRead);
            for (var i = 0; i < chunk.Length; i++)
            {
                if (coordinates[i] is { } at && Guid.TryParseExact((string)chunk[i].Element!, "N", out var userId))
                {
                    all.Add(new UserPosition(userId, at.Latitude, at.Longitude, FromScore(chunk[i].Score), friendsOnly[i]));
                }
            }
        }

        return all;
    }

    public async Task<int> CountAsync(DateTime freshSince, CancellationToken cancellationToken = default) =>
        (int)await Db.SortedSetLengthAsync(_seenKey, ToScore(freshSince), double.PositiveInfinity);

    public async Task<int> RemoveStaleAsync(DateTime olderThan, CancellationToken cancellationToken = default)
    {
        var stale = await Db.SortedSetRangeByScoreAsync(_seenKey, double.NegativeInfinity, ToScore(olderThan), Exclude.Stop);
        if (stale.Length == 0)
        {
            return 0;
        }

        var transaction = Db.CreateTransaction();
        var geo = transaction.SortedSetRemoveAsync(_geoKey, stale);
        var seen = transaction.SortedSetRemoveAsync(_seenKey, stale);
        var audience = transaction.SetRemoveAsync(_friendsOnlyKey, stale);
        await transaction.ExecuteAsync();
        await Task.WhenAll(geo, seen, audience);
        return stale.Length;
    }

    private static RedisValue Member(Guid userId) => userId.ToString("N");

    private static double ToScore(DateTime instant) => new DateTimeOffset(DateTime.SpecifyKind(instant, DateTimeKind.Utc)).ToUnixTimeMilliseconds();

    private static DateTime FromScore(double score) => DateTimeOffset.FromUnixTimeMilliseconds((long)score).UtcDateTime;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"RedisGeoStore({keyPrefix})");
}
