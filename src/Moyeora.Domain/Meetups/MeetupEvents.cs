using Moyeora.Domain;

namespace Moyeora.Meetups;

/// <summary>Something happened to one meetup.</summary>
public interface IMeetupEvent : IDomainEvent
{
    Guid MeetupId { get; }
}

public sealed record MeetupCreatedEvent(Guid MeetupId, Guid HostId) : IMeetupEvent;

public sealed record MeetupChangedEvent(Guid MeetupId) : IMeetupEvent;

public sealed record MeetupMemberJoinedEvent(Guid MeetupId, Guid UserId, bool IsNowFull) : IMeetupEvent;

public sealed record MeetupMemberLeftEvent(Guid MeetupId, Guid UserId, bool WasFull) : IMeetupEvent;

public sealed record MeetupMemberKickedEvent(Guid MeetupId, Guid UserId, bool WasFull) : IMeetupEvent;

public sealed record MeetupHostChangedEvent(Guid MeetupId, Guid PreviousHostId, Guid NewHostId) : IMeetupEvent;

public sealed record MeetupMemberConfirmedEvent(Guid MeetupId, Guid UserId) : IMeetupEvent;

public sealed record MeetupConfirmedEvent(Guid MeetupId, IReadOnlyList<Guid> MemberIds) : IMeetupEvent;

/// <summary>A moderator hid the meetup from everyone but its members.</summary>
public sealed record MeetupHiddenEvent(Guid MeetupId) : IMeetupEvent;

public sealed record MeetupUnhiddenEvent(Guid MeetupId) : IMeetupEvent;

public sealed record MeetupCancelledEvent(Guid MeetupId, IReadOnlyList<Guid> MemberIds, bool ByModerator = false) : IMeetupEvent;

public sealed record MeetupEndedEvent(Guid MeetupId) : IMeetupEvent;

public sealed record MeetupInvitationSentEvent(Guid MeetupId, Guid InvitationId, Guid InviterId, Guid InviteeId) : IMeetupEvent;

public sealed record MeetupInvitationAnsweredEvent(Guid MeetupId, Guid InvitationId, Guid InviterId, Guid InviteeId, bool Accepted) : IMeetupEvent;

public sealed record MeetupNoticePostedEvent(Guid MeetupId, Guid NoticeId, string Title, IReadOnlyList<Guid> MemberIds) : IMeetupEvent;

public sealed record MeetupStartingSoonEvent(Guid MeetupId, string Title, DateTime StartTime, IReadOnlyList<Guid> MemberIds) : IMeetupEvent;
