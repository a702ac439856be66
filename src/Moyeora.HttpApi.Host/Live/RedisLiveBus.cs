using System.Text.Json;
using System.Threading.Channels;
using Moyeora.Hosting;

namespace Moyeora.Live;

/// <summary>
/// Live messages between nodes over Redis pub/sub, for what the SignalR Redis backplane cannot do: state each node
/// keeps per connection (memberships, relations, visibility), filtering per connection (meetup changes by viewport
/// and blocks), closing connections, evicting caches. A message is handled on this node at once and published for
/// the others; each node handles what it receives in order, off the subscription's message loop. Chat and
/// notifications are handled here only: the hub send they turn into reaches every node through the backplane.
/// </summary>
internal sealed class RedisLiveBus(RedisConnection redis, IEnumerable<ILiveMessageHandler> handlers, ILogger<RedisLiveBus> logger)
    : RedisSubscription(redis, logger), ILiveBus
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Channel<LiveMessage> _received = System.Threading.Channels.Channel.CreateUnbounded<LiveMessage>(new UnboundedChannelOptions { SingleReader = true });
    private Task? _delivering;

    protected override string Channel => Redis.KeyPrefix + "live";

    public async Task PublishAsync(LiveMessage message, CancellationToken cancellationToken = default)
    {
        await DeliverAsync(message, cancellationToken);
        if (!LiveBackplane.ReachesEveryNode(message))
        {
            await PublishAsync(JsonSerializer.Serialize(message, Json));
        }
    }

    protected override void OnMessage(string payload)
    {
        try
        {
            if (JsonSerializer.Deserialize<LiveMessage>(payload, Json) is { } message)
            {
                logger.LogDebug("Live message {Type} from another node", message.GetType().Name);
                _received.Writer.TryWrite(message);
            }
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "Ignored a live message that could not be read");
        }
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _delivering = Task.Run(async () =>
        {
            await foreach (var message in _received.Reader.ReadAllAsync(CancellationToken.None))
            {
                await DeliverAsync(message, CancellationToken.None);
                logger.LogDebug("Live message {Type} delivered", message.GetType().Name);
            }
        }, CancellationToken.None);
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        _received.Writer.TryComplete();
        if (_delivering is not null)
        {
            await _delivering;
        }
    }

    private async Task DeliverAsync(LiveMessage message, CancellationToken cancellationToken)
    {
        foreach (var handler in handlers)
        {
            try
            {
                await handler.HandleAsync(message, cancellationToken);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Live message {Type} was not delivered", message.GetType().Name);
            }
        }
    }
}
