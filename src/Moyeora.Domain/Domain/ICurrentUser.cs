namespace Moyeora.Domain;

/// <summary>The signed-in user of the current operation, if any.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }

    bool IsAuthenticated => Id.HasValue;
}

/// <summary>Where the current request comes from; used for per-client limits and the audit and security logs.</summary>
public interface ICurrentClient
{
    string? IpAddress { get; }

    /// <summary>The caller's User-Agent header, when there is a request.</summary>
    string? UserAgent => null;
}
