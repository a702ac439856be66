using Moyeora.Domain;
using Moyeora.ExceptionHandling;

namespace Moyeora.Users;

/// <summary>A person with an account: identity is the phone number (E.164) plus a password.</summary>
public sealed class User : AggregateRoot
{
    private readonly List<UserInterest> _interests = [];
    private readonly List<UserRole> _roles = [];

    private User()
    {
    }

    public User(Guid id, string phoneNumberE164, string name, string nickname, DateTime now)
        : base(id)
    {
        if (!Moyeora.Users.PhoneNumber.TryNormalize(phoneNumberE164, out var normalized) || normalized != phoneNumberE164)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidPhoneNumber, "phoneNumber");
        }

        PhoneNumber = phoneNumberE164;
        Name = UserRules.CheckName(name);
        SetNickname(nickname);
        Rating = UserConsts.InitialRating;
        CreationTime = now;
    }

    public string PhoneNumber { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    public string Nickname { get; private set; } = null!;

    /// <summary>Upper-cased, NFC-normalised nickname; unique, so nicknames are unique case-insensitively.</summary>
    public string NormalizedNickname { get; private set; } = null!;

    public string PasswordHash { get; private set; } = string.Empty;

    public string? ProfileImageUrl { get; private set; }

    public string? StatusMessage { get; private set; }

    public int Rating { get; private set; }

    public LocationVisibility LocationVisibility { get; private set; }

    /// <summary>When set with <see cref="LocationVisibility.Nobody"/>, ghost mode ends at this instant.</summary>
    public DateTime? GhostUntil { get; private set; }

    public int AccessFailedCount { get; private set; }

    /// <summary>End of the lock-out after too many wrong passwords; nothing but time or an administrator ends it.</summary>
    public DateTime? LockoutEnd { get; private set; }

    /// <summary>End of a moderator's or administrator's lock; kept apart from <see cref="LockoutEnd"/> so no password reset ends it.</summary>
    public DateTime? ModerationLockEnd { get; private set; }

    /// <summary>
    /// Goes up whenever every session must end (password changed or reset, phone changed, lock, deactivation, "end all
    /// sessions"); access tokens carry the value they were issued with and stop working once it moves on.
    /// </summary>
    public int SecurityStamp { get; private set; }

    public DateTime? LastLoginTime { get; private set; }

    public DateTime? DeactivationTime { get; private set; }

    /// <summary>
    /// When the user last reported a location that others may see (spec §2 "last seen"), written in batches by the
    /// live connection; the fresher time of a position still on the map wins over it.
    /// </summary>
    public DateTime? LastSeenTime { get; private set; }

    public bool IsActive => DeactivationTime is null;

    public IReadOnlyList<string> Interests => _interests.OrderBy(i => i.Position).Select(i => i.Value).ToList();

    public IReadOnlyCollection<Guid> RoleIds => _roles.Select(r => r.RoleId).ToList();

    /// <summary>Moves the account to a newly verified number (E.164); every session ends.</summary>
    public void ChangePhoneNumber(string phoneNumberE164)
    {
        if (!Moyeora.Users.PhoneNumber.TryNormalize(phoneNumberE164, out var normalized) || normalized != phoneNumberE164)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidPhoneNumber, "phoneNumber");
        }

        if (PhoneNumber == phoneNumberE164)
        {
            return;
        }

        PhoneNumber = phoneNumberE164;
        EndAllSessions(SessionsEndedReason.PhoneNumberChanged);
    }

    public void SetNickname(string nickname)
    {
        Nickname = UserRules.CheckNickname(nickname);
        NormalizedNickname = UserRules.NormalizeNickname(Nickname);
    }

    /// <summary>
    /// Stores a hash produced by the password hasher; the aggregate never sees the password. A change (or a reset) ends
    /// every session but lifts no lock: neither the wrong-password lock-out nor a moderator's lock.
    /// </summary>
    public void SetPasswordHash(string passwordHash, bool isChange)
    {
        if (string.IsNullOrEmpty(passwordHash) || passwordHash.Length > UserConsts.MaxPasswordHashLength)
        {
            throw new ArgumentException("A password hash is required.", nameof(passwordHash));
        }

        var hadPassword = PasswordHash.Length > 0;
        PasswordHash = passwordHash;
        if (isChange && hadPassword)
        {
            EndAllSessions(SessionsEndedReason.PasswordChanged);
        }
    }

    /// <summary>
    /// Every access token issued so far stops working and every live connection closes (the refresh tokens are revoked
    /// by whoever ends the sessions).
    /// </summary>
    public void EndAllSessions(SessionsEndedReason reason)
    {
        SecurityStamp++;
        AddDomainEvent(new UserSessionsEndedEvent(Id, reason));
    }

    public void SetProfileImageUrl(string? url) => ProfileImageUrl = UserRules.CheckProfileImageUrl(url);

    /// <summary>Changes only the status message; interests are untouched (the original wiped them, spec §11).</summary>
    public void SetStatusMessage(string? message) => StatusMessage = UserRules.CheckStatusMessage(message);

    public void SetInterests(IEnumerable<string?>? interests)
    {
        var checkedInterests = UserRules.CheckInterests(interests);
        _interests.Clear();
        for (var i = 0; i < checkedInterests.Count; i++)
        {
            _interests.Add(new UserInterest(Id, i, checkedInterests[i]));
        }
    }

    public void SetLocationVisibility(LocationVisibility visibility, DateTime? ghostUntil, DateTime now)
    {
        if (!Enum.IsDefined(visibility))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "locationVisibility");
        }

        if (ghostUntil is not null && (visibility != LocationVisibility.Nobody || ghostUntil <= now))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "ghostUntil");
        }

        LocationVisibility = visibility;
        GhostUntil = ghostUntil;
        AddDomainEvent(new UserLocationVisibilityChangedEvent(Id, visibility, ghostUntil));
    }

    /// <summary>The visibility in force now: a ghost mode with an end time is over once that time passes.</summary>
    public LocationVisibility EffectiveVisibility(DateTime now) => EffectiveVisibility(LocationVisibility, GhostUntil, now);

    public static LocationVisibility EffectiveVisibility(LocationVisibility visibility, DateTime? ghostUntil, DateTime now) =>
        visibility == LocationVisibility.Nobody && ghostUntil is { } until && until <= now ? LocationVisibility.Everyone : visibility;

    /// <summary>Locked by too many wrong passwords.</summary>
    public bool IsLockedOut(DateTime now) => LockoutEnd is { } end && end > now;

    /// <summary>Locked by a moderator or an administrator.</summary>
    public bool IsLockedByModerator(DateTime now) => ModerationLockEnd is { } end && end > now;

    /// <summary>A wrong password: after <see cref="UserConsts.MaxFailedLogins"/> in a row the account locks.</summary>
    public void RecordFailedLogin(DateTime now)
    {
        AccessFailedCount++;
        if (AccessFailedCount >= UserConsts.MaxFailedLogins)
        {
            LockoutEnd = now + UserConsts.LockoutDuration;
            AccessFailedCount = 0;
            AddDomainEvent(new UserLockedOutEvent(Id));
        }
    }

    public void RecordSuccessfulLogin(DateTime now)
    {
        AccessFailedCount = 0;
        LockoutEnd = null;
        LastLoginTime = now;
    }

    /// <summary>
    /// A moderator's or administrator's lock until the given instant (acting on a report, or from the admin area). It
    /// ends every session at once; only <see cref="Unlock"/> or time lifts it, never a password reset.
    /// </summary>
    public void Lock(DateTime until, DateTime now)
    {
        if (until <= now)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "lockedUntil");
        }

        ModerationLockEnd = until;
        AddDomainEvent(new UserLockedEvent(Id));
        EndAllSessions(SessionsEndedReason.Locked);
    }

    /// <summary>Lifts a moderator's lock and the wrong-password lock-out: the person may sign in again.</summary>
    public void Unlock()
    {
        ModerationLockEnd = null;
        LockoutEnd = null;
        AccessFailedCount = 0;
        AddDomainEvent(new UserUnlockedEvent(Id));
    }

    public bool CanBeRestored(DateTime now) => DeactivationTime is { } at && now - at <= UserConsts.RestoreWindow;

    public void Deactivate(DateTime now)
    {
        if (!IsActive)
        {
            return;
        }

        DeactivationTime = now;
        AddDomainEvent(new UserDeactivatedEvent(Id));
        EndAllSessions(SessionsEndedReason.AccountDeactivated);
    }

    public void Restore(DateTime now)
    {
        if (IsActive)
        {
            return;
        }

        if (!CanBeRestored(now))
        {
            throw new BusinessException(MoyeoraErrorCodes.AccountDeactivated, ErrorKind.Unauthenticated);
        }

        DeactivationTime = null;
        AddDomainEvent(new UserRestoredEvent(Id));
    }

    public bool IsInRole(Guid roleId) => _roles.Any(r => r.RoleId == roleId);

    public void AddRole(Guid roleId)
    {
        if (!IsInRole(roleId))
        {
            _roles.Add(new UserRole(Id, roleId));
        }
    }

    public void RemoveRole(Guid roleId) => _roles.RemoveAll(r => r.RoleId == roleId);
}

