using Microsoft.AspNetCore.SignalR;
using Moyeora.Locations;
using Moyeora.Users;

namespace Moyeora.Live;

/// <summary>
/// Delivers live messages (from this node or, through Redis, from others) to this node's connections. Chat and
/// notifications are sent to a group or a user, which the hub delivers on every node (the backplane with Redis).
/// </summary>
internal sealed class LiveDispatcher(
    LiveConnections connections,
    IHubContext<LiveHub> hub,
    IGeoStore positions,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    LiveMetrics metrics,
    Moyeora.Chat.ChatMetrics chatMetrics,
    ILogger<LiveDispatcher> logger) : ILiveMessageHandler
{
    public static string RoomOf(Guid meetupId) => "meetup:" + meetupId.ToString("N");

    public async Task HandleAsync(LiveMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await DispatchAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (KindOf(message) is { } kind)
            {
                metrics.PushFailed(kind);
            }

            if (message is ChatMessageLive)
            {
                chatMetrics.DeliveryFailed();
            }

            throw;
        }
    }

    /// <summary>The push kind a message turns into (the <c>kind</c> tag of the push instruments); null for internal ones.</summary>
    private static string? KindOf(LiveMessage message) => message switch
    {
        ChatMessageLive => "chat",
        MeetupChangedLive => "meetup",
        NotificationLive => "notification",
        MembershipChangedLive => "membership",
        _ => null,
    };

    private async Task DispatchAsync(LiveMessage message, CancellationToken cancellationToken)
    {
        switch (message)
        {
            case ChatMessageLive chat:
                // One send to the room; the hub (and with Redis the backplane) hands it to every member's connection.
                await hub.Clients.Group(RoomOf(chat.MeetupId)).SendAsync(LiveClientMethods.ChatMessage, chat.Message, cancellationToken);
                metrics.Pushed("chat");
                chatMetrics.Delivered(clock.GetUtcNow().UtcDateTime - DateTime.SpecifyKind(chat.Message.CreationTime, DateTimeKind.Utc));
                break;
            case MeetupChangedLive changed:
                var update = changed.Update;
                var watching = new List<string>();
                foreach (var c in connections.All.Where(c => c.Covers(update.Latitude, update.Longitude)))
                {
                    if (await MayLearnOfAsync(c, changed.HostId, cancellationToken))
                    {
                        watching.Add(c.ConnectionId);
                    }
                }

                if (watching.Count > 0)
                {
                    await hub.Clients.Clients(watching).SendAsync(LiveClientMethods.MeetupChanged, update, cancellationToken);
                    metrics.Pushed("meetup", watching.Count);
                }

                break;
            case NotificationLive notification:
                await hub.Clients.User(LiveBackplane.UserNameOf(notification.UserId)).SendAsync(LiveClientMethods.Notification, notification.Notification, cancellationToken);
                metrics.Pushed("notification");
                break;
            case RelationsChangedLive relations:
                foreach (var userId in relations.UserIds)
                {
                    connections.ByUser(userId)?.InvalidateRelations();
                }

                break;
            case MembershipChangedLive membership:
                await ApplyMembershipAsync(membership, cancellationToken);
                break;
            case ConnectionOpenedLive opened:
                if (connections.ByUser(opened.UserId) is { } older && older.ConnectionId != opened.ConnectionId && older.OpenedAt <= opened.OpenedAt)
                {
                    await CloseAsync(older, "replaced");
                }

                break;
            case SessionsEndedLive ended when connections.ByUser(ended.UserId) is { } connection:
                await CloseAsync(connection, ended.Reason);
                break;
            case UserChangedLive user when connections.ByUser(user.UserId) is { } connection:
                (double Latitude, double Longitude)? position;
                DateTime reportedAt;
                lock (connection.Sync)
                {
                    connection.Visibility = user.Visibility;
                    connection.GhostUntil = user.GhostUntil;
                    (position, reportedAt) = (connection.Position, connection.LastReportAt);
                }

                // A ghost who becomes visible is on the map from the very next push, not from their next report.
                var now = clock.GetUtcNow().UtcDateTime;
                var visibility = Moyeora.Users.User.EffectiveVisibility(user.Visibility, user.GhostUntil, now);
                if (visibility != LocationVisibility.Nobody && position is { } p && now - reportedAt < LocationPrivacy.PositionLifetime
                    && await positions.GetAsync(user.UserId, cancellationToken) is null)
                {
                    await positions.SetAsync(new UserPosition(user.UserId, p.Latitude, p.Longitude, reportedAt, visibility == LocationVisibility.FriendsOnly), cancellationToken);
                }

                break;
        }
    }

    private async Task ApplyMembershipAsync(MembershipChangedLive membership, CancellationToken cancellationToken)
    {
        // Everyone in the room now has a co-member more or less: reload their relations on the next push.
        foreach (var member in connections.All.Where(c => c.MeetupIds.Contains(membership.MeetupId)))
        {
            member.InvalidateRelations();
        }

        if (connections.ByUser(membership.UserId) is not { } connection)
        {
            return;
        }

        connection.InvalidateRelations();
        var room = RoomOf(membership.MeetupId);
        if (membership.Added)
        {
            lock (connection.Sync)
            {
                connection.MeetupIds.Add(membership.MeetupId);
            }

            await hub.Groups.AddToGroupAsync(connection.ConnectionId, room, cancellationToken);
            return;
        }

        lock (connection.Sync)
        {
            connection.MeetupIds.Remove(membership.MeetupId);
        }

        await hub.Groups.RemoveFromGroupAsync(connection.ConnectionId, room, cancellationToken);
        await hub.Clients.Client(connection.ConnectionId).SendAsync(LiveClientMethods.RemovedFromMeetup,
            new RemovedFromMeetupDto { MeetupId = membership.MeetupId, Reason = membership.Reason ?? "left" }, cancellationToken);
        metrics.Pushed("membership");
    }

    /// <summary>
    /// A meetup's host and the people blocked either way with them never hear of each other's meetups; relations a
    /// block or unblock has just made out of date are reloaded first (only that connection's).
    /// </summary>
    private async Task<bool> MayLearnOfAsync(LiveConnection connection, Guid hostId, CancellationToken cancellationToken)
    {
        if (hostId == Guid.Empty || hostId == connection.UserId)
        {
            return true;
        }

        var version = Volatile.Read(ref connection.RelationsVersion);
        if (version != Volatile.Read(ref connection.RelationsLoadedVersion))
        {
            try
            {
                await NearbyPusher.ReloadRelationsNowAsync(connection, version, scopes, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Relations of user {UserId} were not reloaded; the meetup change is not sent to them", connection.UserId);
                return false;
            }
        }

        return !connection.Relations.Blocked.Contains(hostId);
    }

    /// <summary>Tells the client why, then closes its connection.</summary>
    public async Task CloseAsync(LiveConnection connection, string reason)
    {
        if (connections.ById(connection.ConnectionId) == connection)
        {
            connections.Unregister(connection.ConnectionId);
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await hub.Clients.Client(connection.ConnectionId).SendAsync(LiveClientMethods.ConnectionClosing, new ConnectionClosingDto { Reason = reason }, timeout.Token);
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "Could not tell {ConnectionId} why it is closed", connection.ConnectionId);
        }

        connection.Context.Abort();
        logger.LogInformation("Closed live connection {ConnectionId} of user {UserId}: {Reason}", connection.ConnectionId, connection.UserId, reason);
    }
}
