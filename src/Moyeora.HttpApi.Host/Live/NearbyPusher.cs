using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Moyeora.Live;

/// <summary>
/// Sends each connection its nearby list right after its own report and otherwise every
/// <see cref="LiveOptions.PushInterval"/> (spec §5). A timer sweeps the node's connections a few
/// times a second and pushes those that are due, a bounded number at a time.
/// </summary>
internal sealed class NearbyPusher(
    LiveConnections connections,
    NearbyPeopleFinder finder,
    IHubContext<LiveHub> hub,
    IServiceScopeFactory scopes,
    IOptions<LiveOptions> options,
    LiveMetrics metrics,
    ILogger<NearbyPusher> logger) : BackgroundService
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMilliseconds(200);

    private long PushIntervalTicks => (long)(options.Value.PushInterval.TotalSeconds * Stopwatch.Frequency);

    /// <summary>
    /// Pushes now; when <paramref name="wait"/> is false, skips a connection already being pushed to. True when the list
    /// was sent.
    /// </summary>
    public async Task<bool> PushAsync(LiveConnection connection, bool wait, CancellationToken cancellationToken = default) =>
        await PushAsync(connection, wait, evenIfUnchanged: wait, cancellationToken);

    /// <summary>
    /// Pushes now. A connection on deltas gets nothing when nothing changed, unless <paramref name="evenIfUnchanged"/>
    /// (the answer to its own report or setting: a client waits for it).
    /// </summary>
    public async Task<bool> PushAsync(LiveConnection connection, bool wait, bool evenIfUnchanged, CancellationToken cancellationToken = default)
    {
        if (connection.Position is null || !await connection.PushLock.WaitAsync(wait ? Timeout.Infinite : 0, cancellationToken))
        {
            return false;
        }

        try
        {
            (double Latitude, double Longitude)? reported;
            lock (connection.Sync)
            {
                reported = connection.Position; // a report may be writing it: never read half of one
            }

            if (reported is not { } position)
            {
                return false;
            }

            var now = Stopwatch.GetTimestamp();
            NearbySnapshot people;
            for (var attempt = 1; ; attempt++)
            {
                // A block, unblock or friendship changed since the relations were loaded: this push must already
                // honour it (spec §2), so they are reloaded here, on the push path, for this connection alone.
                var version = Volatile.Read(ref connection.RelationsVersion);
                if (version != Volatile.Read(ref connection.RelationsLoadedVersion))
                {
                    await ReloadRelationsNowAsync(connection, version, cancellationToken);
                }
                else if (now - connection.RelationsLoadedTicks > options.Value.RelationsLifetime.TotalSeconds * Stopwatch.Frequency)
                {
                    ReloadRelations(connection, now);
                }

                people = await finder.FindSnapshotAsync(connection.UserId, position.Latitude, position.Longitude, connection.RadiusMeters, connection.Relations, cancellationToken);
                if (Volatile.Read(ref connection.RelationsVersion) == version || attempt == 3)
                {
                    break; // nothing changed while the list was made
                }
            }

            connection.LastPushTicks = Stopwatch.GetTimestamp();
            if (!connection.NearbyDeltas)
            {
                await hub.Clients.Client(connection.ConnectionId).SendAsync(LiveClientMethods.Nearby, people.ToDto(), cancellationToken);
                metrics.Pushed("nearby");
                return true;
            }

            var (delta, state) = NearbyDeltas.Next(connection.NearbySent, people, Volatile.Read(ref connection.NearbyEpoch), evenIfUnchanged);
            if (delta is null)
            {
                metrics.PushSkipped("nearby");
                return true; // nothing new: the client's view is already right
            }

            // Kept before sending: if the send fails the connection is gone (or the client will opt in again).
            connection.NearbySent = state;
            await hub.Clients.Client(connection.ConnectionId).SendAsync(LiveClientMethods.NearbyDelta, delta, cancellationToken);
            metrics.Pushed("nearby");
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            metrics.PushFailed("nearby");
            logger.LogWarning(ex, "Nearby push to {ConnectionId} failed", connection.ConnectionId);
            return false;
        }
        finally
        {
            connection.PushLock.Release();
        }
    }

    /// <summary>Reloads a connection's relations now, unless a newer load already happened (also used before meetup pushes).</summary>
    internal static async Task ReloadRelationsNowAsync(LiveConnection connection, int version, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var relations = await scope.ServiceProvider.GetRequiredService<RelationsLoader>().LoadAsync(connection.UserId, cancellationToken);
        lock (connection.Sync)
        {
            if (version - connection.RelationsLoadedVersion > 0)
            {
                connection.Relations = relations;
                connection.RelationsLoadedVersion = version;
                connection.RelationsLoadedTicks = Stopwatch.GetTimestamp();
            }
        }
    }

    private Task ReloadRelationsNowAsync(LiveConnection connection, int version, CancellationToken cancellationToken) =>
        ReloadRelationsNowAsync(connection, version, scopes, cancellationToken);

    /// <summary>
    /// Friends and co-members are reloaded off the push path (the push uses what is known), once at a time per
    /// connection and spread out: membership changes already mark the connections they concern.
    /// </summary>
    private void ReloadRelations(LiveConnection connection, long now)
    {
        if (Interlocked.Exchange(ref connection.ReloadingRelations, 1) == 1)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                var version = Volatile.Read(ref connection.RelationsVersion);
                await using var scope = scopes.CreateAsyncScope();
                var relations = await scope.ServiceProvider.GetRequiredService<RelationsLoader>().LoadAsync(connection.UserId);
                lock (connection.Sync)
                {
                    // A change arrived meanwhile: what was just read may predate it; the next push reloads.
                    if (version == connection.RelationsVersion)
                    {
                        connection.Relations = relations;
                        connection.RelationsLoadedVersion = version;
                    }

                    // The next reload falls due after the lifetime less up to a fifth, so reloads do not come in waves.
                    connection.RelationsLoadedTicks = now - (long)(Random.Shared.NextDouble() * 0.2 * options.Value.RelationsLifetime.TotalSeconds * Stopwatch.Frequency);
                }
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Relations of user {UserId} were not reloaded", connection.UserId);
            }
            finally
            {
                Interlocked.Exchange(ref connection.ReloadingRelations, 0);
            }
        });
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepInterval);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 4, CancellationToken = stoppingToken };
        var due = new List<LiveConnection>();
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = Stopwatch.GetTimestamp();
                due.Clear();
                foreach (var c in connections.Each())
                {
                    if (c.Position is not null && now - c.LastPushTicks >= PushIntervalTicks)
                    {
                        due.Add(c);
                    }
                }

                if (due.Count > 0)
                {
                    await Parallel.ForEachAsync(due, parallel, (c, ct) => new ValueTask(PushAsync(c, wait: false, ct)));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
