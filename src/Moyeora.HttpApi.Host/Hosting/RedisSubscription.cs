using StackExchange.Redis;

namespace Moyeora.Hosting;

/// <summary>
/// A node's subscription to one Redis pub/sub channel, as a hosted service: subscribing never holds up or
/// fails start-up while Redis is down (it keeps trying in the background). Every message names the node
/// that published it, so a node ignores its own echo (it already acted locally).
/// </summary>
internal abstract class RedisSubscription(RedisConnection redis, ILogger logger) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _subscribing;

    protected abstract string Channel { get; }

    protected string NodeId { get; } = Guid.NewGuid().ToString("N");

    protected RedisConnection Redis => redis;

    /// <summary>The channel this node listens on, and whether it listens yet (readiness reports it).</summary>
    public string ChannelName => Channel;

    public bool IsSubscribed { get; private set; }

    /// <summary>Runs once the subscription is up, before the node counts as listening (e.g. to load a snapshot).</summary>
    protected virtual Task OnSubscribedAsync(CancellationToken stopping) => Task.CompletedTask;

    /// <summary>Called for every message another node published, on Redis' delivery thread: keep it short.</summary>
    protected abstract void OnMessage(string payload);

    protected async Task<bool> PublishAsync(string payload)
    {
        try
        {
            // Published over the data connection: commands still leave in call order, and the caller does not
            // resume on the ordered connection's single completion thread.
            await redis.Data.GetSubscriber().PublishAsync(Channel, $"{NodeId}:{payload}");
            return true;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning(ex, "Could not publish on {Channel}", Channel);
            return false;
        }
    }

    public virtual Task StartAsync(CancellationToken cancellationToken)
    {
        _subscribing = Task.Run(() => SubscribeAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public virtual async Task StopAsync(CancellationToken cancellationToken)
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
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await redis.Multiplexer.GetSubscriber().SubscribeAsync(Channel, (_, message) =>
                {
                    var text = (string?)message;
                    var separator = text?.IndexOf(':') ?? -1;
                    if (separator > 0 && text![..separator] != NodeId)
                    {
                        OnMessage(text[(separator + 1)..]);
                    }
                });
                await OnSubscribedAsync(stopping);
                IsSubscribed = true;
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                logger.LogWarning(ex, "Could not subscribe to {Channel} yet; retrying", Channel);
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
