namespace Moyeora.Verification;

public static class VerificationConsts
{
    public const int CodeLength = 6;
    public const int MaxFailedAttempts = 5;
    public const int MaxHashLength = 128;
    public const int MaxClientIpLength = 64;
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan ResendCooldown = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(30);
    public const int MaxRequestsPerPhonePerHour = 5;

    /// <summary>
    /// Codes are kept this long after they were sent, then purged: well past the code's and its token's
    /// lifetimes and the hourly request limits that count them.
    /// </summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(1);
}
