namespace Moyeora.ExceptionHandling;

/// <summary>A broken business rule, identified by a stable code such as <c>Moyeora:MeetupFull</c>.</summary>
public class BusinessException : Exception
{
    public BusinessException(string code, string? message = null, ErrorKind kind = ErrorKind.Conflict, Exception? innerException = null)
        : base(message ?? code, innerException)
    {
        Code = code;
        Kind = kind;
    }

    public string Code { get; }

    public ErrorKind Kind { get; }

    /// <summary>Safe, non-secret values that help a client act on the error (e.g. seconds to wait).</summary>
    public IDictionary<string, object?> Details { get; } = new Dictionary<string, object?>();

    /// <summary>Per-field messages, for validation failures.</summary>
    public IDictionary<string, string[]> FieldErrors { get; } = new Dictionary<string, string[]>();

    public BusinessException WithDetail(string name, object? value)
    {
        Details[name] = value;
        return this;
    }

    public BusinessException WithFieldError(string field, string message)
    {
        FieldErrors[field] = FieldErrors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
        return this;
    }

    public static BusinessException Invalid(string code, string field, string message) =>
        new BusinessException(code, message, ErrorKind.Invalid).WithFieldError(field, message);

    public static BusinessException NotFound(string code, string? message = null) =>
        new(code, message, ErrorKind.NotFound);

    public static BusinessException Forbidden(string? message = null) =>
        new(MoyeoraErrorCodes.Forbidden, message ?? "You are not allowed to do this.", ErrorKind.Forbidden);

    public static BusinessException Unauthenticated(string code = MoyeoraErrorCodes.NotSignedIn, string? message = null) =>
        new(code, message ?? "Sign in first.", ErrorKind.Unauthenticated);

    public static BusinessException RateLimited(string code, TimeSpan retryAfter, string? message = null) =>
        new BusinessException(code, message ?? "Too many requests; try again later.", ErrorKind.RateLimited)
            .WithDetail("retryAfterSeconds", (int)Math.Ceiling(retryAfter.TotalSeconds));
}
