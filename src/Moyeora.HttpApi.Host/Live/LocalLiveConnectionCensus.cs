namespace Moyeora.Live;

/// <summary>A deployment of one node (no Redis): its own connections are all there are.</summary>
internal sealed class LocalLiveConnectionCensus(ILiveConnectionCounter connections) : ILiveConnectionCensus
{
    public Task<int?> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult<int?>(connections.Count);
}
