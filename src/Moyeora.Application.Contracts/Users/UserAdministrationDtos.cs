using System.ComponentModel.DataAnnotations;
using Moyeora.Dtos;
using Moyeora.Meetups;
using Moyeora.Reports;

namespace Moyeora.Users;

/// <summary>Finding people, their record, locks, unlocks and session ends by administrators (permission <c>Moyeora.Users.Manage</c>).</summary>
public interface IUserAdministrationAppService
{
    /// <summary>People by phone number, nickname (part of it), id or state; newest accounts first.</summary>
    Task<PagedResultDto<UserListItemDto>> GetListAsync(GetUsersDto input, CancellationToken cancellationToken = default);

    /// <summary>One person's profile, trust, roles, lock state, meetups and the reports about and by them.</summary>
    Task<UserDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The person's lock and session state.</summary>
    Task<UserSecurityDto> GetSecurityAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Locks the person for some days: every session ends at once, and no password reset lifts it.</summary>
    Task<UserSecurityDto> LockAsync(Guid id, LockUserDto input, CancellationToken cancellationToken = default);

    /// <summary>Lifts a moderator's lock and the wrong-password lock-out.</summary>
    Task<UserSecurityDto> UnlockAsync(Guid id, UserActionDto? input = null, CancellationToken cancellationToken = default);

    /// <summary>Ends every session of the person (refresh tokens, access tokens and the live connection) without locking.</summary>
    Task<UserSecurityDto> EndSessionsAsync(Guid id, UserActionDto? input = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deactivates the person: they cannot sign in or refresh, every session ends, they leave their recruiting meetups
    /// and vanish from the map, nearby lists and search until restored. Never leaves the service without an administrator.
    /// </summary>
    Task<UserSecurityDto> DeactivateAsync(Guid id, UserActionDto? input = null, CancellationToken cancellationToken = default);

    /// <summary>Restores a person an administrator deactivated (an owner's own account deletion is theirs to undo).</summary>
    Task<UserSecurityDto> RestoreAsync(Guid id, UserActionDto? input = null, CancellationToken cancellationToken = default);
}

public sealed class LockUserDto
{
    /// <summary>How many days the lock lasts (1–3650).</summary>
    [Range(1, UserConsts.MaxLockDays)]
    public int Days { get; set; } = UserConsts.DefaultLockDays;

    /// <summary>Why (up to 500 characters); the admin UI asks for it, and it is logged with the action.</summary>
    [StringLength(UserConsts.MaxAdministrationReasonLength)]
    public string? Reason { get; set; }
}

/// <summary>An administrator's action on a person, with why.</summary>
public sealed class UserActionDto
{
    [StringLength(UserConsts.MaxAdministrationReasonLength)]
    public string? Reason { get; set; }
}

public sealed class GetUsersDto : PagedRequestDto
{
    /// <summary>A phone number (any common form: exact match), an account id, or part of a nickname.</summary>
    [StringLength(UserConsts.MaxSearchLength)]
    public string? Filter { get; set; }

    [EnumDataType(typeof(UserStateFilter))]
    public UserStateFilter? State { get; set; }
}

public sealed class UserListItemDto
{
    public Guid Id { get; set; }

    public string Nickname { get; set; } = string.Empty;

    public string PhoneNumber { get; set; } = string.Empty;

    public int Rating { get; set; }

    public bool IsActive { get; set; }

    public DateTime? LockedUntil { get; set; }

    public DateTime CreationTime { get; set; }

    public DateTime? LastLoginTime { get; set; }
}

public sealed class UserDetailDto
{
    public Guid Id { get; set; }

    public string PhoneNumber { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Nickname { get; set; } = string.Empty;

    public string? StatusMessage { get; set; }

    public string? ProfileImageUrl { get; set; }

    public IReadOnlyList<string> Interests { get; set; } = [];

    /// <summary>Trust (0–100) from peer ratings.</summary>
    public int Rating { get; set; }

    public IReadOnlyList<string> Roles { get; set; } = [];

    public DateTime CreationTime { get; set; }

    public DateTime? LastLoginTime { get; set; }

    public DateTime? LastSeenTime { get; set; }

    public DateTime? DeactivationTime { get; set; }

    /// <summary>Deactivated by an administrator (restorable here) rather than deleted by the owner.</summary>
    public bool DeactivatedByAdministrator { get; set; }

    public UserSecurityDto Security { get; set; } = new();

    /// <summary>The newest meetups the person hosts or joined (up to 20), and how many there are in all.</summary>
    public IReadOnlyList<MeetupListItemDto> Meetups { get; set; } = [];

    public long MeetupCount { get; set; }

    /// <summary>The newest reports about the person (as the user, the meetup's host or the message's sender).</summary>
    public IReadOnlyList<ReportDto> ReportsAbout { get; set; } = [];

    public long ReportsAboutCount { get; set; }

    public IReadOnlyList<ReportDto> ReportsBy { get; set; } = [];

    public long ReportsByCount { get; set; }

    /// <summary>The person's signed-in sessions (one per device sign-in), most recently refreshed first.</summary>
    public IReadOnlyList<UserSessionDto> ActiveSessions { get; set; } = [];
}

/// <summary>One signed-in session: its refresh-token family, with the current token's facts.</summary>
public sealed class UserSessionDto
{
    public Guid Id { get; set; }

    /// <summary>When its current refresh token was issued: the sign-in, or the last refresh.</summary>
    public DateTime LastRefreshTime { get; set; }

    public DateTime ExpirationTime { get; set; }

    /// <summary>The address the current token was issued to.</summary>
    public string? ClientIp { get; set; }
}

public sealed class UserSecurityDto
{
    public Guid Id { get; set; }

    public bool IsActive { get; set; }

    /// <summary>Deactivated by an administrator (restorable by one) rather than deleted by the owner.</summary>
    public bool DeactivatedByAdministrator { get; set; }

    /// <summary>End of a moderator's or administrator's lock, when one is in force.</summary>
    public DateTime? LockedUntil { get; set; }

    /// <summary>End of the lock-out after too many wrong passwords, when one is in force.</summary>
    public DateTime? LockedOutUntil { get; set; }

    /// <summary>Goes up each time every session of the person ends.</summary>
    public int SecurityStamp { get; set; }
}
