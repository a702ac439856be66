using Moyeora.Meetups;
using StackExchange.Redis;

namespace Moyeora.Hosting;

/// <summary>
/// Meetup changes fan out to every node through a Redis pub/sub channel, so no node serves a cached
/// meetup that another node changed. Each message names its origin, which ignores its own echo.
/// </summary>
internal sealed class RedisMeetupChangeBroadcaster(RedisConnection redis, IServiceProvider services, ILogger<RedisMeetupChangeBroadcaster> logger)
    : IMeetupChangeBroadcaster, IHostedService
{
    private const string Channel = "moyeora:meetups:changed";
    private readonly string _nodeId = Guid.NewGuid().ToString("N");

    public async Task BroadcastAsync(Guid meetupId, CancellationToken cancellationToken)
    {
        try
        {
            await redis.Multiplexer.GetSubscriber().PublishAsync(Channel, $"{_nodeId}:{meetupId:N}");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // Other nodes then catch up when their cached copies expire (at most 30 s).
            logger.LogWarning(ex, "Could not broadcast a change of meetup {MeetupId}", meetupId);
        }
    }

    private readonly CancellationTokenSource _stopping = new();
    private Task? _subscribing;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribing must not hold up start-up or fail it while Redis is down: keep trying in the background.
        _subscribing = Task.Run(() => SubscribeAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_subscribing is not null)
        {
            await _subscribing;
        }

        try
        {
            await redis.Multiplexer.GetSubscriber().UnsubscribeAsync(Channel);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogDebug(ex, "Could not unsubscribe from {Channel}", Channel);
        }
    }

    private async Task SubscribeAsync(CancellationToken stopping)
    {
        var invalidator = services.GetRequiredService<MeetupCacheInvalidator>();
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await redis.Multiplexer.GetSubscriber().SubscribeAsync(Channel, (_, message) =>
                {
                    var text = (string?)message;
                    var separator = text?.IndexOf(':') ?? -1;
                    if (separator > 0 && text![..separator] != _nodeId && Guid.TryParseExact(text[(separator + 1)..], "N", out var meetupId))
                    {
                        invalidator.Apply(meetupId);
                    }
                });
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                logger.LogWarning(ex, "Could not subscribe to meetup changes yet; retrying");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(2), stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
