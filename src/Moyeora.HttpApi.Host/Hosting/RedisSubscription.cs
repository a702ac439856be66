using StackExchange.Redis;

namespace Moyeora.Hosting;

/// <summary>
/// A node's subscription to one Redis pub/sub channel, as a hosted service: subscribing never holds up or
/// fails start-up while Redis is down (it keeps trying in the background). Every message names the node
/// that published it, so a node ignores its own echo (it already acted locally). Messages are read from the
/// channel's <see cref="ChannelMessageQueue"/> and handled one at a time in the order Redis delivered them
/// (chat arrives in the order it was published; a removal is never applied before the report it follows).
/// </summary>
internal abstract class RedisSubscription(RedisConnection redis, ILogger logger) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _subscribing;
    private ChannelMessageQueue? _queue;

    protected abstract string Channel { get; }

    protected string NodeId { get; } = Guid.NewGuid().ToString("N");

    protected RedisConnection Redis => redis;

    private RedisChannel LiteralChannel => RedisChannel.Literal(Channel);

    /// <summary>The channel this node listens on, and whether it listens yet (readiness reports it).</summary>
    public string ChannelName => Channel;

    public bool IsSubscribed { get; private set; }

    /// <summary>Runs once the subscription is up, before the node counts as listening (e.g. to load a snapshot).</summary>
    protected virtual Task OnSubscribedAsync(CancellationToken stopping) => Task.CompletedTask;

    /// <summary>Called for every message another node published, one at a time in order: keep it short.</summary>
    protected abstract void OnMessage(string payload);

    protected async Task<bool> PublishAsync(string payload)
    {
        try
        {
            // Commands leave the connection in call order, so one node's messages reach the others in that order.
            await redis.Multiplexer.GetSubscriber().PublishAsync(LiteralChannel, $"{NodeId}:{payload}");
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
        if (IsSubscribed)
        {
            redis.Multiplexer.ConnectionRestored -= OnConnectionRestored;
        }

        if (_subscribing is not null)
        {
            await _subscribing;
        }

        try
        {
            if (_queue is not null)
            {
                // A hanging Redis must not eat the node's shutdown budget (the services stop one after another).
                await _queue.UnsubscribeAsync().WaitAsync(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or OperationCanceledException)
        {
            logger.LogDebug(ex, "Could not unsubscribe from {Channel}", Channel);
        }
    }

    private void Receive(ChannelMessage message)
    {
        var text = (string?)message.Message;
        var separator = text?.IndexOf(':') ?? -1;
        if (separator > 0 && text![..separator] != NodeId)
        {
            try
            {
                OnMessage(text[(separator + 1)..]);
            }
            catch (Exception ex)
            {
                // One bad message must not end the loop that handles every later one.
                logger.LogWarning(ex, "A message on {Channel} could not be handled", Channel);
            }
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (!_stopping.IsCancellationRequested)
        {
            _ = ResyncAsync();
        }
    }

    private async Task ResyncAsync()
    {
        try
        {
            await OnSubscribedAsync(_stopping.Token);
            logger.LogInformation("Redis is back: {Channel} resynchronised", Channel);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not resynchronise {Channel} after Redis came back", Channel);
        }
    }

    private async Task SubscribeAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (_queue is null)
                {
                    // A handler passed to SubscribeAsync may run concurrently for one channel; the queue's loop does not.
                    var queue = await redis.Multiplexer.GetSubscriber().SubscribeAsync(LiteralChannel);
                    queue.OnMessage(Receive);
                    _queue = queue;
                }


                await OnSubscribedAsync(stopping);
                if (!IsSubscribed)
                {
                    // The client resubscribes by itself after an outage; what was published meanwhile is lost, so the
                    // node loads its snapshot again then (positions reload without waiting for every client's report).
                    redis.Multiplexer.ConnectionRestored += OnConnectionRestored;
                }

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
