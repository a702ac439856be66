using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Live;

namespace Moyeora.Friends;

/// <summary>
/// Each signed-in caller's "blocked either way" set, kept in memory so the fast meetup reads can leave out a
/// blocked pair's meetups without a database round trip. A block or unblock drops both people's sets on every
/// node (<see cref="RelationsChangedLive"/> reaches each node's live handlers; the node that made the change first),
/// and a set lives at most <see cref="MaxAge"/> as a safety net. Most people block no one: their set is the shared
/// empty one and filtering costs nothing.
/// </summary>
public sealed class BlockedPeopleCache(IMemoryCache cache, IServiceScopeFactory scopes) : ILiveMessageHandler
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private static readonly IReadOnlySet<Guid> NoOne = new HashSet<Guid>();

    /// <summary>Bumped per user on every invalidation: a load that began before it is not kept.</summary>
    private readonly ConcurrentDictionary<Guid, long> _versions = new();

    public async Task<IReadOnlySet<Guid>> GetAsync(Guid? userId, CancellationToken cancellationToken = default)
    {
        if (userId is not { } id)
        {
            return NoOne; // anonymous callers block no one
        }

        if (cache.TryGetValue(Key(id), out IReadOnlySet<Guid>? blocked) && blocked is not null)
        {
            return blocked;
        }

        var version = _versions.GetValueOrDefault(id);
        await using var scope = scopes.CreateAsyncScope();
        var loaded = await scope.ServiceProvider.GetRequiredService<IBlockRepository>().GetBlockedEitherWayAsync(id, cancellationToken);
        blocked = loaded.Count == 0 ? NoOne : loaded;
        if (_versions.GetValueOrDefault(id) == version)
        {
            // The shared memory cache counts bytes: an estimate of the set's.
            cache.Set(Key(id), blocked, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = MaxAge, Size = 64 + 24L * blocked.Count });
        }

        return blocked;
    }

    public void Invalidate(Guid userId)
    {
        _versions.AddOrUpdate(userId, 1, static (_, v) => v + 1);
        cache.Remove(Key(userId));
    }

    public Task HandleAsync(LiveMessage message, CancellationToken cancellationToken)
    {
        if (message is RelationsChangedLive changed)
        {
            foreach (var userId in changed.UserIds)
            {
                Invalidate(userId);
            }
        }

        return Task.CompletedTask;
    }

    private static string Key(Guid userId) => "blocked-either-way:" + userId.ToString("N");
}
