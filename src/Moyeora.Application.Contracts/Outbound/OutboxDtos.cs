using System.ComponentModel.DataAnnotations;
using Moyeora.Dtos;

namespace Moyeora.Outbound;

public sealed class OutboxMessageDto
{
    public Guid Id { get; set; }

    public OutboundChannel Channel { get; set; }

    /// <summary>E.164 number (SMS), user id (push) or event name (webhook).</summary>
    public string Recipient { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    /// <summary>JSON data sent along (push, webhook).</summary>
    public string? Payload { get; set; }

    public DateTime CreationTime { get; set; }
}

public sealed class GetOutboxMessagesDto : PagedRequestDto
{
    [EnumDataType(typeof(OutboundChannel))]
    public OutboundChannel? Channel { get; set; }

    /// <summary>Only messages to this recipient: a phone number in any accepted format (SMS), a user id (push), an event name (webhook).</summary>
    [StringLength(OutboundConsts.MaxRecipientLength)]
    public string? Recipient { get; set; }
}

/// <summary>A message that could not be delivered after every retry (production gateways, or the development outbox).</summary>
public sealed class FailedDeliveryDto
{
    /// <summary>The background job's id (Hangfire), where it can be retried from the job dashboard.</summary>
    public string Id { get; set; } = string.Empty;

    public OutboundChannel Channel { get; set; }

    /// <summary>E.164 number (SMS), user id (push) or event name (webhook).</summary>
    public string Recipient { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public DateTime? FailedAt { get; set; }

    /// <summary>The last error's message.</summary>
    public string? Error { get; set; }
}

/// <summary>
/// What leaves the product by SMS, push and webhook: the development outbox (what would have been sent, every channel)
/// and the deliveries that failed for good; needs <see cref="Permissions.MoyeoraPermissions.OutboxView"/>.
/// </summary>
public interface IOutboxAppService
{
    /// <summary>Newest first.</summary>
    Task<PagedResultDto<OutboxMessageDto>> GetListAsync(GetOutboxMessagesDto input, CancellationToken cancellationToken = default);

    /// <summary>Deliveries that failed after their last retry, newest first (at most the newest 1,000 failed background jobs are looked at).</summary>
    Task<PagedResultDto<FailedDeliveryDto>> GetFailedAsync(PagedRequestDto input, CancellationToken cancellationToken = default);
}
