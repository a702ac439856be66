using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moyeora.Chat;
using Moyeora.Domain;
using Moyeora.Locations;
using Moyeora.Meetups;
using Moyeora.Users;

namespace Moyeora.Live;

/// <summary>
/// After a meetup change commits: tells the map (appeared, filled, seat freed, confirmed, cancelled, ended)
/// and the live rooms (who joined, left or was kicked) on every node.
/// </summary>
public sealed class LiveMeetupPublisher(ILiveBus bus, IServiceScopeFactory scopes, LiveMetrics metrics, ILogger<LiveMeetupPublisher> logger) : IAfterCommitHandler<IMeetupEvent>
{
    public async Task HandleAsync(IMeetupEvent domainEvent, CancellationToken cancellationToken)
    {
        try
        {
            var membership = domainEvent switch
            {
                MeetupCreatedEvent e => new MembershipChangedLive(e.MeetupId, e.HostId, true, null),
                MeetupMemberJoinedEvent e => new MembershipChangedLive(e.MeetupId, e.UserId, true, null),
                MeetupMemberLeftEvent e => new MembershipChangedLive(e.MeetupId, e.UserId, false, "left"),
                MeetupMemberKickedEvent e => new MembershipChangedLive(e.MeetupId, e.UserId, false, "kicked"),
                _ => null,
            };
            if (membership is not null)
            {
                await bus.PublishAsync(membership, cancellationToken);
            }

            var change = domainEvent switch
            {
                MeetupCreatedEvent => "appeared",
                MeetupMemberJoinedEvent { IsNowFull: true } => "filled",
                MeetupMemberLeftEvent { WasFull: true } or MeetupMemberKickedEvent { WasFull: true } => "seatFreed",
                MeetupMemberJoinedEvent or MeetupMemberLeftEvent or MeetupMemberKickedEvent or MeetupChangedEvent => "updated",
                MeetupConfirmedEvent => "confirmed",
                MeetupCancelledEvent => "cancelled",
                MeetupEndedEvent => "ended",
                MeetupHiddenEvent => "hidden",
                MeetupUnhiddenEvent => "appeared",
                _ => null,
            };
            if (change is null)
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var meetup = await scope.ServiceProvider.GetRequiredService<IMeetupRepository>().GetLiveStateAsync(domainEvent.MeetupId, cancellationToken);
            if (meetup is not { Latitude: { } latitude, Longitude: { } longitude })
            {
                return; // deleted since, or online: not on any map
            }

            if (meetup.IsHidden)
            {
                change = "hidden"; // whatever happened inside, a hidden meetup stays off everyone's map
            }

            await bus.PublishAsync(new MeetupChangedLive(new MeetupLiveUpdateDto
            {
                MeetupId = meetup.Id,
                Change = change,
                Title = meetup.Title,
                Status = meetup.Status,
                MemberCount = meetup.MemberCount,
                MaxMembers = meetup.MaxMembers,
                StartTime = meetup.StartTime,
                Latitude = latitude,
                Longitude = longitude,
            }, meetup.HostId), cancellationToken);
        }
        catch (Exception ex)
        {
            metrics.PublishFailed("meetup");
            logger.LogWarning(ex, "Live update for meetup {MeetupId} was not published", domainEvent.MeetupId);
        }
    }
}

