using Moyeora.Meetups;

namespace Moyeora.Hosting;

/// <summary>
/// Meetup changes fan out to every node through a Redis pub/sub channel, so no node serves a cached
/// meetup that another node changed.
/// </summary>
internal sealed class RedisMeetupChangeBroadcaster(RedisConnection redis, IServiceProvider services, ILogger<RedisMeetupChangeBroadcaster> logger)
    : RedisSubscription(redis, logger), IMeetupChangeBroadcaster
{
    protected override string Channel => "moyeora:meetups:changed";

    // If this fails, other nodes catch up when their cached copies expire (at most 30 s).
    public Task BroadcastAsync(Guid meetupId, CancellationToken cancellationToken) => PublishAsync(meetupId.ToString("N"));

    protected override void OnMessage(string payload)
    {
        if (Guid.TryParseExact(payload, "N", out var meetupId))
        {
            services.GetRequiredService<MeetupCacheInvalidator>().Apply(meetupId);
        }
    }
}
