using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using StackExchange.Redis;
using StackExchange.Redis.Profiling;

namespace Moyeora.Hosting;

/// <summary>
/// Redis as this node sees it (meter <c>Moyeora.Redis</c>): whether the connection is up, connection failures, and the
/// latency of every command sent on the node's connection (all adapters share it: geo store, pub/sub, cache, attempt
/// limits, job storage). Commands are collected by the client's profiler and recorded once a second, off the hot path.
/// While traces are recorded, commands sent inside a traced request or hub call are profiled per activity and become
/// its child spans (activity source <c>Moyeora.Redis</c>) once it has ended.
/// </summary>
internal sealed class RedisMetrics : IHostedService, IDisposable
{
    public const string MeterName = "Moyeora.Redis";

    /// <summary>The activity source of the Redis spans.</summary>
    public const string ActivitySourceName = "Moyeora.Redis";

    private static readonly ActivitySource Source = new(ActivitySourceName);

    private static readonly IReadOnlyList<double> LatencyBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private readonly RedisConnection _redis;
    private readonly TimeProvider _clock;
    private readonly ILogger<RedisMetrics> _logger;
    private readonly Counter<long> _failures;
    private readonly Histogram<double> _duration;
    private readonly ProfilingSession _session = new();
    private readonly ConcurrentDictionary<Activity, ProfilingSession> _traced = new();
    private IConnectionMultiplexer? _multiplexer;
    private Timer? _drain;

    public RedisMetrics(IMeterFactory meters, RedisConnection redis, TimeProvider clock, ILogger<RedisMetrics> logger)
    {
        _redis = redis;
        _clock = clock;
        _logger = logger;
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("moyeora.redis.connected", () => _multiplexer is { IsConnected: true } ? 1 : 0, "{connection}",
            "1 while this node's connection to Redis is up, 0 while it is down (the client keeps reconnecting).");
        _failures = meter.CreateCounter<long>("moyeora.redis.connection.failures", "{failure}",
            "Times this node's connection to Redis failed, by failure type (e.g. SocketClosed, UnableToConnect).");
        _duration = meter.CreateHistogram("moyeora.redis.command.duration", "s",
            "Redis commands sent by this node, from creation to completion, by command (GEOSEARCH, PUBLISH, ...).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Creating the connection does not wait for Redis (abortConnect=false): this node uses it from the start anyway.
        var multiplexer = _redis.Multiplexer;
        multiplexer.ConnectionFailed += OnConnectionFailed;
        multiplexer.RegisterProfiler(SessionOf);
        _multiplexer = multiplexer;
        _drain = new Timer(_ => Drain(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_drain is not null)
        {
            await _drain.DisposeAsync();
        }

        Drain();
    }

    /// <summary>The session a command is profiled in: its activity's while Redis spans are listened to, else the node's.</summary>
    private ProfilingSession SessionOf() =>
        Activity.Current is { Recorded: true } activity && Source.HasListeners()
            ? _traced.GetOrAdd(activity, static _ => new ProfilingSession())
            : _session;

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        // Interactive and subscription connections both report; count each.
        _failures.Add(1, new KeyValuePair<string, object?>("failure.type", e.FailureType.ToString()));
    }

    private void Drain()
    {
        try
        {
            foreach (var command in _session.FinishProfiling())
            {
                Record(command);
            }

            var now = _clock.GetUtcNow().UtcDateTime;
            foreach (var (activity, session) in _traced)
            {
                // An activity still running may send more commands: drained once it has ended, or every minute while it
                // lasts (a live connection's), so nothing piles up.
                var ended = activity.IsStopped;
                if ((!ended && now - activity.StartTimeUtc < TimeSpan.FromMinutes(1)) || (ended && !_traced.TryRemove(activity, out _)))
                {
                    continue;
                }

                foreach (var command in session.FinishProfiling())
                {
                    Record(command);
                    using var span = Source.StartActivity("redis " + command.Command, ActivityKind.Client, activity.Context,
                        [new("db.system.name", "redis"), new("db.operation.name", command.Command), new("server.address", command.EndPoint.ToString())],
                        startTime: command.CommandCreated);
                    span?.SetEndTime(command.CommandCreated.ToUniversalTime() + command.ElapsedTime);
                }
            }
        }
        catch (Exception ex)
        {
            _logger.LogDebug(ex, "Redis command timings were not recorded");
        }
    }

    private void Record(IProfiledCommand command) =>
        _duration.Record(Math.Max(0, command.ElapsedTime.TotalSeconds), new KeyValuePair<string, object?>("db.operation.name", command.Command));

    public void Dispose()
    {
        _drain?.Dispose();
        if (_multiplexer is not null)
        {
            _multiplexer.ConnectionFailed -= OnConnectionFailed;
        }
    }
}
