using Moyeora.Authorization;
using Moyeora.Dtos;
using Moyeora.Permissions;
using Moyeora.Users;

namespace Moyeora.Sms;

public sealed class SmsOutboxAppService(ISmsMessageRepository messages, IPermissionChecker permissions) : ISmsOutboxAppService
{
    public async Task<PagedResultDto<SmsMessageDto>> GetListAsync(GetSmsMessagesDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.SmsOutboxView, cancellationToken);
        var phone = string.IsNullOrWhiteSpace(input.PhoneNumber) ? null : PhoneNumber.Normalize(input.PhoneNumber);
        var (items, total) = await messages.GetPagedAsync(phone, input.Skip(), input.Take(), cancellationToken);
        return new PagedResultDto<SmsMessageDto>(
            items.Select(m => new SmsMessageDto { Id = m.Id, PhoneNumber = m.PhoneNumber, Text = m.Text, CreationTime = m.CreationTime }).ToList(),
            total);
    }
}
