using System.ComponentModel.DataAnnotations;
using Moyeora.Dtos;

namespace Moyeora.Sms;

public sealed class SmsMessageDto
{
    public Guid Id { get; set; }

    public string PhoneNumber { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public DateTime CreationTime { get; set; }
}

public sealed class GetSmsMessagesDto : PagedRequestDto
{
    /// <summary>Only messages to this number (any accepted format).</summary>
    [StringLength(20)]
    public string? PhoneNumber { get; set; }
}

/// <summary>The development SMS outbox; needs <see cref="Permissions.MoyeoraPermissions.SmsOutboxView"/>.</summary>
public interface ISmsOutboxAppService
{
    Task<PagedResultDto<SmsMessageDto>> GetListAsync(GetSmsMessagesDto input, CancellationToken cancellationToken = default);
}