/// <summary>
/// After chat messages are stored (REST, live connection, system, or a batch of the chat writer's group commit),
/// delivers them to their rooms on every node. Senders' nicknames are remembered for a few seconds in the standard
/// <see cref="HybridCache"/> (a busy room would otherwise read the same person for every message; with Redis the nodes
/// share them); stored history always shows the current nickname. A batch loads its senders first and then starts
/// every message's delivery in id order without waiting for the one before to reach every member: each send is handed
/// to every member's connection (or to the backplane) before the next starts, so a room's order holds on every
/// connection while the writes to many connections proceed together.
/// </summary>
public sealed class LiveChatPublisher(ILiveBus bus, IServiceScopeFactory scopes, HybridCache cache, ChatMetrics chatMetrics, LiveMetrics metrics, ILogger<LiveChatPublisher> logger) :
    IAfterCommitHandler<ChatMessagePostedEvent>,
    IAfterCommitBatchHandler<ChatMessagePostedEvent>
{
    private static readonly TimeSpan SenderLifetime = TimeSpan.FromSeconds(10);

    private static readonly HybridCacheEntryOptions SenderEntry = new() { Expiration = SenderLifetime, LocalCacheExpiration = SenderLifetime };

    private static readonly Func<(Guid Id, IServiceScopeFactory Scopes), CancellationToken, ValueTask<UserSummary?>> LoadSender = static async (state, cancellationToken) =>
    {
        await using var scope = state.Scopes.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IUserRepository>().GetSummariesAsync([state.Id], cancellationToken)).GetValueOrDefault(state.Id);
    };

    public Task HandleAsync(ChatMessagePostedEvent domainEvent, CancellationToken cancellationToken) =>
        HandleAsync([domainEvent], cancellationToken);

    public async Task HandleAsync(IReadOnlyList<ChatMessagePostedEvent> domainEvents, CancellationToken cancellationToken)
    {
        foreach (var posted in domainEvents)
        {
            chatMetrics.Stored(posted.Message.Kind);
        }

        Dictionary<Guid, UserSummary> senders;
        try
        {
            senders = await LoadSendersAsync(domainEvents, cancellationToken);
        }
        catch (Exception ex)
        {
            foreach (var posted in domainEvents)
            {
                DeliveryFailed(posted.Message, ex);
            }

            return;
        }

        // Started in order, awaited together (see the class summary).
        var deliveries = new Task[domainEvents.Count];
        for (var i = 0; i < domainEvents.Count; i++)
        {
            deliveries[i] = DeliverAsync(domainEvents[i].Message, senders, cancellationToken);
        }

        await Task.WhenAll(deliveries);
    }

    private async Task<Dictionary<Guid, UserSummary>> LoadSendersAsync(IReadOnlyList<ChatMessagePostedEvent> domainEvents, CancellationToken cancellationToken)
    {
        var senders = new Dictionary<Guid, UserSummary>();
        foreach (var posted in domainEvents)
        {
            if (posted.Message.SenderId is { } senderId && !senders.ContainsKey(senderId)
                && await cache.GetOrCreateAsync("chat-sender:" + senderId.ToString("N"), (senderId, scopes), LoadSender, SenderEntry, cancellationToken: cancellationToken) is { } sender)
            {
                senders[senderId] = sender;
            }
        }

        return senders;
    }

    private async Task DeliverAsync(ChatMessage message, Dictionary<Guid, UserSummary> senders, CancellationToken cancellationToken)
    {
        try
        {
            await bus.PublishAsync(new ChatMessageLive(message.MeetupId, message.ToDto(senders)), cancellationToken);
        }
        catch (Exception ex)
        {
            DeliveryFailed(message, ex);
        }
    }

    private void DeliveryFailed(ChatMessage message, Exception ex)
    {
        chatMetrics.DeliveryFailed();
        metrics.PublishFailed("chat");
        logger.LogWarning(ex, "Chat message {MessageId} was stored but not delivered live", message.Id);
    }
}

