using System.Collections.Concurrent;

namespace Moyeora.EntityFrameworkCore;

/// <summary>
/// One writer at a time per SQLite database in this process. SQLite allows a single writer; without this,
/// concurrent saves each take the lock in turn through SQLite's busy handler, which sleeps and retries and
/// turns a burst of short writes (a busy chat room) into long waits. Queued here, they run back to back.
/// Transactions a repository opened itself (meetup changes) still take SQLite's own lock as before.
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static async Task<IDisposable> EnterAsync(string connectionString, CancellationToken cancellationToken)
    {
        var gate = Gates.GetOrAdd(connectionString, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
