using Hangfire;
using Moyeora.Outbound;

namespace Moyeora.Hosting;

/// <summary>
/// Outbound messages as Hangfire background jobs: kept in the job storage (PostgreSQL in production, so a node's
/// crash or restart loses none that were enqueued), run by any node's server, retried with growing delays.
/// </summary>
internal sealed class HangfireOutboundQueue(IBackgroundJobClient client, ILogger<HangfireOutboundQueue> logger) : IOutboundQueue
{
    public void Enqueue(OutboundMessage message)
    {
        try
        {
            client.Enqueue<OutboundDelivery>(d => d.SendAsync(message.Channel, message.Recipient, message.Text, message.Payload, CancellationToken.None));
        }
        catch (Exception ex)
        {
            // Called after the commit: the notification is stored; only its push is lost.
            logger.LogError(ex, "Could not enqueue {Channel} to {Recipient}", message.Channel, message.Recipient);
        }
    }

    /// <summary>
    /// One job for the batch (the outbox dispatcher's): a few statements in the job storage instead of a job per message.
    /// Throws when the storage refuses, so the dispatcher keeps the messages and tries again.
    /// </summary>
    public void Enqueue(IReadOnlyList<OutboundMessage> messages) =>
        client.Enqueue<OutboundBatchDelivery>(d => d.SendAsync(messages, CancellationToken.None));
}

/// <summary>
/// A batch of outbound messages from the outbox. Each is sent once here; one that fails becomes a job of its own
/// (<see cref="OutboundDelivery"/>), retried with back-off and left failed on the dashboard after the last try, so one
/// bad recipient never makes the batch send the others twice.
/// </summary>
public sealed class OutboundBatchDelivery(IOutboundSender sender, IBackgroundJobClient client, ILogger<OutboundBatchDelivery> logger)
{
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [5, 30, 120])]
    [JobDisplayName("{0} outbound messages")]
    public async Task SendAsync(IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            try
            {
                await sender.SendAsync(message, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "{Channel} to {Recipient} failed in a batch; retried as a job of its own", message.Channel, message.Recipient);
                client.Enqueue<OutboundDelivery>(d => d.SendAsync(message.Channel, message.Recipient, message.Text, message.Payload, CancellationToken.None));
            }
        }
    }
}

/// <summary>One outbound message, sent by the configured sender (development outbox or the gateways).</summary>
public sealed class OutboundDelivery(IOutboundSender sender)
{
    // After the last retry the job stays failed on the dashboard, where it can be requeued.
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [5, 30, 120, 600, 1800])]
    [JobDisplayName("{0} to {1}")]
    public Task SendAsync(OutboundChannel channel, string recipient, string text, string? payload, CancellationToken cancellationToken) =>
        sender.SendAsync(new OutboundMessage(channel, recipient, text, payload), cancellationToken);
}
