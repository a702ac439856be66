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

/// <summary>The development outbox (what would have been sent, every channel); needs <see cref="Permissions.MoyeoraPermissions.OutboxView"/>.</summary>
public interface IOutboxAppService
{
    /// <summary>Newest first.</summary>
    Task<PagedResultDto<OutboxMessageDto>> GetListAsync(GetOutboxMessagesDto input, CancellationToken cancellationToken = default);
}
