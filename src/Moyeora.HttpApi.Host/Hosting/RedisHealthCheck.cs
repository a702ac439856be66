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

/// <summary>One lazily opened connection to Redis per process, shared by everything that uses Redis.</summary>
public sealed class RedisConnection(string configuration) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer = new(() =>
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(options);
    });

    public ConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}
