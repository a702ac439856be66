namespace Moyeora.Live;

/// <summary>
/// Live connections across every node of the deployment (the dashboard's figure): each node's own count, summed.
/// On a single node it is that node's count.
/// </summary>
public interface ILiveConnectionCensus
{
    /// <summary>The total, or null when it cannot be known just now (the shared store is unreachable).</summary>
    Task<int?> CountAsync(CancellationToken cancellationToken = default);
}
