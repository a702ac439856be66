using Moyeora.Domain;

namespace Moyeora.Meetups;

public sealed record MeetupCreatedEvent(Guid MeetupId, Guid HostId) : IDomainEvent;

public sealed record MeetupChangedEvent(Guid MeetupId) : IDomainEvent;

public sealed record MeetupMemberJoinedEvent(Guid MeetupId, Guid UserId, bool IsNowFull) : IDomainEvent;

public sealed record MeetupMemberLeftEvent(Guid MeetupId, Guid UserId, bool WasFull) : IDomainEvent;

public sealed record MeetupMemberKickedEvent(Guid MeetupId, Guid UserId, bool WasFull) : IDomainEvent;

public sealed record MeetupHostChangedEvent(Guid MeetupId, Guid PreviousHostId, Guid NewHostId) : IDomainEvent;

public sealed record MeetupMemberConfirmedEvent(Guid MeetupId, Guid UserId) : IDomainEvent;

public sealed record MeetupConfirmedEvent(Guid MeetupId, IReadOnlyList<Guid> MemberIds) : IDomainEvent;

public sealed record MeetupCancelledEvent(Guid MeetupId, IReadOnlyList<Guid> MemberIds) : IDomainEvent;

public sealed record MeetupEndedEvent(Guid MeetupId) : IDomainEvent;

public sealed record MeetupInvitationSentEvent(Guid MeetupId, Guid InvitationId, Guid InviterId, Guid InviteeId) : IDomainEvent;

public sealed record MeetupInvitationAnsweredEvent(Guid MeetupId, Guid InvitationId, Guid InviterId, Guid InviteeId, bool Accepted) : IDomainEvent;

public sealed record MeetupNoticePostedEvent(Guid MeetupId, Guid NoticeId, string Title, IReadOnlyList<Guid> MemberIds) : IDomainEvent;
