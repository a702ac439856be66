using Moyeora.Meetups;

namespace Moyeora.Hosting;

/// <summary>
/// Meetup changes fan out to every node through a Redis pub/sub channel, so no node serves a cached
/// meetup that another node changed.
/// </summary>
internal sealed class RedisMeetupChangeBroadcaster(RedisConnection redis, IServiceProvider services, ILogger<RedisMeetupChangeBroadcaster> logger)
    : RedisSubscription(redis, logger), IMeetupChangeBroadcaster
{
    protected override string Channel => Redis.KeyPrefix + "meetups:changed";

    // If this fails, other nodes catch up when their cached copies expire (at most 30 s).
    public Task BroadcastAsync(Guid meetupId, CancellationToken cancellationToken) => PublishAsync(meetupId.ToString("N"));

    private async Task ObserveAsync(Task applying, Guid meetupId)
    {
        try
        {
            await applying;
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Cached copies of meetup {MeetupId} were not all dropped", meetupId);
        }
    }

    protected override void OnMessage(string payload)
    {
        if (Guid.TryParseExact(payload, "N", out var meetupId))
        {
            // This node's memory is cleared before ApplyAsync returns; only the shared tier's (redundant) removal may
            // still be under way, and the message loop does not wait for it.
            var applying = services.GetRequiredService<MeetupCacheInvalidator>().ApplyAsync(meetupId);
            if (!applying.IsCompletedSuccessfully)
            {
                _ = ObserveAsync(applying.AsTask(), meetupId);
            }
        }
    }
}
