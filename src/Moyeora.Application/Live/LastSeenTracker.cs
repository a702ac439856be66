using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Users;

namespace Moyeora.Live;

/// <summary>
/// Collects the "last seen" times of this node's users as they report positions (a dictionary write, nothing
/// more on the hot path) and writes them to the database in one batch when flushed.
/// </summary>
public sealed class LastSeenTracker(IServiceScopeFactory scopes)
{
    private ConcurrentDictionary<Guid, DateTime> _pending = new();

    /// <summary>Only visible reports count: a ghost's last seen stays where it was when they went invisible.</summary>
    public void Touch(Guid userId, DateTime at) =>
        _pending.AddOrUpdate(userId, static (_, time) => time, static (_, previous, time) => previous > time ? previous : time, at);

    /// <summary>Writes everything collected so far; on failure the times are kept for the next flush.</summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken = default)
    {
        var batch = Interlocked.Exchange(ref _pending, new ConcurrentDictionary<Guid, DateTime>());
        if (batch.IsEmpty)
        {
            return 0;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IUserRepository>().RecordLastSeenAsync(batch, cancellationToken);
            return batch.Count;
        }
        catch
        {
            foreach (var (userId, at) in batch)
            {
                Touch(userId, at);
            }

            throw;
        }
    }
}
