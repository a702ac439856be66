namespace Moyeora.TestBase;

/// <summary>Fixed people every test database starts with.</summary>
public static class TestData
{
    public const string AdminPhone = "010-9000-0000";
    public const string AdminPhoneE164 = "+821090000000";
    public const string AdminPassword = "admin-pass-1";

    public static readonly Guid AliceId = Guid.Parse("a11ce000-0000-4000-8000-000000000001");
    public const string AlicePhone = "010-1000-0001";
    public const string AlicePhoneE164 = "+821010000001";
    public const string AliceNickname = "앨리스";
    public const string AlicePassword = "alice-pass-1";

    public static readonly Guid BobId = Guid.Parse("b0b00000-0000-4000-8000-000000000002");
    public const string BobPhone = "010-1000-0002";
    public const string BobPhoneE164 = "+821010000002";
    public const string BobNickname = "Bob";
    public const string BobPassword = "bob-pass-12";

    private static int _phoneCounter = Random.Shared.Next(1_000_000);

    /// <summary>A phone number no other test uses (010-5XXX-XXXX).</summary>
    public static string NewPhone()
    {
        var n = Interlocked.Increment(ref _phoneCounter) % 10_000_000;
        return $"010-5{n / 10000:000}-{n % 10000:0000}";
    }

    /// <summary>A valid nickname no other test uses.</summary>
    public static string NewNickname() => "t" + Guid.NewGuid().ToString("N")[..12];

    public const int CodeRequestsPerAddressPerHour = 20;

    public static Dictionary<string, string?> Configuration(string connectionString) => new()
    {
        ["ConnectionStrings:Default"] = connectionString,
        ["Jwt:Issuer"] = "moyeora-tests",
        ["Jwt:Audience"] = "moyeora-tests",
        ["Jwt:SigningKey"] = "test-signing-key-0123456789-0123456789-abcdef",
        ["Seed:Admin:PhoneNumber"] = AdminPhone,
        ["Seed:Admin:Password"] = AdminPassword,
        ["Seed:Admin:Nickname"] = "운영자",
        ["Outbound:Provider"] = "Outbox",
        // Small batches, so a backlog test needs only a few hundred rows to cross several runs.
        ["Jobs:BatchSize"] = "100",
        ["Jobs:MaxBatchesPerRun"] = "5",
        // The shared people (the administrator above all) sign in far more often than anyone would.
        ["RateLimiting:LogInAttemptsPerPhonePerTenMinutes"] = "100000",
        ["RateLimiting:RefreshesPerSessionPerMinute"] = "100000",
        ["RateLimiting:CodeRequestsPerAddressPerHour"] = CodeRequestsPerAddressPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
