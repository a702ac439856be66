using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moyeora.Domain;
using Moyeora.Notifications;

namespace Moyeora.Outbound;

/// <summary>
/// Messages that nobody waits for (notification pushes, webhooks) leave in the background, so a slow gateway never
/// slows a request. The host puts them in Hangfire's storage (durable where the storage is, retried with back-off);
/// <see cref="OutboundQueue"/> is the in-process fallback where no Hangfire runs (DbMigrator, application tests).
/// </summary>
public interface IOutboundQueue
{
    void Enqueue(OutboundMessage message);

    /// <summary>Several messages at once (the outbox dispatcher's batches): one job where the queue can, each sent once.</summary>
    void Enqueue(IReadOnlyList<OutboundMessage> messages);
}

/// <summary>
/// In-process <see cref="IOutboundQueue"/>: bounded (when full, new messages are dropped and logged), a failed send is
/// retried twice, and whatever is queued is lost with the process.
/// </summary>
public sealed class OutboundQueue : BackgroundService, IOutboundQueue, IFailedDeliveryReader
{
    /// <summary>How many failed messages are kept for the admin area (the oldest go first).</summary>
    public const int FailedCapacity = 1_000;

    private readonly LinkedList<FailedDelivery> _failed = new();
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];
    private readonly Channel<OutboundMessage> _queue;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<OutboundQueue> _logger;

    private readonly TimeProvider _clock;

    public OutboundQueue(IServiceScopeFactory scopes, IOptions<OutboundOptions> options, TimeProvider clock, ILogger<OutboundQueue> logger)
    {
        _clock = clock;
        _scopes = scopes;
        _logger = logger;
        _queue = Channel.CreateBounded<OutboundMessage>(new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity))
        {
            FullMode = BoundedChannelFullMode.DropWrite,
        });
    }

    public void Enqueue(OutboundMessage message)
    {
        if (!_queue.Writer.TryWrite(message))
        {
            _logger.LogWarning("Outbound queue full; {Channel} message to {Recipient} dropped", message.Channel, message.Recipient);
        }
    }

    public void Enqueue(IReadOnlyList<OutboundMessage> messages)
    {
        foreach (var message in messages)
        {
            Enqueue(message);
        }
    }

    /// <summary>Sends everything queued right now (on shutdown, and in tests that run without the background loop).</summary>
    public async Task DrainAsync(CancellationToken cancellationToken = default)
    {
        while (_queue.Reader.TryRead(out var message))
        {
            await SendAsync(message, cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                await SendAsync(message, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await DrainAsync(cancellationToken);
    }

    public Task<(IReadOnlyList<FailedDelivery> Items, long TotalCount)> GetPagedAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        lock (_failed)
        {
            return Task.FromResult<(IReadOnlyList<FailedDelivery>, long)>((_failed.Skip(skip).Take(take).ToList(), _failed.Count));
        }
    }

    private async Task SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IOutboundSender>().SendAsync(message, cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < RetryDelays.Length)
            {
                _logger.LogWarning(ex, "Sending {Channel} to {Recipient} failed; retrying", message.Channel, message.Recipient);
                await Task.Delay(RetryDelays[attempt], cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "Sending {Channel} to {Recipient} failed for good", message.Channel, message.Recipient);
                lock (_failed)
                {
                    _failed.AddFirst(new FailedDelivery(Guid.NewGuid().ToString("N"), message.Channel, message.Recipient, message.Text,
                        _clock.GetUtcNow().UtcDateTime, ex.Message));
                    if (_failed.Count > FailedCapacity)
                    {
                        _failed.RemoveLast();
                    }
                }

                return;
            }
        }
    }
}

/// <summary>The messages a stored notification leaves by, one per configured channel (push to the user, webhook event).</summary>
public static class NotificationMessages
{
    public static IEnumerable<OutboundMessage> For(Notification n, OutboundOptions options)
    {
        var payload = JsonSerializer.Serialize(new { notificationId = n.Id, userId = n.UserId, kind = JsonNamingPolicy.CamelCase.ConvertName(n.Kind.ToString()), meetupId = n.MeetupId, creationTime = n.CreationTime });
        foreach (var channel in options.NotificationChannels.Distinct())
        {
            switch (channel)
            {
                case OutboundChannel.Push:
                    yield return new OutboundMessage(channel, n.UserId.ToString("D"), n.Text, payload);
                    break;
                case OutboundChannel.Webhook:
                    yield return new OutboundMessage(channel, "notification.created", n.Text, payload);
                    break;
            }
        }
    }
}

/// <summary>
/// With <see cref="OutboundOptions.TransactionalOutbox"/> (a durable job storage), a notification's messages are stored in
/// its own save, so a commit never loses them and the request never waits for the job storage.
/// </summary>
public sealed class NotificationOutboxWriter(IPendingOutboundRepository pending, IOptions<OutboundOptions> options, TimeProvider clock)
    : IDomainEventHandler<NotificationCreatedEvent>
{
    public async Task HandleAsync(NotificationCreatedEvent domainEvent, CancellationToken cancellationToken)
    {
        if (!options.Value.TransactionalOutbox)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var message in NotificationMessages.For(domainEvent.Notification, options.Value))
        {
            await pending.AddAsync(new PendingOutboundMessage(message, now), cancellationToken);
        }
    }
}

/// <summary>
/// After the commit: wakes the outbox dispatcher (transactional outbox), or queues the notification's messages directly
/// (in-memory job storage: nothing there outlives the process anyway, so the outbox would only add writes).
/// </summary>
public sealed class NotificationDeliveryHandler(IOutboundQueue queue, OutboundDispatcher dispatcher, IOptions<OutboundOptions> options)
    : IAfterCommitHandler<NotificationCreatedEvent>
{
    public Task HandleAsync(NotificationCreatedEvent domainEvent, CancellationToken cancellationToken)
    {
        if (options.Value.TransactionalOutbox)
        {
            dispatcher.Wake();
            return Task.CompletedTask;
        }

        foreach (var message in NotificationMessages.For(domainEvent.Notification, options.Value))
        {
            queue.Enqueue(message);
        }

        return Task.CompletedTask;
    }
}
