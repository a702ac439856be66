using Moyeora.Domain;
using Moyeora.Meetups;

namespace Moyeora.Notifications;

/// <summary>Turns meetup events into the notifications spec §6 lists, in the same unit of work as the change.</summary>
public sealed class MeetupNotificationHandler(INotificationRepository notifications, TimeProvider clock) :
    IDomainEventHandler<MeetupStartingSoonEvent>
{
    public Task HandleAsync(MeetupStartingSoonEvent e, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var minutes = Math.Max(1, (int)Math.Ceiling((e.StartTime - now).TotalMinutes));
        return notifications.InsertManyAsync(
            e.MemberIds.Select(id => new Notification(id, NotificationKind.MeetupStartsSoon, $"'{e.Title}' 모임이 {minutes}분 후에 시작합니다.", now, e.MeetupId)),
            cancellationToken);
    }
}
