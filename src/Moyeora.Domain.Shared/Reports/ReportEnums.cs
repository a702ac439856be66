namespace Moyeora.Reports;

public enum ReportTargetType
{
    User = 1,
    Meetup = 2,
    ChatMessage = 3,
}

/// <summary>The fixed reasons a report can give (spec §2); <see cref="Other"/> needs a text.</summary>
public enum ReportReason
{
    Spam = 1,
    Harassment = 2,
    Inappropriate = 3,
    Scam = 4,
    Impersonation = 5,
    Dangerous = 6,
    Other = 7,
}

public enum ReportStatus
{
    /// <summary>Waiting in the moderators' queue.</summary>
    Open = 1,

    /// <summary>A moderator took it.</summary>
    InReview = 2,

    Dismissed = 3,

    /// <summary>A moderator acted on it (or on another report about the same target).</summary>
    Actioned = 4,
}

/// <summary>What a moderator does about a report (spec §9).</summary>
public enum ReportAction
{
    /// <summary>Hide the reported chat message from everyone.</summary>
    HideMessage = 1,

    /// <summary>Cancel the reported meetup (or the meetup of the reported message); every member is told.</summary>
    CancelMeetup = 2,

    /// <summary>Lock the reported person (the user, the meetup's host or the message's sender) for some days; their sessions end.</summary>
    LockUser = 3,
}

public static class ReportConsts
{
    public const int MaxTextLength = 1000;
    public const int MaxNoteLength = 1000;
    public const int MaxTargetIdLength = 40;
    public const int MaxSnapshotLength = 1000;
    public const int MaxOpenKeyLength = 100;
    public const int DefaultLockDays = 7;
    public const int MaxLockDays = 3650;
}
