using Moyeora.Domain;
using Moyeora.ExceptionHandling;

namespace Moyeora.Meetups;

/// <summary>
/// A small meetup: its details, members, tags, kicks, invitations and notices, and its lifecycle
/// (Recruiting → Confirmed → Ended, or Cancelled; "full" is derived). <see cref="MemberCount"/> is stored
/// and guarded by the concurrency stamp and a database check, so capacity holds under concurrent joins.
/// </summary>
public sealed class Meetup : AggregateRoot
{
    private readonly List<MeetupParticipant> _participants = [];
    private readonly List<MeetupTag> _tags = [];
    private readonly List<MeetupKick> _kicks = [];
    private readonly List<MeetupInvitation> _invitations = [];
    private readonly List<MeetupNotice> _notices = [];

    private Meetup()
    {
    }

    public Meetup(Guid id, Guid hostId, MeetupDetails details, DateTime now)
        : base(id)
    {
        HostId = hostId;
        CreationTime = now;
        Apply(details.Validate(now));
        Status = MeetupStatus.Recruiting;
        _participants.Add(new MeetupParticipant(id, hostId, now));
        MemberCount = 1;
        AddDomainEvent(new MeetupCreatedEvent(id, hostId));
    }

    public Guid HostId { get; private set; }

    public string Title { get; private set; } = null!;

    /// <summary>Upper-cased title for case-insensitive search.</summary>
    public string NormalizedTitle { get; private set; } = null!;

    public string? Description { get; private set; }

    public string? ImageUrl { get; private set; }

    public int MaxMembers { get; private set; }

    public int MemberCount { get; private set; }

    public DateTime StartTime { get; private set; }

    public DateTime EndTime { get; private set; }

    public bool IsOnline { get; private set; }

    public string? Place { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public string? WhatToBring { get; private set; }

    public MeetupStatus Status { get; private set; }

    public DateTime? ConfirmationTime { get; private set; }

    public DateTime? CancellationTime { get; private set; }

    public string? CancelReason { get; private set; }

    /// <summary>
    /// When a moderator hid the meetup: gone from public lists, search, nearby and the live map for everyone but its
    /// members (who still see it and its chat); <see cref="Unhide"/> brings it back.
    /// </summary>
    public DateTime? HiddenTime { get; private set; }

    public bool IsHidden => HiddenTime is not null;

    public bool IsFull => MemberCount >= MaxMembers;

    public IReadOnlyList<MeetupParticipant> Participants => _participants;

    public IReadOnlyList<string> Tags => _tags.OrderBy(t => t.Position).Select(t => t.Value).ToList();

    public IReadOnlyList<MeetupInvitation> Invitations => _invitations;

    public IReadOnlyList<MeetupNotice> Notices => _notices;

    public bool HasStarted(DateTime now) => now >= StartTime;

    public bool IsMember(Guid userId) => _participants.Any(p => p.UserId == userId);

    public bool WasKicked(Guid userId) => _kicks.Any(k => k.UserId == userId);

    /// <summary>Chat is read-only once the meetup is over or cancelled.</summary>
    public bool IsChatOpen(DateTime now) => IsChatOpen(Status, EndTime, now);

    /// <summary>A meetup's chat takes messages while it is recruiting or confirmed and not yet over.</summary>
    public static bool IsChatOpen(MeetupStatus status, DateTime endTime, DateTime now) =>
        status is MeetupStatus.Recruiting or MeetupStatus.Confirmed && now < endTime;

    public void Update(Guid callerId, MeetupDetails details, DateTime now)
    {
        EnsureHost(callerId);
        EnsureRecruiting();
        var valid = details.Validate(now);
        if (valid.MaxMembers < MemberCount)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.CapacityBelowMemberCount, "maxMembers").WithDetail("memberCount", MemberCount);
        }

