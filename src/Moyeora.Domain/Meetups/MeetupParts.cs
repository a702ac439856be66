using Moyeora.ExceptionHandling;

namespace Moyeora.Meetups;

public sealed class MeetupParticipant
{
    private MeetupParticipant()
    {
    }

    internal MeetupParticipant(Guid meetupId, Guid userId, DateTime now)
    {
        MeetupId = meetupId;
        UserId = userId;
        JoinTime = now;
    }

    public Guid MeetupId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTime JoinTime { get; private set; }

    public DateTime? ConfirmationTime { get; private set; }

    /// <summary>When the member was told the meetup starts soon; each member is told once.</summary>
    public DateTime? ReminderTime { get; private set; }

    internal void Confirm(DateTime now) => ConfirmationTime = now;

    internal void MarkReminded(DateTime now) => ReminderTime = now;
}

public sealed class MeetupTag
{
    private MeetupTag()
    {
    }

    internal MeetupTag(Guid meetupId, int position, string value)
    {
        MeetupId = meetupId;
        Position = position;
        Value = value;
        NormalizedValue = value.ToUpperInvariant();
    }

    public Guid MeetupId { get; private set; }

    public int Position { get; private set; }

    public string Value { get; private set; } = null!;

    public string NormalizedValue { get; private set; } = null!;
}

/// <summary>A kicked user cannot join again unless invited again.</summary>
public sealed class MeetupKick
{
    private MeetupKick()
    {
    }

    internal MeetupKick(Guid meetupId, Guid userId, DateTime now)
    {
        MeetupId = meetupId;
        UserId = userId;
        KickTime = now;
    }

    public Guid MeetupId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTime KickTime { get; private set; }
}

public sealed class MeetupInvitation
{
    private MeetupInvitation()
    {
    }

    internal MeetupInvitation(Guid id, Guid meetupId, Guid inviterId, Guid inviteeId, DateTime now)
    {
        Id = id;
        MeetupId = meetupId;
        InviterId = inviterId;
        InviteeId = inviteeId;
        CreationTime = now;
        Status = InvitationStatus.Pending;
    }

    public Guid Id { get; private set; }

    public Guid MeetupId { get; private set; }

    public Guid InviterId { get; private set; }

    public Guid InviteeId { get; private set; }

    public InvitationStatus Status { get; private set; }

    public DateTime CreationTime { get; private set; }

    public DateTime? AnswerTime { get; private set; }

    /// <summary>Invitations expire when the meetup starts, whether or not a job has marked them yet.</summary>
    public bool IsPending(DateTime meetupStart, DateTime now) => Status == InvitationStatus.Pending && now < meetupStart;

    public InvitationStatus EffectiveStatus(DateTime meetupStart, DateTime now) =>
        Status == InvitationStatus.Pending && now >= meetupStart ? InvitationStatus.Expired : Status;

    internal void Answer(bool accepted, DateTime now)
    {
        Status = accepted ? InvitationStatus.Accepted : InvitationStatus.Declined;
        AnswerTime = now;
    }

    internal void Withdraw(DateTime now)
    {
        Status = InvitationStatus.Withdrawn;
        AnswerTime = now;
    }

    internal void Expire(DateTime now)
    {
        Status = InvitationStatus.Expired;
        AnswerTime = now;
    }
}

public sealed class MeetupNotice
{
    private MeetupNotice()
    {
    }

    public Guid Id { get; private set; }

    public Guid MeetupId { get; private set; }

    public string Title { get; private set; } = null!;

    public string Body { get; private set; } = null!;

    public DateTime CreationTime { get; private set; }

    internal static MeetupNotice Create(Guid meetupId, string? title, string? body, DateTime now)
    {
        var v = new FieldValidator();
        var cleanTitle = (title ?? string.Empty).Trim();
        var cleanBody = (body ?? string.Empty).Trim();
        if (cleanTitle.Length is 0 or > MeetupConsts.MaxNoticeTitleLength)
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupText, "title");
        }

        if (cleanBody.Length is 0 or > MeetupConsts.MaxNoticeBodyLength)
        {
            v.Fail(MoyeoraErrorCodes.InvalidMeetupText, "body");
        }

        v.ThrowIfInvalid();
        return new MeetupNotice { Id = Guid.NewGuid(), MeetupId = meetupId, Title = cleanTitle, Body = cleanBody, CreationTime = now };
    }
}
