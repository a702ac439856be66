using System.Globalization;
using Moyeora.Locations;
using StackExchange.Redis;

namespace Moyeora.Hosting;

/// <summary>
/// Positions in a Redis GEO set shared by every node, with a sorted set of report times beside it
/// (freshness and expiry). Searches use <c>GEOSEARCH … BYRADIUS … ASC COUNT</c>; distances are then
/// measured again with <see cref="GeoMath"/> so both stores agree on who is inside the radius.
/// Redis GEO stores latitudes up to ±85.05° (Web Mercator) and coordinates to about 0.6 m.
/// </summary>
public sealed class RedisGeoStore(IConnectionMultiplexer redis, string keyPrefix = "moyeora:positions") : IGeoStore
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

        var member = Member(position.UserId);
        var transaction = Db.CreateTransaction();
        var added = transaction.GeoAddAsync(_geoKey, position.Longitude, position.Latitude, member);
        var seen = transaction.SortedSetAddAsync(_seenKey, member, ToScore(position.ReportedAt));
        var audience = position.FriendsOnly ? transaction.SetAddAsync(_friendsOnlyKey, member) : transaction.SetRemoveAsync(_friendsOnlyKey, member);
        await transaction.ExecuteAsync();
        await Task.WhenAll(added, seen, audience);
    }

    public async Task<UserPosition?> GetAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var member = Member(userId);
        var position = await Db.GeoPositionAsync(_geoKey, member);
        var seen = await Db.SortedSetScoreAsync(_seenKey, member);
        var friendsOnly = await Db.SetContainsAsync(_friendsOnlyKey, member);
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

    public async Task<IReadOnlyList<NearbyPosition>> SearchAsync(double latitude, double longitude, double radiusMeters, int count, DateTime freshSince, CancellationToken cancellationToken = default)
    {
        if (count <= 0)
        {
            return [];
        }

        // Stale positions not yet expired may take places in the answer: ask for more until enough are fresh.
        for (var fetch = count + 16; ; fetch *= 4)
        {
            var raw = (RedisResult[])(await Db.ExecuteAsync("GEOSEARCH", _geoKey, "FROMLONLAT", longitude, latitude,
                "BYRADIUS", radiusMeters, "m", "ASC", "COUNT", fetch, "WITHCOORD"))!;
            var candidates = raw.Select(item =>
            {
                var parts = (RedisResult[])item!;
                var coordinates = (RedisResult[])parts[1]!;
                return (Member: (string)parts[0]!, Longitude: (double)coordinates[0], Latitude: (double)coordinates[1]);
            }).ToList();
            if (candidates.Count == 0)
            {
                return [];
            }

            var members = candidates.Select(c => (object)c.Member).ToList();
            var scoresTask = Db.ExecuteAsync("ZMSCORE", [_seenKey, .. members]);
            var friendsOnlyTask = Db.ExecuteAsync("SMISMEMBER", [_friendsOnlyKey, .. members]);
            var scores = (RedisResult[])(await scoresTask)!;
            var friendsOnly = (RedisResult[])(await friendsOnlyTask)!;
            var fresh = new List<NearbyPosition>();
            for (var i = 0; i < candidates.Count; i++)
            {
                if (scores[i].IsNull || !Guid.TryParseExact(candidates[i].Member, "N", out var userId))
                {
                    continue;
                }

                var reportedAt = FromScore((double)scores[i]);
                var distance = GeoMath.DistanceMeters(latitude, longitude, candidates[i].Latitude, candidates[i].Longitude);
                if (reportedAt >= freshSince && distance <= radiusMeters)
                {
                    fresh.Add(new NearbyPosition(userId, candidates[i].Latitude, candidates[i].Longitude, distance, reportedAt, (long)friendsOnly[i] == 1));
                }
            }

            if (fresh.Count >= count || candidates.Count < fetch)
            {
                return fresh.OrderBy(p => p.DistanceMeters).ThenBy(p => p.UserId).Take(count).ToList();
            }
        }
    }

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