public sealed class UserInterest
{
    private UserInterest()
    {
    }

    internal UserInterest(Guid userId, int position, string value)
    {
        UserId = userId;
        Position = position;
        Value = value;
    }

    public Guid UserId { get; private set; }

    public int Position { get; private set; }

    public string Value { get; private set; } = null!;
}

public sealed class UserRole
{
    private UserRole()
    {
    }

    internal UserRole(Guid userId, Guid roleId)
    {
        UserId = userId;
        RoleId = roleId;
    }

    public Guid UserId { get; private set; }

    public Guid RoleId { get; private set; }
}

public sealed record UserDeactivatedEvent(Guid UserId) : IDomainEvent;

public sealed record UserRestoredEvent(Guid UserId) : IDomainEvent;

public sealed record UserUnlockedEvent(Guid UserId) : IDomainEvent;

public sealed record UserLockedEvent(Guid UserId) : IDomainEvent;

/// <summary>Too many wrong passwords in a row locked the account out for a while.</summary>
public sealed record UserLockedOutEvent(Guid UserId) : IDomainEvent;

/// <summary>Every access token of the user stopped working (<see cref="User.SecurityStamp"/> moved on).</summary>
public sealed record UserSessionsEndedEvent(Guid UserId, SessionsEndedReason Reason) : IDomainEvent;

public sealed record UserLocationVisibilityChangedEvent(Guid UserId, LocationVisibility Visibility, DateTime? GhostUntil) : IDomainEvent;
