using System.ComponentModel.DataAnnotations;
using Moyeora.Dtos;

namespace Moyeora.Auditing;

/// <summary>
/// The append-only audit log of every administrative and moderation action (permission <c>Moyeora.AuditLogs.View</c>).
/// Nothing here, or anywhere, changes or deletes an entry.
/// </summary>
public interface IAuditLogAppService
{
    /// <summary>Entries newest first, filtered by actor, target, action and time.</summary>
    Task<PagedResultDto<AuditLogEntryDto>> GetListAsync(GetAuditLogsDto input, CancellationToken cancellationToken = default);

    /// <summary>
    /// The filtered entries (newest first, at most 10,000) as CSV (RFC 4180, UTF-8); a cell that a spreadsheet would read as a
    /// formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe.
    /// </summary>
    Task<string> ExportCsvAsync(ExportAuditLogsDto input, CancellationToken cancellationToken = default);
}

public sealed class AuditLogEntryDto
{
    public Guid Id { get; set; }

    public DateTime Time { get; set; }

    /// <summary>Who acted; null for the system.</summary>
    public Guid? ActorId { get; set; }

    /// <summary>The actor's nickname when they acted.</summary>
    public string? ActorNickname { get; set; }

    public string? IpAddress { get; set; }

    /// <summary>A stable name such as <c>User.Lock</c> or <c>Report.Act</c>.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary><c>User</c>, <c>Report</c>, <c>Meetup</c>, <c>ChatMessage</c>, <c>Job</c> or <c>Role</c>.</summary>
    public string TargetType { get; set; } = string.Empty;

    public string TargetId { get; set; } = string.Empty;

    public string? Reason { get; set; }

    /// <summary>What changed, field by field.</summary>
    public IReadOnlyList<AuditChangeDto> Changes { get; set; } = [];
}

public sealed class AuditChangeDto
{
    public string Field { get; set; } = string.Empty;

    /// <summary>The value before (null: none).</summary>
    public string? Before { get; set; }

    /// <summary>The value after (null: none).</summary>
    public string? After { get; set; }
}

public sealed class GetAuditLogsDto : PagedRequestDto
{
    /// <summary>Only actions by this person.</summary>
    public Guid? ActorId { get; set; }

    /// <summary>Only actions on this kind of target (<c>User</c>, <c>Report</c>, ...).</summary>
    [StringLength(AuditConsts.MaxTargetTypeLength)]
    public string? TargetType { get; set; }

    /// <summary>Only actions on this target (its id).</summary>
    [StringLength(AuditConsts.MaxTargetIdLength)]
    public string? TargetId { get; set; }

    /// <summary>Only this action (<c>User.Lock</c>).</summary>
    [StringLength(AuditConsts.MaxActionLength)]
    public string? Action { get; set; }

    /// <summary>From this instant (inclusive).</summary>
    public DateTimeOffset? From { get; set; }

    /// <summary>Before this instant (exclusive).</summary>
    public DateTimeOffset? To { get; set; }
}

public sealed class ExportAuditLogsDto
{
    public Guid? ActorId { get; set; }

    [StringLength(AuditConsts.MaxTargetTypeLength)]
    public string? TargetType { get; set; }

    [StringLength(AuditConsts.MaxTargetIdLength)]
    public string? TargetId { get; set; }

    [StringLength(AuditConsts.MaxActionLength)]
    public string? Action { get; set; }

    public DateTimeOffset? From { get; set; }

    public DateTimeOffset? To { get; set; }
}
