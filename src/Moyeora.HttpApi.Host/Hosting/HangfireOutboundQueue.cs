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
public sealed class OutboundBatchDelivery(IOutboundSender sender, IBackgroundJobClient client, Moyeora.Jobs.JobMetrics metrics, ILogger<OutboundBatchDelivery> logger)
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
                metrics.DeliveryAttempted(OutboundDelivery.ChannelName(message.Channel), succeeded: true);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                metrics.DeliveryAttempted(OutboundDelivery.ChannelName(message.Channel), succeeded: false);
                logger.LogWarning(ex, "{Channel} to {Recipient} failed in a batch; retried as a job of its own", message.Channel, message.Recipient);
                client.Enqueue<OutboundDelivery>(d => d.SendAsync(message.Channel, message.Recipient, message.Text, message.Payload, CancellationToken.None));
            }
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
        var name = ChannelName(channel);
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

    /// <summary>The <c>channel</c> tag of the delivery instruments: sms, push or webhook.</summary>
    internal static string ChannelName(OutboundChannel channel) => channel.ToString().ToLowerInvariant();
}

/// <summary>
/// The deliveries that failed for good are Hangfire's failed <see cref="OutboundDelivery"/> jobs (kept in the job storage,
/// visible on every node, retried from the job dashboard). The newest <see cref="ScanLimit"/> failed jobs are looked at.
/// </summary>
internal sealed class HangfireFailedDeliveries(JobStorage storage) : IFailedDeliveryReader
{
    public const int ScanLimit = 1_000;

    public Task<(IReadOnlyList<FailedDelivery> Items, long TotalCount)> GetPagedAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var failed = new List<FailedDelivery>();
        foreach (var (id, dto) in storage.GetMonitoringApi().FailedJobs(0, ScanLimit))
        {
            if (dto is not { InFailedState: true, Job: { } job })
            {
                continue;
            }

            var at = dto.FailedAt is { } failedAt ? DateTime.SpecifyKind(failedAt, DateTimeKind.Utc) : (DateTime?)null;
            if (job.Type == typeof(OutboundDelivery) && job.Args.Count >= 3)
            {
                failed.Add(new FailedDelivery(id, job.Args[0] is OutboundChannel channel ? channel : default, Text(job.Args[1]), Text(job.Args[2]), at, dto.ExceptionMessage));
            }
            else if (job.Type == typeof(OutboundBatchDelivery) && job.Args.Count >= 1 && job.Args[0] is IEnumerable<OutboundMessage> batch)
            {
                // A batch job fails as a whole only when it could not even hand a failed message on: each message is listed.
                failed.AddRange(batch.Select(m => new FailedDelivery(id, m.Channel, m.Recipient, m.Text, at, dto.ExceptionMessage)));
            }
        }

        failed.Sort((a, b) => Nullable.Compare(b.FailedAt, a.FailedAt));
        return Task.FromResult<(IReadOnlyList<FailedDelivery>, long)>((failed.Skip(skip).Take(take).ToList(), failed.Count));
    }

    private static string Text(object? value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}
