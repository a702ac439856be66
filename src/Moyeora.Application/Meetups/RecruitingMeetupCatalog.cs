using Microsoft.Extensions.DependencyInjection;

namespace Moyeora.Meetups;

/// <summary>
/// All recruiting meetups in one in-memory snapshot, so the busiest reads (recruiting list, nearby,
/// map markers) cost no database round trip. The snapshot is rebuilt by one query when a meetup
/// changed (every committed meetup event invalidates it; a reader never gets a snapshot older than
/// its own committed change) or when it is older than <see cref="MaxAge"/> (meetups that started drop out).
/// Concurrent readers share one rebuild.
/// </summary>
public sealed class RecruitingMeetupCatalog(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Beyond this many recruiting meetups the catalog steps aside and callers query the database.</summary>
    public const int Capacity = 20_000;

    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private readonly Lock _lock = new();
    private long _generation;
    private Snapshot? _snapshot;
    private Task<Snapshot>? _building;

    /// <summary>Called after a meetup change is committed.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    /// <summary>Recruiting meetups (soonest start first, then newest, then id), or null when there are too many to hold.</summary>
    public async Task<IReadOnlyList<MeetupSummary>?> GetAsync()
    {
        var wanted = Interlocked.Read(ref _generation);
        while (true)
        {
            var snapshot = _snapshot;
            if (snapshot is not null && snapshot.Generation >= wanted && clock.GetUtcNow().UtcDateTime - snapshot.BuiltAt < MaxAge)
            {
                return snapshot.IsComplete ? snapshot.Items : null;
            }

            Task<Snapshot> building;
            lock (_lock)
            {
                // Task.Run: a query that completes synchronously (SQLite does) must not reach the
                // finally below, which clears _building, before _building is even set.
                building = _building ??= Task.Run(BuildAsync);
            }

            snapshot = await building;
            if (snapshot.Generation >= wanted)
            {
                return snapshot.IsComplete ? snapshot.Items : null;
            }

            // That rebuild began before this reader's change was committed: wait for a newer one.
        }
    }

    private async Task<Snapshot> BuildAsync()
    {
        try
        {
            var generation = Interlocked.Read(ref _generation);
            var now = clock.GetUtcNow().UtcDateTime;
            await using var scope = scopes.CreateAsyncScope();
            var (items, total) = await scope.ServiceProvider.GetRequiredService<IMeetupRepository>().GetRecruitingAsync(now, 0, Capacity, CancellationToken.None);
            var snapshot = new Snapshot(generation, now, items, total <= Capacity);
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            lock (_lock)
            {
                _building = null;
            }
        }
    }

    private sealed record Snapshot(long Generation, DateTime BuiltAt, IReadOnlyList<MeetupSummary> Items, bool IsComplete);
}
