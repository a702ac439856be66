using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Moyeora.Hosting;

/// <summary>Readiness of the configured Redis: a PING round trip, and this node listening on every channel it needs.</summary>
internal sealed class RedisHealthCheck(RedisConnection redis, IEnumerable<RedisSubscription> subscriptions) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.Multiplexer.GetDatabase().PingAsync();
            // A node not yet listening would miss what other nodes publish (chat, meetup changes).
            var deaf = subscriptions.Where(s => !s.IsSubscribed).Select(s => s.ChannelName).ToList();
            return deaf.Count > 0
                ? HealthCheckResult.Unhealthy($"Not yet subscribed to {string.Join(", ", deaf)}.")
                : HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:0.0} ms");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", ex);
        }
    }
}

/// <summary>
/// One lazily opened connection to Redis per process, shared by commands and pub/sub. The client (2.x and
/// later) completes replies on the thread pool, so nothing waits behind one socket thread; pub/sub order is
/// kept per channel by <see cref="RedisSubscription"/>, which reads each channel's ordered message queue.
/// Start-up never fails while Redis is down: the connection keeps retrying in the background.
/// </summary>
public sealed class RedisConnection(string configuration) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer = new(() => Connect(configuration));

    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    private static ConnectionMultiplexer Connect(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(options);
    }

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}
