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
        var take = Math.Clamp(input.MaxResultCount, 1, PagedRequestDto.MaxPageSize);
        var (items, total) = await messages.GetPagedAsync(phone, Math.Max(0, input.SkipCount), take, cancellationToken);
        return new PagedResultDto<SmsMessageDto>(
            items.Select(m => new SmsMessageDto { Id = m.Id, PhoneNumber = m.PhoneNumber, Text = m.Text, CreationTime = m.CreationTime }).ToList(),
            total);
    }
}