        Apply(valid);
        AddDomainEvent(new MeetupChangedEvent(Id));
    }

    /// <param name="invited">Joining by accepting an invitation, which lifts an earlier kick.</param>
    public void Join(Guid userId, DateTime now, bool invited = false)
    {
        EnsureRecruiting();
        if (HasStarted(now))
        {
            throw new BusinessException(MoyeoraErrorCodes.MeetupAlreadyStarted);
        }

        if (IsMember(userId))
        {
            throw new BusinessException(MoyeoraErrorCodes.AlreadyMember);
        }

        if (WasKicked(userId) && !invited)
        {
            throw new BusinessException(MoyeoraErrorCodes.KickedFromMeetup, ErrorKind.Forbidden);
        }

        if (IsFull)
        {
            throw new BusinessException(MoyeoraErrorCodes.MeetupFull);
        }

        _kicks.RemoveAll(k => k.UserId == userId);
        _participants.Add(new MeetupParticipant(Id, userId, now));
        MemberCount++;
        AddDomainEvent(new MeetupMemberJoinedEvent(Id, userId, IsFull));
    }

    public void Leave(Guid userId, DateTime now)
    {
        var participant = GetParticipant(userId);
        if (userId == HostId)
        {
            throw new BusinessException(MoyeoraErrorCodes.HostCannotLeave);
        }

        EnsureRecruiting();
        RemoveLeaving(participant);
    }

    /// <summary>
    /// The member's account was deleted (deactivated): a host hands the meetup over first (or cancels it
    /// when alone), then the member leaves it as by <see cref="Leave"/> while it is still recruiting, freeing
    /// the seat at once. A confirmed meetup is frozen and keeps them; ended and cancelled ones are history.
    /// Returns whether they left. Idempotent.
    /// </summary>
    public bool LeaveOnAccountDeletion(Guid userId, DateTime now)
    {
        if (userId == HostId)
        {
            ReleaseHost(now);
        }

        var participant = _participants.FirstOrDefault(p => p.UserId == userId);
        if (Status != MeetupStatus.Recruiting || participant is null || userId == HostId)
        {
            return false;
        }

        RemoveLeaving(participant);
        return true;
    }

    private void RemoveLeaving(MeetupParticipant participant)
    {
        var wasFull = IsFull;
        _participants.Remove(participant);
        MemberCount--;
        AddDomainEvent(new MeetupMemberLeftEvent(Id, participant.UserId, wasFull));
    }

    public void Kick(Guid callerId, Guid userId, DateTime now)
    {
        EnsureHost(callerId);
        if (userId == callerId)
        {
            throw new BusinessException(MoyeoraErrorCodes.CannotKickSelf, ErrorKind.Invalid);
        }

        EnsureRecruiting();
        var participant = GetParticipant(userId);
        var wasFull = IsFull;
        _participants.Remove(participant);
        MemberCount--;
        _kicks.Add(new MeetupKick(Id, userId, now));
        foreach (var invitation in _invitations.Where(i => i.InviteeId == userId && i.Status == InvitationStatus.Pending))
        {
            invitation.Withdraw(now);
        }

        AddDomainEvent(new MeetupMemberKickedEvent(Id, userId, wasFull));
    }

    public void HandOver(Guid callerId, Guid newHostId)
    {
        EnsureHost(callerId);
        EnsureNotOver();
        if (newHostId == callerId)
        {
            return;
        }

        GetParticipant(newHostId);
        HostId = newHostId;
        AddDomainEvent(new MeetupHostChangedEvent(Id, callerId, newHostId));
    }

    /// <summary>
    /// The host's account was deleted: the longest-standing other member becomes host; with nobody
    /// else in it the meetup is cancelled (spec §1).
    /// </summary>
    public void ReleaseHost(DateTime now)
    {
        if (Status is MeetupStatus.Ended or MeetupStatus.Cancelled)
        {
            return;
        }

        var successor = _participants.Where(p => p.UserId != HostId).OrderBy(p => p.JoinTime).ThenBy(p => p.UserId).FirstOrDefault();
        if (successor is null)
        {
            Cancel(HostId, "모임장이 탈퇴해 모임이 취소되었습니다.", now);
            return;
        }

        HandOver(HostId, successor.UserId);
    }

    /// <summary>
    /// An account is being erased: it leaves this open meetup whatever its state (a host hands over
    /// first, as on deactivation). Ended and cancelled meetups keep it as history. Idempotent.
    /// </summary>
    public void RemoveErasedMember(Guid userId, DateTime now)
    {
        if (userId == HostId)
        {
            ReleaseHost(now);
        }

        var participant = _participants.FirstOrDefault(p => p.UserId == userId);
        if (Status is MeetupStatus.Ended or MeetupStatus.Cancelled || participant is null)
        {
            return;
        }

        RemoveLeaving(participant);
    }

    /// <summary>
    /// A member says they will come. The host confirms last, never alone; the host's confirmation
    /// freezes the meetup (membership and details).
    /// </summary>
    public void Confirm(Guid userId, DateTime now)
    {
        var participant = GetParticipant(userId);
        EnsureRecruiting();
        if (participant.ConfirmationTime is not null)
        {
            throw new BusinessException(MoyeoraErrorCodes.AlreadyConfirmed);
        }

        if (userId == HostId)
        {
            if (MemberCount < 2)
            {
                throw new BusinessException(MoyeoraErrorCodes.MeetupHostAlone);
            }

            if (_participants.Any(p => p.UserId != HostId && p.ConfirmationTime is null))
            {
                throw new BusinessException(MoyeoraErrorCodes.HostMustConfirmLast);
            }

            participant.Confirm(now);
            Status = MeetupStatus.Confirmed;
            ConfirmationTime = now;
            foreach (var invitation in _invitations.Where(i => i.Status == InvitationStatus.Pending))
            {
                invitation.Withdraw(now);
            }

            AddDomainEvent(new MeetupConfirmedEvent(Id, _participants.Select(p => p.UserId).ToList()));
            return;
        }

        participant.Confirm(now);
        AddDomainEvent(new MeetupMemberConfirmedEvent(Id, userId));
    }

    public void Cancel(Guid callerId, string? reason, DateTime now)
    {
        EnsureHost(callerId);
        CancelCore(reason, now, byModerator: false);
    }

    /// <summary>A moderator acting on a report cancels the meetup whatever its members do; the host is told too.</summary>
    public void CancelByModerator(string? reason, DateTime now) => CancelCore(reason, now, byModerator: true);

    private void CancelCore(string? reason, DateTime now, bool byModerator)
    {
        EnsureNotOver();
        if (reason is { Length: > MeetupConsts.MaxCancelReasonLength })
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidMeetupText, "reason");
        }

        Status = MeetupStatus.Cancelled;
        CancellationTime = now;
        CancelReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        foreach (var invitation in _invitations.Where(i => i.Status == InvitationStatus.Pending))
        {
            invitation.Withdraw(now);
        }

        AddDomainEvent(new MeetupCancelledEvent(Id, _participants.Select(p => p.UserId).ToList(), byModerator));
    }

    /// <summary>A moderator hides the meetup from everyone but its members (reversible with <see cref="Unhide"/>).</summary>
    public void Hide(DateTime now)
    {
        if (IsHidden)
        {
            return;
        }

        HiddenTime = now;
        AddDomainEvent(new MeetupHiddenEvent(Id));
    }

    public void Unhide()
    {
        if (!IsHidden)
        {
            return;
        }

        HiddenTime = null;
        AddDomainEvent(new MeetupUnhiddenEvent(Id));
    }

    /// <summary>Whether someone who is not a member may see the meetup at all: not hidden by a moderator.</summary>
    public bool IsVisibleTo(Guid? userId) => !IsHidden || userId is { } id && IsMember(id);

    /// <summary>The host may delete a meetup only while alone in it; with members it is cancelled instead.</summary>
    public void EnsureCanDelete(Guid callerId)
    {
        EnsureHost(callerId);
        if (MemberCount > 1)
        {
            throw new BusinessException(MoyeoraErrorCodes.MeetupHasMembers);
        }
    }

    public MeetupInvitation Invite(Guid callerId, Guid inviteeId, DateTime now)
    {
        EnsureHost(callerId);
        if (inviteeId == callerId)
        {
            throw new BusinessException(MoyeoraErrorCodes.CannotInviteSelf, ErrorKind.Invalid);
        }

        EnsureRecruiting();
        if (HasStarted(now))
        {
            throw new BusinessException(MoyeoraErrorCodes.MeetupAlreadyStarted);
        }

        if (IsMember(inviteeId))
        {
            throw new BusinessException(MoyeoraErrorCodes.AlreadyMember);
        }

        if (IsFull)
        {
            throw new BusinessException(MoyeoraErrorCodes.MeetupFull);
        }

        if (_invitations.Any(i => i.InviteeId == inviteeId && i.IsPending(StartTime, now)))
        {
            throw new BusinessException(MoyeoraErrorCodes.AlreadyInvited);
        }

        var invitation = new MeetupInvitation(Guid.NewGuid(), Id, callerId, inviteeId, now);
        _invitations.Add(invitation);
        AddDomainEvent(new MeetupInvitationSentEvent(Id, invitation.Id, callerId, inviteeId));
        return invitation;
    }

    public void AcceptInvitation(Guid invitationId, Guid userId, DateTime now)
    {
        var invitation = GetPendingInvitation(invitationId, userId, now);
        Join(userId, now, invited: true);
        invitation.Answer(accepted: true, now);
        AddDomainEvent(new MeetupInvitationAnsweredEvent(Id, invitation.Id, invitation.InviterId, userId, Accepted: true));
    }

    public void DeclineInvitation(Guid invitationId, Guid userId, DateTime now)
    {
        var invitation = GetPendingInvitation(invitationId, userId, now);
        invitation.Answer(accepted: false, now);
        AddDomainEvent(new MeetupInvitationAnsweredEvent(Id, invitation.Id, invitation.InviterId, userId, Accepted: false));
    }

    /// <summary>Marks pending invitations of a started meetup as expired (idempotent).</summary>
    public int ExpireInvitations(DateTime now)
    {
        if (!HasStarted(now))
        {
            return 0;
        }

        var pending = _invitations.Where(i => i.Status == InvitationStatus.Pending).ToList();
        pending.ForEach(i => i.Expire(now));
        return pending.Count;
    }

    public MeetupNotice PostNotice(Guid callerId, string? title, string? body, DateTime now)
    {
        EnsureHost(callerId);
        EnsureNotOver();
        var notice = MeetupNotice.Create(Id, title, body, now);
        _notices.Add(notice);
        AddDomainEvent(new MeetupNoticePostedEvent(Id, notice.Id, notice.Title, _participants.Select(p => p.UserId).ToList()));
        return notice;
    }

    /// <summary>At its end time a recruiting or confirmed meetup ends; chat becomes read-only.</summary>
    public bool End(DateTime now)
    {
        if (Status is not (MeetupStatus.Recruiting or MeetupStatus.Confirmed) || now < EndTime)
        {
            return false;
        }

        Status = MeetupStatus.Ended;
        AddDomainEvent(new MeetupEndedEvent(Id));
        return true;
    }

    /// <summary>
    /// Within <paramref name="leadTime"/> of the start of a recruiting or confirmed meetup, tells every member
    /// not yet told that it starts soon; a member who joins later is told on the next call. Idempotent.
    /// </summary>
    public int RemindStartingSoon(DateTime now, TimeSpan leadTime)
    {
        if (Status is not (MeetupStatus.Recruiting or MeetupStatus.Confirmed) || HasStarted(now) || StartTime - now > leadTime)
        {
            return 0;
        }

        var due = _participants.Where(p => p.ReminderTime is null).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        due.ForEach(p => p.MarkReminded(now));
        AddDomainEvent(new MeetupStartingSoonEvent(Id, Title, StartTime, due.Select(p => p.UserId).ToList()));
        return due.Count;
    }

    private void Apply(MeetupDetails details)
    {
        Title = details.Title!;
        NormalizedTitle = Title.ToUpperInvariant();
        Description = details.Description;
        ImageUrl = details.ImageUrl;
        MaxMembers = details.MaxMembers;
        StartTime = details.StartTime;
        EndTime = details.EndTime;
        IsOnline = details.IsOnline;
        Place = details.Place;
        Latitude = details.Latitude;
        Longitude = details.Longitude;
        WhatToBring = details.WhatToBring;
        var tags = details.Tags!.Select(t => t!).ToList();
        if (!Tags.SequenceEqual(tags))
        {
            _tags.Clear();
            _tags.AddRange(tags.Select((t, i) => new MeetupTag(Id, i, t)));
        }
    }

    private MeetupParticipant GetParticipant(Guid userId) =>
        _participants.FirstOrDefault(p => p.UserId == userId)
        ?? throw new BusinessException(MoyeoraErrorCodes.NotMeetupMember, ErrorKind.Forbidden);

    private MeetupInvitation GetPendingInvitation(Guid invitationId, Guid userId, DateTime now)
    {
        var invitation = _invitations.FirstOrDefault(i => i.Id == invitationId && i.InviteeId == userId)
            ?? throw BusinessException.NotFound(MoyeoraErrorCodes.InvitationNotFound);
        if (!invitation.IsPending(StartTime, now))
        {
            throw new BusinessException(MoyeoraErrorCodes.InvitationNotPending);
        }

        return invitation;
    }

    private void EnsureHost(Guid callerId)
    {
        if (callerId != HostId)
        {
            throw new BusinessException(MoyeoraErrorCodes.NotMeetupHost, ErrorKind.Forbidden);
        }
    }

    private void EnsureRecruiting()
    {
        switch (Status)
        {
            case MeetupStatus.Recruiting:
                return;
            case MeetupStatus.Confirmed:
                throw new BusinessException(MoyeoraErrorCodes.MeetupConfirmed);
            default:
                throw new BusinessException(MoyeoraErrorCodes.MeetupNotRecruiting);
        }
    }

    private void EnsureNotOver()
    {
        if (Status is MeetupStatus.Ended or MeetupStatus.Cancelled)
        {
            throw new BusinessException(MoyeoraErrorCodes.MeetupNotRecruiting);
        }
    }
}
