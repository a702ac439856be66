using Moyeora.Domain;
using Moyeora.Meetups;

namespace Moyeora.Notifications;

/// <summary>
/// Turns meetup events into the notifications spec §6 lists, stored in the same unit of work as the change
/// (never written by controllers): invited, invitation answered, someone joined or left my meetup, kicked,
/// confirmed, cancelled, new notice, starts in 1 hour. Nobody is notified of their own action.
/// </summary>
public sealed class MeetupNotificationHandler(INotificationRepository notifications, IMeetupRepository meetups, TimeProvider clock) :
    IDomainEventHandler<MeetupStartingSoonEvent>,
    IDomainEventHandler<MeetupInvitationSentEvent>,
    IDomainEventHandler<MeetupInvitationAnsweredEvent>,
    IDomainEventHandler<MeetupMemberJoinedEvent>,
    IDomainEventHandler<MeetupMemberLeftEvent>,
    IDomainEventHandler<MeetupMemberKickedEvent>,
    IDomainEventHandler<MeetupConfirmedEvent>,
    IDomainEventHandler<MeetupCancelledEvent>,
    IDomainEventHandler<MeetupNoticePostedEvent>
{
    public Task HandleAsync(MeetupStartingSoonEvent e, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var minutes = Math.Max(1, (int)Math.Ceiling((e.StartTime - now).TotalMinutes));
        return NotifyAsync(e.MemberIds, NotificationKind.MeetupStartsSoon, $"'{e.Title}' 모임이 {minutes}분 후에 시작합니다.", e.MeetupId, null, cancellationToken);
    }

    public Task HandleAsync(MeetupInvitationSentEvent e, CancellationToken cancellationToken) =>
        AboutAsync(e.MeetupId, m => ([e.InviteeId], NotificationKind.Invited, $"'{m.Title}' 모임에 초대받았습니다.", e.InviterId), cancellationToken);

    public Task HandleAsync(MeetupInvitationAnsweredEvent e, CancellationToken cancellationToken) =>
        AboutAsync(e.MeetupId, m => ([e.InviterId], NotificationKind.InvitationAnswered,
            e.Accepted ? $"'{m.Title}' 모임 초대가 수락되었습니다." : $"'{m.Title}' 모임 초대가 거절되었습니다.", e.InviteeId), cancellationToken);

    public Task HandleAsync(MeetupMemberJoinedEvent e, CancellationToken cancellationToken) =>
        AboutAsync(e.MeetupId, m => ([m.HostId], NotificationKind.MemberJoined, $"'{m.Title}' 모임에 새 멤버가 참여했습니다.", e.UserId), cancellationToken);

    public Task HandleAsync(MeetupMemberLeftEvent e, CancellationToken cancellationToken) =>
        AboutAsync(e.MeetupId, m => ([m.HostId], NotificationKind.MemberLeft, $"'{m.Title}' 모임에서 멤버가 나갔습니다.", e.UserId), cancellationToken);

    public Task HandleAsync(MeetupMemberKickedEvent e, CancellationToken cancellationToken) =>
        AboutAsync(e.MeetupId, m => ([e.UserId], NotificationKind.Kicked, $"'{m.Title}' 모임에서 강퇴되었습니다.", m.HostId), cancellationToken);

    public Task HandleAsync(MeetupConfirmedEvent e, CancellationToken cancellationToken) =>
        AboutAsync(e.MeetupId, m => (e.MemberIds, NotificationKind.MeetupConfirmed, $"'{m.Title}' 모임이 확정되었습니다.", m.HostId), cancellationToken);

    public Task HandleAsync(MeetupCancelledEvent e, CancellationToken cancellationToken) =>
        AboutAsync(e.MeetupId, m => (e.MemberIds, NotificationKind.MeetupCancelled,
            e.ByModerator ? $"'{m.Title}' 모임이 운영 정책에 따라 취소되었습니다." : $"'{m.Title}' 모임이 취소되었습니다.", e.ByModerator ? null : m.HostId), cancellationToken);

    public Task HandleAsync(MeetupNoticePostedEvent e, CancellationToken cancellationToken) =>
        AboutAsync(e.MeetupId, m => (e.MemberIds, NotificationKind.NoticePosted, $"'{m.Title}' 새 공지: {e.Title}", m.HostId), cancellationToken);

    /// <summary>Reads the meetup (tracked already in this unit of work, so usually no query: see <see cref="IMeetupRepository.FindAsync"/>) and notifies.</summary>
    private async Task AboutAsync(Guid meetupId, Func<Meetup, (IReadOnlyCollection<Guid> To, NotificationKind Kind, string Text, Guid? Actor)> describe, CancellationToken cancellationToken)
    {
        if (await meetups.FindAsync(meetupId, cancellationToken) is not { } meetup)
        {
            return;
        }

        var (to, kind, text, actor) = describe(meetup);
        await NotifyAsync(to, kind, text, meetupId, actor, cancellationToken);
    }

    private Task NotifyAsync(IReadOnlyCollection<Guid> to, NotificationKind kind, string text, Guid meetupId, Guid? actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var recipients = to.Where(id => id != actor).Distinct().Select(id => new Notification(id, kind, text, now, meetupId, actor)).ToList();
        return recipients.Count == 0 ? Task.CompletedTask : notifications.InsertManyAsync(recipients, cancellationToken);
    }
}
