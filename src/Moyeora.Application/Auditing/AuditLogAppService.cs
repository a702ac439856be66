using Moyeora.Authorization;
using Moyeora.Dtos;
using Moyeora.ExceptionHandling;
using Moyeora.Permissions;

namespace Moyeora.Auditing;

public sealed class AuditLogAppService(IAuditLogRepository entries, IPermissionChecker permissions) : IAuditLogAppService
{
    public async Task<PagedResultDto<AuditLogEntryDto>> GetListAsync(GetAuditLogsDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.AuditLogsView, cancellationToken);
        var query = ToQuery(input.ActorId, input.TargetType, input.TargetId, input.Action, input.From, input.To);
        var (items, total) = await entries.GetPagedAsync(query, input.Skip(), input.Take(), cancellationToken);
        return new PagedResultDto<AuditLogEntryDto>(items.Select(ToDto).ToList(), total);
    }

    public async Task<string> ExportCsvAsync(ExportAuditLogsDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.AuditLogsView, cancellationToken);
        var query = ToQuery(input.ActorId, input.TargetType, input.TargetId, input.Action, input.From, input.To);
        var (items, _) = await entries.GetPagedAsync(query, 0, AuditConsts.MaxCsvRows, cancellationToken);
        return AuditLogCsv.Write(items.Select(ToDto));
    }

    internal static AuditLogEntryDto ToDto(AuditLogEntry e) => new()
    {
        Id = e.Id,
        Time = e.Time,
        ActorId = e.ActorId,
        ActorNickname = e.ActorNickname,
        IpAddress = e.IpAddress,
        Action = e.Action,
        TargetType = e.TargetType,
        TargetId = e.TargetId,
        Reason = e.Reason,
        Changes = e.GetChanges().Select(c => new AuditChangeDto { Field = c.Field, Before = c.Before, After = c.After }).ToList(),
    };

    private static AuditLogQuery ToQuery(Guid? actorId, string? targetType, string? targetId, string? action, DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from is { } f && to is { } t && t < f)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "to");
        }

        return new AuditLogQuery(actorId, Clean(targetType, AuditConsts.MaxTargetTypeLength, "targetType"), Clean(targetId, AuditConsts.MaxTargetIdLength, "targetId"),
            Clean(action, AuditConsts.MaxActionLength, "action"), from?.UtcDateTime, to?.UtcDateTime);
    }

    private static string? Clean(string? value, int max, string field)
    {
        var clean = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return clean is { Length: var length } && length > max ? throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, field) : clean;
    }
}
