namespace Moyeora.Controllers;

/// <summary>
/// Documents an error answer of an operation: its HTTP status and the stable codes it can carry.
/// The host turns these into OpenAPI responses so integrators see every code.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true)]
public sealed class ErrorResponseAttribute(int statusCode, params string[] codes) : Attribute
{
    public int StatusCode { get; } = statusCode;

    public IReadOnlyList<string> Codes { get; } = codes;
}

/// <summary>Rate-limiting policy names shared by controllers and the host.</summary>
public static class RateLimitPolicies
{
    /// <summary>Per client IP: verification-code requests, log-in, sign-up, refresh, password reset.</summary>
    public const string Account = "account";

    /// <summary>Per signed-in user (or client IP): meetup writes such as create, join, leave, invite, notices.</summary>
    public const string Writes = "writes";

    /// <summary>Per signed-in user (or client IP): keyword searches, which reach the database.</summary>
    public const string Search = "search";

    /// <summary>Per signed-in user: finding people by exact nickname or phone number (strict: numbers must not be enumerable).</summary>
    public const string PeopleSearch = "people-search";

    /// <summary>Per signed-in user: reports and ratings.</summary>
    public const string Reports = "reports";

    /// <summary>Per signed-in user: chat messages.</summary>
    public const string Chat = "chat";
}
