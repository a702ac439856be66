namespace Moyeora.Domain;

/// <summary>The signed-in user of the current operation, if any.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }

    bool IsAuthenticated => Id.HasValue;
}

/// <summary>Where the current request comes from; used for per-client limits.</summary>
public interface ICurrentClient
{
    string? IpAddress { get; }
}
