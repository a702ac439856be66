using Microsoft.AspNetCore.SignalR;
using Microsoft.IdentityModel.JsonWebTokens;
using StackExchange.Redis;

namespace Moyeora.Live;

/// <summary>
/// Hub fan-out across nodes: with Redis configured, the SignalR Redis backplane carries every send to a group, a
/// user or a connection to whichever node holds it. Its channels start with <c>Redis:ChannelPrefix</c> (default
/// <c>moyeora</c>) followed by ':', so several deployments can share one Redis.
/// </summary>
internal static class LiveBackplane
{
    public const string DefaultChannelPrefix = "moyeora";

    public static string ChannelPrefixOf(IConfiguration configuration) =>
        (string.IsNullOrWhiteSpace(configuration["Redis:ChannelPrefix"]) ? DefaultChannelPrefix : configuration["Redis:ChannelPrefix"]!) + ":";

    public static ISignalRServerBuilder AddMoyeoraBackplane(this ISignalRServerBuilder signalR, IConfiguration configuration)
    {
        var redis = configuration["Redis:Configuration"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            return signalR; // one node: the default in-process hub lifetime manager
        }

        // Same Redis and settings as the node's own connection; a connection of its own, because the channel prefix is a
        // setting of the whole connection (it would rename the node's other channels too) and the backplane disposes
        // its connection when the host stops.
        // The backplane's connection is kept where readiness can see it: it reconnects on its own after an outage, and a
        // node is not Healthy again until it has (a hub connection made before would fail to subscribe).
        var connection = new HubBackplaneConnection();
        signalR.Services.AddSingleton(connection);
        return signalR.AddStackExchangeRedis(redis, o =>
        {
            o.Configuration.AbortOnConnectFail = false;
            Moyeora.Hosting.RedisConnection.ApplyOutagePolicy(o.Configuration);
            o.Configuration.ChannelPrefix = RedisChannel.Literal(ChannelPrefixOf(configuration));
            o.ConnectionFactory = async log => connection.Multiplexer = await ConnectionMultiplexer.ConnectAsync(o.Configuration, log);
        });
    }

    /// <summary>
    /// Whether sending <paramref name="message"/> through the hub already reaches every node (the backplane delivers
    /// it to the group or user wherever they are connected), so the live bus need not carry it to the other nodes.
    /// Only chat to a room and a notification to a user qualify: every other message changes per-connection state,
    /// filters per connection, closes connections or evicts caches on each node, which a hub send cannot do.
    /// </summary>
    public static bool ReachesEveryNode(LiveMessage message) => message is ChatMessageLive or NotificationLive;

    /// <summary>The name SignalR knows a user by (<c>Clients.User</c>): the access token's subject, as a GUID in "N" form.</summary>
    public static string UserNameOf(Guid userId) => userId.ToString("N");
}

/// <summary>Users are named by the access token's <c>sub</c> claim (inbound claims are not mapped to ClaimTypes.NameIdentifier).</summary>
internal sealed class SubjectUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) =>
        Guid.TryParse(connection.User?.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var id) ? LiveBackplane.UserNameOf(id) : null;
}

/// <summary>The SignalR Redis backplane's own connection, once the backplane has opened it (null before its first use).</summary>
internal sealed class HubBackplaneConnection
{
    public IConnectionMultiplexer? Multiplexer { get; set; }
}
