namespace Moyeora.ExceptionHandling;

/// <summary>
/// What kind of failure a <see cref="BusinessException"/> is. The host turns it into an HTTP status
/// (400, 401, 403, 404, 409, 429) so the domain never speaks HTTP.
/// </summary>
public enum ErrorKind
{
    Invalid,
    Unauthenticated,
    Forbidden,
    NotFound,
    Conflict,
    RateLimited,
}
