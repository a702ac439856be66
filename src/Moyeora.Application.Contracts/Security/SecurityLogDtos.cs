using System.ComponentModel.DataAnnotations;
using Moyeora.Dtos;

namespace Moyeora.Security;

/// <summary>
/// The security log of every account: sign-ins, failures, lock-outs, locks, password changes and resets, refresh-token
/// re-use, ended sessions, admin sign-ins (permission <c>Moyeora.AuditLogs.View</c>).
/// </summary>
public interface ISecurityLogAppService
{
    /// <summary>Entries newest first, filtered by person, kind and time.</summary>
    Task<PagedResultDto<SecurityLogEntryDto>> GetListAsync(GetSecurityLogsDto input, CancellationToken cancellationToken = default);
}

public sealed class SecurityLogEntryDto
{
    public Guid Id { get; set; }

    public DateTime Time { get; set; }

    /// <summary>Null when the entry belongs to no account (a log-in with a phone number nobody uses).</summary>
    public Guid? UserId { get; set; }

    /// <summary>The person's nickname now (null when there is none or the account is gone).</summary>
    public string? UserNickname { get; set; }

    public SecurityLogKind Kind { get; set; }

    public string? IpAddress { get; set; }

    /// <summary>The client's User-Agent, cut to 256 characters.</summary>
    public string? UserAgent { get; set; }

    /// <summary>Why, in one fixed word: the reason sessions ended (<c>PasswordChanged</c>, <c>Locked</c>, ...) or a log-in failed (<c>WrongPassword</c>, ...).</summary>
    public string? Detail { get; set; }
}

public sealed class GetSecurityLogsDto : PagedRequestDto
{
    public Guid? UserId { get; set; }

    [EnumDataType(typeof(SecurityLogKind))]
    public SecurityLogKind? Kind { get; set; }

    /// <summary>From this instant (inclusive).</summary>
    public DateTimeOffset? From { get; set; }

    /// <summary>Before this instant (exclusive).</summary>
    public DateTimeOffset? To { get; set; }
}