/// <summary>
/// After a user's visibility changes or their account is deleted: the shared geo store follows at once
/// (a ghost or deleted user vanishes from every map), and the node holding their connection is told.
/// </summary>
public sealed class LiveUserPublisher(ILiveBus bus, IGeoStore positions, TimeProvider clock, ILogger<LiveUserPublisher> logger) :
    IAfterCommitHandler<UserLocationVisibilityChangedEvent>,
    IAfterCommitHandler<UserSessionsEndedEvent>,
    IAfterCommitHandler<UserUnlockedEvent>,
    IAfterCommitHandler<UserRestoredEvent>
{
    public Task HandleAsync(UserUnlockedEvent e, CancellationToken cancellationToken) => ForgetSecurityStateAsync(e.UserId, cancellationToken);

    public Task HandleAsync(UserRestoredEvent e, CancellationToken cancellationToken) => ForgetSecurityStateAsync(e.UserId, cancellationToken);

    /// <summary>Every node drops the user's cached lock and activity state, so the tokens issued now work everywhere at once.</summary>
    private async Task ForgetSecurityStateAsync(Guid userId, CancellationToken cancellationToken)
    {
        try
        {
            await bus.PublishAsync(new SecurityStateChangedLive(userId), cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Nodes were not told that user {UserId} was unlocked or restored", userId);
        }
    }

    public async Task HandleAsync(UserLocationVisibilityChangedEvent e, CancellationToken cancellationToken)
    {
        try
        {
            var visibility = User.EffectiveVisibility(e.Visibility, e.GhostUntil, clock.GetUtcNow().UtcDateTime);
            if (visibility == LocationVisibility.Nobody)
            {
                await positions.RemoveAsync(e.UserId, cancellationToken);
            }
            else if (await positions.GetAsync(e.UserId, cancellationToken) is { } position)
            {
                await positions.SetAsync(position with { FriendsOnly = visibility == LocationVisibility.FriendsOnly }, cancellationToken);
            }

            await bus.PublishAsync(new UserChangedLive(e.UserId, e.Visibility, e.GhostUntil), cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Live visibility of user {UserId} was not updated", e.UserId);
        }
    }

    /// <summary>
    /// Every session ended (deleted, locked, password or phone changed, signed out everywhere): every node drops the
    /// user's cached security stamp and closes their live connection at once; a deleted or locked person also leaves
    /// the map.
    /// </summary>
    public async Task HandleAsync(UserSessionsEndedEvent e, CancellationToken cancellationToken)
    {
        var reason = CloseReasonOf(e.Reason);
        try
        {
            if (e.Reason is SessionsEndedReason.AccountDeactivated or SessionsEndedReason.Locked)
            {
                await positions.RemoveAsync(e.UserId, cancellationToken);
            }

            await bus.PublishAsync(new SessionsEndedLive(e.UserId, reason), cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Live connection of user {UserId} was not closed ({Reason})", e.UserId, reason);
        }
    }

    /// <summary>The reason a closing connection is told (ConnectionClosing.reason).</summary>
    public static string CloseReasonOf(SessionsEndedReason reason) => reason switch
    {
        SessionsEndedReason.AccountDeactivated => "accountDeleted",
        SessionsEndedReason.Locked => "accountLocked",
        SessionsEndedReason.PasswordChanged => "passwordChanged",
        SessionsEndedReason.PhoneNumberChanged => "phoneNumberChanged",
        SessionsEndedReason.SignedOutEverywhere => "signedOutEverywhere",
        _ => "sessionsRevoked",
    };
}

/// <summary>After a notification is stored, pushes it to its user's live connection on whichever node holds it.</summary>
public sealed class LiveNotificationPublisher(ILiveBus bus, LiveMetrics metrics, ILogger<LiveNotificationPublisher> logger) : IAfterCommitHandler<Moyeora.Notifications.NotificationCreatedEvent>
{
    public async Task HandleAsync(Moyeora.Notifications.NotificationCreatedEvent domainEvent, CancellationToken cancellationToken)
    {
        try
        {
            await bus.PublishAsync(new NotificationLive(domainEvent.Notification.UserId, Moyeora.Notifications.NotificationMappings.ToDto(domainEvent.Notification)), cancellationToken);
        }
        catch (Exception ex)
        {
            metrics.PublishFailed("notification");
            logger.LogWarning(ex, "Notification {Id} was stored but not pushed", domainEvent.Notification.Id);
        }
    }
}

/// <summary>After two people become friends or stop being friends, their live maps learn it at once.</summary>
public sealed class LiveRelationsPublisher(ILiveBus bus, ILogger<LiveRelationsPublisher> logger) : IAfterCommitHandler<Moyeora.Friends.FriendshipChangedEvent>
{
    public async Task HandleAsync(Moyeora.Friends.FriendshipChangedEvent domainEvent, CancellationToken cancellationToken)
    {
        try
        {
            await bus.PublishAsync(new RelationsChangedLive([domainEvent.UserId, domainEvent.OtherId]), cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Friendship change of {UserId} and {OtherId} was not published live", domainEvent.UserId, domainEvent.OtherId);
        }
    }
}
