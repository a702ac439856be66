using Moyeora.Authorization;
using Moyeora.Dtos;
using Moyeora.Permissions;

namespace Moyeora.Outbound;

public sealed class OutboxAppService(IOutboxMessageRepository messages, IFailedDeliveryReader failed, IPermissionChecker permissions) : IOutboxAppService
{
    public async Task<PagedResultDto<OutboxMessageDto>> GetListAsync(GetOutboxMessagesDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.OutboxView, cancellationToken);
        // A phone number is matched in its stored E.164 form, whatever format was typed.
        var recipient = string.IsNullOrWhiteSpace(input.Recipient) ? null
            : Moyeora.Users.PhoneNumber.TryNormalize(input.Recipient, out var e164) ? e164
            : input.Channel == OutboundChannel.Sms ? Moyeora.Users.PhoneNumber.Normalize(input.Recipient, "recipient")
            : input.Recipient.Trim();
        var (items, total) = await messages.GetPagedAsync(input.Channel, recipient, input.Skip(), input.Take(), cancellationToken);
        return new PagedResultDto<OutboxMessageDto>(
            items.Select(m => new OutboxMessageDto { Id = m.Id, Channel = m.Channel, Recipient = m.Recipient, Text = m.Text, Payload = m.Payload, CreationTime = m.CreationTime }).ToList(),
            total);
    }

    public async Task<PagedResultDto<FailedDeliveryDto>> GetFailedAsync(PagedRequestDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.OutboxView, cancellationToken);
        var (items, total) = await failed.GetPagedAsync(input.Skip(), input.Take(), cancellationToken);
        return new PagedResultDto<FailedDeliveryDto>(
            items.Select(f => new FailedDeliveryDto { Id = f.Id, Channel = f.Channel, Recipient = f.Recipient, Text = f.Text, FailedAt = f.FailedAt, Error = f.Error }).ToList(),
            total);
    }
}
