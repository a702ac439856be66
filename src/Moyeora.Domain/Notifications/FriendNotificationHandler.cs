using Moyeora.Domain;
using Moyeora.Friends;

namespace Moyeora.Notifications;

/// <summary>Friend request received / accepted (spec §6), stored with the change that causes them.</summary>
public sealed class FriendNotificationHandler(INotificationRepository notifications, TimeProvider clock) :
    IDomainEventHandler<FriendRequestSentEvent>,
    IDomainEventHandler<FriendRequestAcceptedEvent>
{
    public Task HandleAsync(FriendRequestSentEvent e, CancellationToken cancellationToken) =>
        notifications.InsertManyAsync([new Notification(e.RecipientId, NotificationKind.FriendRequestReceived, "새 친구 요청이 왔습니다.", clock.GetUtcNow().UtcDateTime, actorId: e.SenderId)], cancellationToken);

    public Task HandleAsync(FriendRequestAcceptedEvent e, CancellationToken cancellationToken) =>
        notifications.InsertManyAsync([new Notification(e.RequesterId, NotificationKind.FriendRequestAccepted, "친구 요청이 수락되었습니다.", clock.GetUtcNow().UtcDateTime, actorId: e.AcceptorId)], cancellationToken);
}
