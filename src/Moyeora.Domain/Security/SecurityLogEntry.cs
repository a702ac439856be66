using Moyeora.Domain;
using Moyeora.Users;

namespace Moyeora.Security;

/// <summary>
/// A security event of an account: sign-ins and failures, lock-outs, locks, password changes and resets, refresh-token
/// re-use, ended sessions, admin sign-ins. Never a password, a code or a token. Append-only, like the audit log.
/// </summary>
public sealed class SecurityLogEntry : ITimedLogEntry
{
    private SecurityLogEntry()
    {
    }

    public SecurityLogEntry(Guid id, DateTime time, Guid? userId, SecurityLogKind kind, string? ipAddress, string? userAgent, string? detail)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }

        Id = id;
        Time = time;
        UserId = userId;
        Kind = kind;
        IpAddress = Cut(ipAddress, SecurityLogConsts.MaxIpAddressLength);
        UserAgent = Cut(userAgent, SecurityLogConsts.MaxUserAgentLength);
        Detail = Cut(detail, SecurityLogConsts.MaxDetailLength);
    }

    public Guid Id { get; private set; }

    public DateTime Time { get; private set; }

    /// <summary>Null when the event belongs to no account (a log-in with a phone number nobody uses).</summary>
    public Guid? UserId { get; private set; }

    public SecurityLogKind Kind { get; private set; }

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    /// <summary>A short, fixed word that refines the kind (why sessions ended, why a log-in failed); never user input.</summary>
    public string? Detail { get; private set; }

    private static string? Cut(string? value, int max) => value is not null && value.Length > max ? value[..max] : value;
}

/// <summary>Adds a security log entry to the current unit of work (saving nothing); address, user agent and time come from the request.</summary>
public interface ISecurityLog
{
    void Record(SecurityLogKind kind, Guid? userId, string? detail = null);
}

/// <param name="TimeFrom">Inclusive.</param>
/// <param name="TimeTo">Exclusive.</param>
public sealed record SecurityLogQuery(Guid? UserId, SecurityLogKind? Kind, DateTime? TimeFrom, DateTime? TimeTo);

/// <summary>Reads the security log; entries are written only through <see cref="ISecurityLog"/>.</summary>
public interface ISecurityLogRepository
{
    /// <summary>Newest first.</summary>
    Task<(IReadOnlyList<SecurityLogEntry> Items, long TotalCount)> GetPagedAsync(SecurityLogQuery query, int skip, int take, CancellationToken cancellationToken = default);
}

/// <summary>Locks, unlocks and ended sessions are security events wherever they come from (admin area, report, password change).</summary>
public sealed class UserSecurityEventsHandler(ISecurityLog log)
    : IDomainEventHandler<UserLockedEvent>, IDomainEventHandler<UserUnlockedEvent>, IDomainEventHandler<UserSessionsEndedEvent>,
        IDomainEventHandler<UserLockedOutEvent>
{
    public Task HandleAsync(UserLockedOutEvent domainEvent, CancellationToken cancellationToken)
    {
        log.Record(SecurityLogKind.LockedOut, domainEvent.UserId);
        return Task.CompletedTask;
    }

    public Task HandleAsync(UserLockedEvent domainEvent, CancellationToken cancellationToken)
    {
        log.Record(SecurityLogKind.Locked, domainEvent.UserId);
        return Task.CompletedTask;
    }

    public Task HandleAsync(UserUnlockedEvent domainEvent, CancellationToken cancellationToken)
    {
        log.Record(SecurityLogKind.Unlocked, domainEvent.UserId);
        return Task.CompletedTask;
    }

    public Task HandleAsync(UserSessionsEndedEvent domainEvent, CancellationToken cancellationToken)
    {
        log.Record(SecurityLogKind.SessionsEnded, domainEvent.UserId, domainEvent.Reason.ToString());
        return Task.CompletedTask;
    }
}
