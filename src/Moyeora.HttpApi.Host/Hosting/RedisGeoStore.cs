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

        // One round trip, applied atomically: position, report time and audience move together.
        await Db.ScriptEvaluateAsync(SetScript, [_geoKey, _seenKey, _friendsOnlyKey],
            [position.Longitude, position.Latitude, Member(position.UserId), ToScore(position.ReportedAt), position.FriendsOnly ? 1 : 0]);
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
        // Each attempt is one round trip: the script searches, then reads report times and audience itself.
        var fresh = ToScore(freshSince);
        for (var fetch = count + 16; ; fetch *= 4)
        {
            var raw = (RedisResult[])(await Db.ScriptEvaluateAsync(SearchScript, [_geoKey, _seenKey, _friendsOnlyKey],
                [longitude, latitude, radiusMeters, fetch, fresh]))!;
            var scanned = (long)raw[0];
            var found = new List<NearbyPosition>(raw.Length - 1);
            for (var i = 1; i < raw.Length; i++)
            {
                var item = (RedisResult[])raw[i]!;
                if (!Guid.TryParseExact((string)item[0]!, "N", out var userId))
                {
                    continue;
                }

                var (lng, lat) = (double.Parse((string)item[1]!, CultureInfo.InvariantCulture), double.Parse((string)item[2]!, CultureInfo.InvariantCulture));
                var distance = GeoMath.DistanceMeters(latitude, longitude, lat, lng);
                if (distance <= radiusMeters)
                {
                    found.Add(new NearbyPosition(userId, lat, lng, distance, FromScore(double.Parse((string)item[3]!, CultureInfo.InvariantCulture)), (long)item[4] == 1));
                }
            }

            if (found.Count >= count || scanned < fetch)
            {
                found.Sort(static (a, b) => a.DistanceMeters != b.DistanceMeters ? a.DistanceMeters.CompareTo(b.DistanceMeters) : a.UserId.CompareTo(b.UserId));
                return found.Count > count ? found.GetRange(0, count) : found;
            }
        }
    }

    private const string SetScript = """
        redis.call('GEOADD', KEYS[1], ARGV[1], ARGV[2], ARGV[3])
        redis.call('ZADD', KEYS[2], ARGV[4], ARGV[3])
        if ARGV[5] == '1' then redis.call('SADD', KEYS[3], ARGV[3]) else redis.call('SREM', KEYS[3], ARGV[3]) end
        return 1
        """;

    // Returns { candidates scanned, { member, lng, lat, reported (ms), friendsOnly } ... } for fresh positions only.
    private const string SearchScript = """
        local found = redis.call('GEOSEARCH', KEYS[1], 'FROMLONLAT', ARGV[1], ARGV[2], 'BYRADIUS', ARGV[3], 'm', 'ASC', 'COUNT', ARGV[4], 'WITHCOORD')
        local out = { #found }
        if #found == 0 then return out end
        local members = {}
        for i, item in ipairs(found) do members[i] = item[1] end
        local seen = redis.call('ZMSCORE', KEYS[2], unpack(members))
        local friendsOnly = redis.call('SMISMEMBER', KEYS[3], unpack(members))
        local fresh = tonumber(ARGV[5])
        for i, item in ipairs(found) do
          if seen[i] and tonumber(seen[i]) >= fresh then
            out[#out + 1] = { item[1], item[2][1], item[2][2], seen[i], friendsOnly[i] }
          end
        end
        return out
        """;

    /// <summary>Every position reported at or after <paramref name="freshSince"/> (a replica's starting snapshot), read in chunks.</summary>
    public async Task<IReadOnlyList<UserPosition>> GetAllFreshAsync(DateTime freshSince)
    {
        var members = await Db.SortedSetRangeByScoreWithScoresAsync(_seenKey, ToScore(freshSince), double.PositiveInfinity);
        var all = new List<UserPosition>(members.Length);
        foreach (var chunk in members.Chunk(500))
        {
            var names = chunk.Select(m => m.Element).ToArray();
            var coordinates = await Db.GeoPositionAsync(_geoKey, names);
            var friendsOnly = (RedisResult[])(await Db.ExecuteAsync("SMISMEMBER", [_friendsOnlyKey, .. names.Select(n => (object)n)]))!;
            for (var i = 0; i < chunk.Length; i++)
            {
                if (coordinates[i] is { } at && Guid.TryParseExact((string)chunk[i].Element!, "N", out var userId))
                {
                    all.Add(new UserPosition(userId, at.Latitude, at.Longitude, FromScore(chunk[i].Score), (long)friendsOnly[i] == 1));
                }
            }
        }

        return all;
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
