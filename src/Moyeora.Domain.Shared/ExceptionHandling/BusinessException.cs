namespace Moyeora.ExceptionHandling;

/// <summary>
/// A broken business rule, identified by a stable code such as <c>Moyeora:MeetupFull</c>. It carries no sentence:
/// the host words it in the caller's language from the resources keyed by the code (<c>Localization/MoyeoraResource</c>),
/// filling placeholders from <see cref="Details"/>. <see cref="Exception.Message"/> is the code, for logs.
/// </summary>
public class BusinessException : Exception
{
    public BusinessException(string code, ErrorKind kind = ErrorKind.Conflict, Exception? innerException = null)
        : base(code, innerException)
    {
        Code = code;
        Kind = kind;
    }

    public string Code { get; }

    public ErrorKind Kind { get; }

    /// <summary>
    /// Safe, non-secret values that help a client act on the error (e.g. seconds to wait); sent with the answer and
    /// used by the message's placeholders (<c>{retryAfterSeconds}</c>).
    /// </summary>
    public IDictionary<string, object?> Details { get; } = new Dictionary<string, object?>();

    /// <summary>The fields at fault, each with its own code (the message comes from that code's resource).</summary>
    public IDictionary<string, string> FieldErrors { get; } = new Dictionary<string, string>();

    public BusinessException WithDetail(string name, object? value)
    {
        Details[name] = value;
        return this;
    }

    /// <summary>Marks a field at fault, with this exception's code or the field's own.</summary>
    public BusinessException WithFieldError(string field, string? code = null)
    {
        FieldErrors.TryAdd(field, code ?? Code);
        return this;
    }

    public static BusinessException Invalid(string code, string field) =>
        new BusinessException(code, ErrorKind.Invalid).WithFieldError(field);

    public static BusinessException NotFound(string code) => new(code, ErrorKind.NotFound);

    public static BusinessException Forbidden() => new(MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);

    public static BusinessException Unauthenticated(string code = MoyeoraErrorCodes.NotSignedIn) => new(code, ErrorKind.Unauthenticated);

    public static BusinessException RateLimited(string code, TimeSpan retryAfter) =>
        new BusinessException(code, ErrorKind.RateLimited)
            .WithDetail("retryAfterSeconds", (int)Math.Ceiling(retryAfter.TotalSeconds));
}
