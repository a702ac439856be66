namespace Moyeora.Outbound;

/// <summary>A message that could not be delivered after its last retry.</summary>
public sealed record FailedDelivery(string Id, OutboundChannel Channel, string Recipient, string Text, DateTime? FailedAt, string? Error);

/// <summary>
/// Where the deliveries that failed for good are found: the host reads Hangfire's failed background jobs (durable, on every
/// node); <see cref="OutboundQueue"/> keeps its own where no Hangfire runs.
/// </summary>
public interface IFailedDeliveryReader
{
    /// <summary>Newest first.</summary>
    Task<(IReadOnlyList<FailedDelivery> Items, long TotalCount)> GetPagedAsync(int skip, int take, CancellationToken cancellationToken = default);
}
