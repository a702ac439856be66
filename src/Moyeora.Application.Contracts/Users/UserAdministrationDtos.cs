using System.ComponentModel.DataAnnotations;

namespace Moyeora.Users;

/// <summary>Locks, unlocks and session ends by administrators (permission <c>Moyeora.Users.Manage</c>).</summary>
public interface IUserAdministrationAppService
{
    /// <summary>The person's lock and session state.</summary>
    Task<UserSecurityDto> GetSecurityAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Locks the person for some days: every session ends at once, and no password reset lifts it.</summary>
    Task<UserSecurityDto> LockAsync(Guid id, LockUserDto input, CancellationToken cancellationToken = default);

    /// <summary>Lifts a moderator's lock and the wrong-password lock-out.</summary>
    Task<UserSecurityDto> UnlockAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Ends every session of the person (refresh tokens, access tokens and the live connection) without locking.</summary>
    Task<UserSecurityDto> EndSessionsAsync(Guid id, CancellationToken cancellationToken = default);
}

public sealed class LockUserDto
{
    /// <summary>How many days the lock lasts (1–3650).</summary>
    [Range(1, UserConsts.MaxLockDays)]
    public int Days { get; set; } = UserConsts.DefaultLockDays;
}

public sealed class UserSecurityDto
{
    public Guid Id { get; set; }

    public bool IsActive { get; set; }

    /// <summary>End of a moderator's or administrator's lock, when one is in force.</summary>
    public DateTime? LockedUntil { get; set; }

    /// <summary>End of the lock-out after too many wrong passwords, when one is in force.</summary>
    public DateTime? LockedOutUntil { get; set; }

    /// <summary>Goes up each time every session of the person ends.</summary>
    public int SecurityStamp { get; set; }
}
