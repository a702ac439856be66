namespace Moyeora.Security;

/// <summary>What a security log entry records.</summary>
public enum SecurityLogKind
{
    SignedUp = 1,
    SignedIn = 2,

    /// <summary>A refused log-in; the entry names no one when the phone number belongs to no account.</summary>
    SignInFailed = 3,

    /// <summary>Too many wrong passwords in a row: the account is locked out for a while.</summary>
    LockedOut = 4,

    /// <summary>Locked by a moderator or an administrator.</summary>
    Locked = 5,
    Unlocked = 6,
    PasswordChanged = 7,
    PasswordReset = 8,

    /// <summary>A rotated refresh token came back: its whole family was revoked.</summary>
    RefreshTokenReused = 9,

    /// <summary>Every session ended at once (the detail says why).</summary>
    SessionsEnded = 10,
    SignedOut = 11,
    AdminSignedIn = 12,

    /// <summary>The right password, but no permission that opens the admin area.</summary>
    AdminSignInRefused = 13,
}

public static class SecurityLogConsts
{
    public const int MaxIpAddressLength = 64;

    /// <summary>User agents are cut to this length.</summary>
    public const int MaxUserAgentLength = 256;

    public const int MaxDetailLength = 64;
}
