namespace Moyeora.Users;

public static class UserConsts
{
    public const int MaxPhoneNumberLength = 16;
    public const int MinNameLength = 2;
    public const int MaxNameLength = 30;
    public const int MinNicknameLength = 2;
    public const int MaxNicknameLength = 20;
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 64;
    public const int MaxPasswordHashLength = 256;
    public const int MaxProfileImageUrlLength = 2000;
    public const int MaxStatusMessageLength = 255;
    public const int MaxInterests = 10;
    public const int MinInterestLength = 1;
    public const int MaxInterestLength = 30;
    public const int InitialRating = 70;

    /// <summary>The live map's radius, a person's default included: 100 m to 700 km (spec §5).</summary>
    public const int MinRadiusMeters = 100;
    public const int MaxRadiusMeters = 700_000;
    public const int MinRating = 0;
    public const int MaxRating = 100;
    public const int MaxFailedLogins = 5;
    public const int DefaultLockDays = 7;
    public const int MaxLockDays = 3650;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan RestoreWindow = TimeSpan.FromDays(30);
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(14);
    public const int MaxRefreshTokenHashLength = 128;
    public const int MinRoleNameLength = 2;
    public const int MaxRoleNameLength = 64;
    public const int MaxPermissionNameLength = 128;
    public const int MaxAdministrationReasonLength = 500;
    public const int MaxSearchLength = 64;
}
