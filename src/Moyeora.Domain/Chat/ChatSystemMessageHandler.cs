using Moyeora.Domain;
using Moyeora.Meetups;
using Moyeora.Users;

namespace Moyeora.Chat;

/// <summary>Writes the room's system messages for joins, departures, kicks, notices, hand-overs, confirmation and cancellation.</summary>
public sealed class ChatSystemMessageHandler(IChatMessageRepository messages, IUserRepository users, TimeProvider clock) :
    IDomainEventHandler<MeetupMemberJoinedEvent>,
    IDomainEventHandler<MeetupMemberLeftEvent>,
    IDomainEventHandler<MeetupMemberKickedEvent>,
    IDomainEventHandler<MeetupNoticePostedEvent>,
    IDomainEventHandler<MeetupConfirmedEvent>,
    IDomainEventHandler<MeetupHostChangedEvent>,
    IDomainEventHandler<MeetupCancelledEvent>
{
    public async Task HandleAsync(MeetupMemberJoinedEvent e, CancellationToken cancellationToken) =>
        await WriteAsync(e.MeetupId, ChatMessageKind.MemberJoined, e.UserId, n => $"{n}님이 참여했습니다.", cancellationToken);

    public async Task HandleAsync(MeetupMemberLeftEvent e, CancellationToken cancellationToken) =>
        await WriteAsync(e.MeetupId, ChatMessageKind.MemberLeft, e.UserId, n => $"{n}님이 나갔습니다.", cancellationToken);

    public async Task HandleAsync(MeetupMemberKickedEvent e, CancellationToken cancellationToken) =>
        await WriteAsync(e.MeetupId, ChatMessageKind.MemberKicked, e.UserId, n => $"{n}님이 강퇴되었습니다.", cancellationToken);

    public async Task HandleAsync(MeetupNoticePostedEvent e, CancellationToken cancellationToken) =>
        await WriteAsync(e.MeetupId, ChatMessageKind.NoticePosted, null, _ => $"새 공지: {e.Title}", cancellationToken);

    public async Task HandleAsync(MeetupConfirmedEvent e, CancellationToken cancellationToken) =>
        await WriteAsync(e.MeetupId, ChatMessageKind.MeetupConfirmed, null, _ => "모임이 확정되었습니다.", cancellationToken);

    public async Task HandleAsync(MeetupHostChangedEvent e, CancellationToken cancellationToken) =>
        await WriteAsync(e.MeetupId, ChatMessageKind.HostChanged, e.NewHostId, n => $"{n}님이 새 모임장이 되었습니다.", cancellationToken);

    public async Task HandleAsync(MeetupCancelledEvent e, CancellationToken cancellationToken) =>
        await WriteAsync(e.MeetupId, ChatMessageKind.MeetupCancelled, null, _ => "모임이 취소되었습니다.", cancellationToken);

    private async Task WriteAsync(Guid meetupId, ChatMessageKind kind, Guid? subject, Func<string, string> text, CancellationToken cancellationToken)
    {
        var nickname = "알 수 없는 사용자";
        if (subject is { } id && (await users.GetSummariesAsync([id], cancellationToken)).TryGetValue(id, out var summary))
        {
            nickname = summary.Nickname;
        }

        await messages.InsertAsync(ChatMessage.FromSystem(meetupId, kind, subject, text(nickname), clock.GetUtcNow().UtcDateTime), cancellationToken);
    }
}
