using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Domain;
using Moyeora.Users;

namespace Moyeora.Meetups;

/// <summary>Everything a meetup's detail shows, to any viewer, gathered once.</summary>
public sealed record MeetupView(
    Meetup Meetup,
    IReadOnlyDictionary<Guid, UserSummary> People,
    MeetupNotice? LatestNotice);

/// <summary>
/// Meetup details by id, kept for a few seconds and dropped as soon as a change to the meetup is
/// committed, so the detail page (the most requested one) rarely reaches the database.
/// Cached aggregates are detached copies that are only read.
/// </summary>
public sealed class MeetupViewCache(IMemoryCache cache, IServiceScopeFactory scopes)
{
    /// <summary>Bounds how stale people's nicknames and pictures in a detail can be.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    public async Task<MeetupView?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key(id), out MeetupView? view))
        {
            return view;
        }

        await using var scope = scopes.CreateAsyncScope();
        var meetup = await scope.ServiceProvider.GetRequiredService<IMeetupRepository>().FindReadOnlyAsync(id, cancellationToken);
        if (meetup is null)
        {
            return null;
        }

        view = await BuildAsync(meetup, scope.ServiceProvider.GetRequiredService<IUserRepository>(),
            scope.ServiceProvider.GetRequiredService<IMeetupRepository>(), cancellationToken);
        cache.Set(Key(id), view, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = MaxAge, Size = 1 });
        return view;
    }

    public static async Task<MeetupView> BuildAsync(Meetup meetup, IUserRepository users, IMeetupRepository meetups, CancellationToken cancellationToken)
    {
        var people = await users.GetSummariesAsync(meetup.Participants.Select(p => p.UserId).Append(meetup.HostId).ToList(), cancellationToken);
        var notice = await meetups.GetLatestNoticeAsync(meetup.Id, cancellationToken);
        return new MeetupView(meetup, people, notice);
    }

    public void Evict(Guid meetupId) => cache.Remove(Key(meetupId));

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
        Apply(domainEvent.MeetupId);
        await broadcaster.BroadcastAsync(domainEvent.MeetupId, cancellationToken);
    }

    /// <summary>Forgets what this node cached about a meetup (also for changes made on other nodes).</summary>
    public void Apply(Guid meetupId)
    {
        views.Evict(meetupId);
        catalog.Invalidate();
    }
}
