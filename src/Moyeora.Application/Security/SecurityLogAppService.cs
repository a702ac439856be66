using Moyeora.Authorization;
using Moyeora.Dtos;
using Moyeora.ExceptionHandling;
using Moyeora.Permissions;
using Moyeora.Users;

namespace Moyeora.Security;

/// <summary>
/// Reads the security log. It needs <c>Moyeora.AuditLogs.View</c>, like the audit log: it holds every person's addresses
/// and devices, which is for those who review what happened, not for everyone who may lock a person.
/// </summary>
public sealed class SecurityLogAppService(ISecurityLogRepository entries, IUserRepository users, IPermissionChecker permissions) : ISecurityLogAppService
{
    public async Task<PagedResultDto<SecurityLogEntryDto>> GetListAsync(GetSecurityLogsDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.AuditLogsView, cancellationToken);
        if (input.Kind is { } kind && !Enum.IsDefined(kind))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "kind");
        }

        if (input.From is { } from && input.To is { } to && to < from)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "to");
        }

        var (items, total) = await entries.GetPagedAsync(new SecurityLogQuery(input.UserId, input.Kind, input.From?.UtcDateTime, input.To?.UtcDateTime),
            input.Skip(), input.Take(), cancellationToken);
        var people = await users.GetSummariesAsync(items.Where(e => e.UserId is not null).Select(e => e.UserId!.Value).Distinct().ToList(), cancellationToken);
        return new PagedResultDto<SecurityLogEntryDto>(items.Select(e => new SecurityLogEntryDto
        {
            Id = e.Id,
            Time = e.Time,
            UserId = e.UserId,
            UserNickname = e.UserId is { } id ? people.GetValueOrDefault(id)?.Nickname : null,
            Kind = e.Kind,
            IpAddress = e.IpAddress,
            UserAgent = e.UserAgent,
            Detail = e.Detail,
        }).ToList(), total);
    }
}
