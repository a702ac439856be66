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
}

/// <summary>One outbound message, sent by the configured sender (development outbox or the gateways).</summary>
public sealed class OutboundDelivery(IOutboundSender sender, Moyeora.Jobs.JobMetrics metrics)
{
    // After the last retry the job stays failed on the dashboard, where it can be requeued.
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [5, 30, 120, 600, 1800])]
    [JobDisplayName("{0} to {1}")]
    public async Task SendAsync(OutboundChannel channel, string recipient, string text, string? payload, CancellationToken cancellationToken)
    {
        var name = channel.ToString().ToLowerInvariant();
        try
        {
            await sender.SendAsync(new OutboundMessage(channel, recipient, text, payload), cancellationToken);
        }
        catch
        {
            metrics.DeliveryAttempted(name, succeeded: false);
            throw;
        }

        metrics.DeliveryAttempted(name, succeeded: true);
    }
}
