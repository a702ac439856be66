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
public sealed class OutboundDelivery(IOutboundSender sender)
{
    // After the last retry the job stays failed on the dashboard, where it can be requeued.
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [5, 30, 120, 600, 1800])]
    [JobDisplayName("{0} to {1}")]
    public Task SendAsync(OutboundChannel channel, string recipient, string text, string? payload, CancellationToken cancellationToken) =>
        sender.SendAsync(new OutboundMessage(channel, recipient, text, payload), cancellationToken);
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
        var failed = storage.GetMonitoringApi().FailedJobs(0, ScanLimit)
            .Where(j => j.Value is { InFailedState: true, Job: { } job } && job.Type == typeof(OutboundDelivery) && job.Args.Count >= 3)
            .Select(j => new FailedDelivery(
                j.Key,
                j.Value.Job.Args[0] is OutboundChannel channel ? channel : Enum.TryParse<OutboundChannel>(Convert.ToString(j.Value.Job.Args[0], System.Globalization.CultureInfo.InvariantCulture), out var parsed) ? parsed : default,
                Convert.ToString(j.Value.Job.Args[1], System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                Convert.ToString(j.Value.Job.Args[2], System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                j.Value.FailedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null,
                j.Value.ExceptionMessage))
            .OrderByDescending(f => f.FailedAt)
            .ToList();
        return Task.FromResult<(IReadOnlyList<FailedDelivery>, long)>((failed.Skip(skip).Take(take).ToList(), failed.Count));
    }
}
