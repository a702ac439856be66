using Moyeora.Account;
using StackExchange.Redis;

namespace Moyeora.Hosting;

/// <summary>Attempt counts shared by every node: one round trip (INCR, and PEXPIRE on the first attempt of a window).</summary>
public sealed class RedisAttemptLimiter(RedisConnection redis) : IAttemptLimiter
{
    private const string Script = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return {count, redis.call('PTTL', KEYS[1])}
        """;

    public async ValueTask<TimeSpan?> TryAcquireAsync(string key, int permits, TimeSpan window, CancellationToken cancellationToken = default)
    {
        var result = (RedisResult[])(await redis.Data.GetDatabase().ScriptEvaluateAsync(Script,
            [(RedisKey)("moyeora:attempts:" + key)], [(long)window.TotalMilliseconds]))!;
        var count = (long)result[0];
        var ttl = Math.Max(0, (long)result[1]);
        return count <= permits ? null : TimeSpan.FromMilliseconds(ttl);
    }
}
