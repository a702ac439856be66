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
/// Two lazily opened connections to Redis per process. <see cref="Multiplexer"/> keeps replies and pub/sub
/// messages in order (chat arrives in the order it was published). <see cref="Data"/> serves the geo store
/// and lets replies complete on the thread pool: the 1.x client otherwise runs every continuation on its one
/// socket thread, which would turn thousands of nearby pushes a second into a single queue.
/// </summary>
public sealed class RedisConnection(string configuration) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer = new(() => Connect(configuration, preserveOrder: true));
    private readonly Lazy<ConnectionMultiplexer> _data = new(() => Connect(configuration, preserveOrder: false));

    public ConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public ConnectionMultiplexer Data => _data.Value;

    private static ConnectionMultiplexer Connect(string configuration, bool preserveOrder)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        var multiplexer = ConnectionMultiplexer.Connect(options);
        multiplexer.PreserveAsyncOrder = preserveOrder;
        return multiplexer;
    }

    public void Dispose()
    {
        foreach (var connection in new[] { _multiplexer, _data }.Where(c => c.IsValueCreated))
        {
            connection.Value.Dispose();
        }
    }
}
