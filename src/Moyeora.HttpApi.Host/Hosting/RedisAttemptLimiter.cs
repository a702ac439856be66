using Moyeora.Account;
using StackExchange.Redis;

namespace Moyeora.Hosting;

/// <summary>
/// Attempt counts shared by every node, in one atomic round trip (MULTI/EXEC): INCR, PEXPIRE … NX (the first
/// attempt of a window starts its clock; needs Redis 7) and PTTL.
/// </summary>
public sealed class RedisAttemptLimiter(RedisConnection redis) : IAttemptLimiter
{
    public async ValueTask<TimeSpan?> TryAcquireAsync(string key, int permits, TimeSpan window, CancellationToken cancellationToken = default)
    {
        RedisKey counter = redis.KeyPrefix + "attempts:" + key;
        var transaction = redis.Multiplexer.GetDatabase().CreateTransaction();
        var count = transaction.StringIncrementAsync(counter);
        var expiry = transaction.KeyExpireAsync(counter, window, ExpireWhen.HasNoExpiry);
        var remaining = transaction.KeyTimeToLiveAsync(counter);
        await transaction.ExecuteAsync();
        await Task.WhenAll(count, expiry, remaining);
        return await count <= permits ? null : await remaining is { } ttl && ttl > TimeSpan.Zero ? ttl : TimeSpan.Zero;
    }
}
