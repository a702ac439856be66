using Moyeora.Domain;
using Moyeora.Friends;
using Moyeora.Ratings;

namespace Moyeora.Notifications;

/// <summary>Friend request received / accepted and rating received (spec §6), stored with the change that causes them.</summary>
public sealed class PeopleNotificationHandler(INotificationRepository notifications, TimeProvider clock) :
    IDomainEventHandler<FriendRequestSentEvent>,
    IDomainEventHandler<FriendRequestAcceptedEvent>,
    IDomainEventHandler<PeerRatedEvent>
{
    /// <summary>No actor and no direction: the rated person learns that someone from the meetup rated them, not who or how.</summary>
    public Task HandleAsync(PeerRatedEvent e, CancellationToken cancellationToken) =>
        notifications.InsertManyAsync([new Notification(e.RateeId, NotificationKind.RatingReceived, $"'{e.MeetupTitle}' 모임에서 신뢰도 평가를 받았습니다.", clock.GetUtcNow().UtcDateTime, e.MeetupId)], cancellationToken);

    public Task HandleAsync(FriendRequestSentEvent e, CancellationToken cancellationToken) =>
        notifications.InsertManyAsync([new Notification(e.RecipientId, NotificationKind.FriendRequestReceived, "새 친구 요청이 왔습니다.", clock.GetUtcNow().UtcDateTime, actorId: e.SenderId)], cancellationToken);

    public Task HandleAsync(FriendRequestAcceptedEvent e, CancellationToken cancellationToken) =>
        notifications.InsertManyAsync([new Notification(e.RequesterId, NotificationKind.FriendRequestAccepted, "친구 요청이 수락되었습니다.", clock.GetUtcNow().UtcDateTime, actorId: e.AcceptorId)], cancellationToken);
}
