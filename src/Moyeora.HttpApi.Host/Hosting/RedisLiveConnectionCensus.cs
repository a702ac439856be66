using System.Globalization;
using Microsoft.Extensions.Options;
using Moyeora.Live;
using StackExchange.Redis;

namespace Moyeora.Hosting;

/// <summary>
/// Live connections across the nodes that share Redis. Every few seconds each node writes its own count under its node
/// id, with a lifetime a little longer than that interval, and adds the id to a set of nodes. The total is this node's
/// count as it is now plus the entries of the others that still live: a node that stops removes its entry, and one
/// that dies drops out when its entry expires (its id is then pruned from the set). Only counts are shared.
/// </summary>
internal sealed class RedisLiveConnectionCensus(
    RedisConnection redis,
    ILiveConnectionCounter local,
    IOptions<LiveOptions> options,
    TimeProvider clock,
    ILogger<RedisLiveConnectionCensus> logger) : BackgroundService, ILiveConnectionCensus
{
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    private RedisKey NodesKey => redis.KeyPrefix + "live-nodes";

    private RedisKey EntryKey(string nodeId) => redis.KeyPrefix + "live-nodes:" + nodeId;

    private IDatabase Db => redis.Multiplexer.GetDatabase();

    public async Task<int?> CountAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var others = (await Db.SetMembersAsync(NodesKey)).Where(n => n != NodeId).ToArray();
            var total = local.Count;
            if (others.Length == 0)
            {
                return total;
            }

            var counts = await Db.StringGetAsync(Array.ConvertAll(others, n => EntryKey((string)n!)));
            var gone = new List<RedisValue>();
            for (var i = 0; i < others.Length; i++)
            {
                if (counts[i].IsNull)
                {
                    gone.Add(others[i]);
                }
                else if (int.TryParse((string?)counts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                {
                    total += count;
                }
            }

            if (gone.Count > 0)
            {
                // A node that comes back adds itself again at its next refresh.
                await Db.SetRemoveAsync(NodesKey, gone.ToArray());
            }

            return total;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning(ex, "Could not read the other nodes' live connection counts");
            return null;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ConnectionCountInterval, clock);
        try
        {
            do
            {
                await PublishAsync();
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            var transaction = Db.CreateTransaction();
            var entry = transaction.KeyDeleteAsync(EntryKey(NodeId));
            var member = transaction.SetRemoveAsync(NodesKey, NodeId);
            await transaction.ExecuteAsync();
            await Task.WhenAll(entry, member);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning(ex, "Could not withdraw this node's live connection count; it expires on its own");
        }
    }

    private async Task PublishAsync()
    {
        try
        {
            var transaction = Db.CreateTransaction();
            var entry = transaction.StringSetAsync(EntryKey(NodeId), local.Count.ToString(CultureInfo.InvariantCulture), options.Value.ConnectionCountLifetime);
            var member = transaction.SetAddAsync(NodesKey, NodeId);
            await transaction.ExecuteAsync();
            await Task.WhenAll(entry, member);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning(ex, "Could not publish this node's live connection count");
        }
    }
}
