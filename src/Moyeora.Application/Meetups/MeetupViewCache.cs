using System.ComponentModel;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Domain;
using Moyeora.Users;

namespace Moyeora.Meetups;

/// <summary>
/// Everything a meetup's detail shows, to any viewer, gathered once. Only read once built, so the cache hands out the
/// same instance (<see cref="ImmutableObjectAttribute"/>) instead of a copy per read.
/// </summary>
[ImmutableObject(true)]
public sealed record MeetupView(
    Meetup Meetup,
    IReadOnlyDictionary<Guid, UserSummary> People,
    MeetupNotice? LatestNotice);

/// <summary>
/// Meetup details by id in the standard <see cref="HybridCache"/>, kept for a few seconds and dropped as soon as a
/// change to the meetup is committed (here, and on every other node through <see cref="IMeetupChangeBroadcaster"/>),
/// so the detail page (the most requested one) rarely reaches the database; concurrent misses share one load.
/// A view holds detached aggregates that are only read: it stays in this process (never the distributed tier,
/// which would need them serialized) and is handed out as is.
/// </summary>
public sealed class MeetupViewCache(HybridCache cache, IServiceScopeFactory scopes)
{
    /// <summary>Bounds how stale people's nicknames and pictures in a detail can be.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private static readonly HybridCacheEntryOptions Entry = new()
    {
        Expiration = MaxAge,
        LocalCacheExpiration = MaxAge,
        Flags = HybridCacheEntryFlags.DisableDistributedCache,
    };

    private static readonly Func<(Guid Id, IServiceScopeFactory Scopes), CancellationToken, ValueTask<MeetupView?>> Load = static async (state, cancellationToken) =>
    {
        await using var scope = state.Scopes.CreateAsyncScope();
        var meetups = scope.ServiceProvider.GetRequiredService<IMeetupRepository>();
        var meetup = await meetups.FindReadOnlyAsync(state.Id, cancellationToken);
        return meetup is null ? null : await BuildAsync(meetup, scope.ServiceProvider.GetRequiredService<IUserRepository>(), meetups, cancellationToken);
    };

    public async Task<MeetupView?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var view = await cache.GetOrCreateAsync(Key(id), (id, scopes), Load, Entry, cancellationToken: cancellationToken);
        if (view is null)
        {
            // Not found is not remembered: a meetup created on another node a moment ago is found on the next read.
            await cache.RemoveAsync(Key(id), CancellationToken.None);
        }

        return view;
    }

    public static async Task<MeetupView> BuildAsync(Meetup meetup, IUserRepository users, IMeetupRepository meetups, CancellationToken cancellationToken)
    {
        var people = await users.GetSummariesAsync(meetup.Participants.Select(p => p.UserId).Append(meetup.HostId).ToList(), cancellationToken);
        var notice = await meetups.GetLatestNoticeAsync(meetup.Id, cancellationToken);
        return new MeetupView(meetup, people, notice);
    }

    public ValueTask EvictAsync(Guid meetupId) => cache.RemoveAsync(Key(meetupId), CancellationToken.None);

    private static string Key(Guid id) => "meetup-view:" + id.ToString("N");
}

/// <summary>
/// Tells the other nodes of a deployment that a meetup changed, so they drop their cached copies too.
/// A single node needs nobody told; several nodes use Redis pub/sub (configured by the host).
/// </summary>
public interface IMeetupChangeBroadcaster
{
    Task BroadcastAsync(Guid meetupId, CancellationToken cancellationToken);
}

public sealed class SingleNodeMeetupChangeBroadcaster : IMeetupChangeBroadcaster
{
    public Task BroadcastAsync(Guid meetupId, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// A committed meetup change drops the meetup's cached view and makes the recruiting catalog rebuild,
/// here at once and on every other node as soon as the broadcast arrives.
/// </summary>
public sealed class MeetupCacheInvalidator(MeetupViewCache views, RecruitingMeetupCatalog catalog, IMeetupChangeBroadcaster broadcaster)
    : IAfterCommitHandler<IMeetupEvent>
{
    public async Task HandleAsync(IMeetupEvent domainEvent, CancellationToken cancellationToken)
    {
        await ApplyAsync(domainEvent.MeetupId);
        await broadcaster.BroadcastAsync(domainEvent.MeetupId, cancellationToken);
    }

    /// <summary>
    /// Forgets what this node cached about a meetup (also for changes made on other nodes: a HybridCache removal reaches
    /// only this node's memory, so every node applies the broadcast itself).
    /// </summary>
    public async ValueTask ApplyAsync(Guid meetupId)
    {
        catalog.Invalidate();
        await views.EvictAsync(meetupId);
    }
}
