using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Moyeora.Hosting;

/// <summary>
/// Readiness of the configured Redis: a PING round trip, and this node listening on every channel it needs. A node that
/// has never listened yet is not ready (it would miss what other nodes publish); once it has, Redis going away only
/// makes it Degraded (still 200): REST reads and database writes go on, live features answer
/// <c>Moyeora:ServiceUnavailable</c> until Redis returns and the node resubscribes by itself.
/// </summary>
internal sealed class RedisHealthCheck(RedisConnection redis, IEnumerable<RedisSubscription> subscriptions, Moyeora.Live.HubBackplaneConnection? backplane = null)
    : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // A node not yet listening would miss what other nodes publish (chat, meetup changes).
        var deaf = subscriptions.Where(s => !s.IsSubscribed).Select(s => s.ChannelName).ToList();
        try
        {
            var latency = await redis.Multiplexer.GetDatabase().PingAsync();
            if (deaf.Count > 0)
            {
                return HealthCheckResult.Unhealthy($"Not yet subscribed to {string.Join(", ", deaf)}.");
            }

            // The hub's backplane has a connection of its own, which comes back on its own schedule after an outage.
            return backplane?.Multiplexer is { IsConnected: false }
                ? HealthCheckResult.Degraded("The live hub's backplane has not reconnected to Redis yet: live connections are refused until it has.")
                : HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:0.0} ms");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or InvalidOperationException)
        {
            return deaf.Count > 0
                ? HealthCheckResult.Unhealthy("Redis does not answer.", ex)
                : HealthCheckResult.Degraded("Redis does not answer: live features are unavailable until it returns.", ex);
        }
    }
}

/// <summary>
/// One lazily opened connection to Redis per process, shared by commands and pub/sub. The client (2.x and
/// later) completes replies on the thread pool, so nothing waits behind one socket thread; pub/sub order is
/// kept per channel by <see cref="RedisSubscription"/>, which reads each channel's ordered message queue.
/// Start-up never fails while Redis is down: the connection keeps retrying in the background.
/// </summary>
public sealed class RedisConnection(string configuration, string keyPrefix = RedisConnection.DefaultKeyPrefix) : IDisposable
{
    public const string DefaultKeyPrefix = "moyeora:";

    private readonly Lazy<ConnectionMultiplexer> _multiplexer = new(() => Connect(configuration));

    /// <summary>
    /// The deployment's namespace in Redis (<c>Redis:ChannelPrefix</c> followed by <c>:</c>): every key and channel of this
    /// node starts with it, so deployments (or test hosts) sharing one Redis never read each other's positions, counts or messages.
    /// </summary>
    public string KeyPrefix => keyPrefix;

    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    private static ConnectionMultiplexer Connect(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        ApplyOutagePolicy(options);
        return ConnectionMultiplexer.Connect(options);
    }

    /// <summary>
    /// While Redis is unreachable a command fails at once (<see cref="RedisConnectionException"/>, answered 503
    /// <c>Moyeora:ServiceUnavailable</c> over REST and the hub) instead of waiting in the client's backlog for the
    /// command timeout: callers get a clear signal, not a hang. The connection keeps retrying in the background, every second.
    /// </summary>
    public static void ApplyOutagePolicy(ConfigurationOptions options)
    {
        options.BacklogPolicy = BacklogPolicy.FailFast;
        // Reconnect every second (not the client's growing back-off): live features return within a second or two of Redis.
        options.ReconnectRetryPolicy = new LinearRetry(1_000);
    }

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}
