using Moyeora.Domain;
using Moyeora.ExceptionHandling;

namespace Moyeora.Reports;

/// <summary>
/// Someone reporting a user, a meetup or a chat message (spec §2), and how moderators dealt with it (spec §9). A
/// reporter has at most one open report per target: <see cref="OpenKey"/> is unique while the report is open and
/// cleared when it is resolved. What was reported is copied into <see cref="Snapshot"/>, so the evidence stays
/// when the target changes or is erased.
/// </summary>
public sealed class Report : AggregateRoot
{
    private Report()
    {
    }

    public Report(Guid reporterId, ReportTarget target, ReportReason reason, string? text, DateTime now)
        : base(Guid.NewGuid())
    {
        var clean = CheckInput(reason, text);
        if (target.ResponsibleUserId == reporterId)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.CannotReportSelf, "targetId");
        }

        ReporterId = reporterId;
        TargetType = target.Type;
        TargetId = target.Id;
        TargetUserId = target.ResponsibleUserId;
        MeetupId = target.MeetupId;
        Snapshot = target.Snapshot.Length <= ReportConsts.MaxSnapshotLength ? target.Snapshot : target.Snapshot[..ReportConsts.MaxSnapshotLength];
        Reason = reason;
        Text = clean;
        Status = ReportStatus.Open;
        CreationTime = now;
        OpenKey = KeyFor(reporterId, target.Type, target.Id);
    }

    public Guid ReporterId { get; private set; }

    public ReportTargetType TargetType { get; private set; }

    /// <summary>The user's or meetup's id, or the chat message's number, as text.</summary>
    public string TargetId { get; private set; } = null!;

    /// <summary>Who answers for the target: the user, the meetup's host, the message's sender.</summary>
    public Guid? TargetUserId { get; private set; }

    /// <summary>The meetup concerned (the target, or the message's room).</summary>
    public Guid? MeetupId { get; private set; }

    public string Snapshot { get; private set; } = null!;

    public ReportReason Reason { get; private set; }

    public string? Text { get; private set; }

    public ReportStatus Status { get; private set; }

    /// <summary>Unique while open; null once resolved.</summary>
    public string? OpenKey { get; private set; }

    public Guid? ReviewerId { get; private set; }

    public DateTime? ReviewStartTime { get; private set; }

    public DateTime? ResolutionTime { get; private set; }

    public ReportAction? Action { get; private set; }

    public string? ResolutionNote { get; private set; }

    public bool IsOpen => Status is ReportStatus.Open or ReportStatus.InReview;

    /// <summary>The reason is one of the list; the text (trimmed) at most 1,000 characters, and required for "other".</summary>
    public static string? CheckInput(ReportReason reason, string? text)
    {
        var validator = new FieldValidator();
        if (!Enum.IsDefined(reason))
        {
            validator.Fail(MoyeoraErrorCodes.InvalidReport, "reason");
        }

        var clean = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (clean is { Length: > ReportConsts.MaxTextLength })
        {
            validator.Fail(MoyeoraErrorCodes.InvalidReport, "text");
        }
        else if (reason == ReportReason.Other && clean is null)
        {
            validator.Fail(MoyeoraErrorCodes.InvalidReport, "text");
        }

        validator.ThrowIfInvalid();
        return clean;
    }

    public static string KeyFor(Guid reporterId, ReportTargetType type, string targetId) => $"{reporterId:N}:{(int)type}:{targetId}";

    /// <summary>A moderator takes the report (or takes it over from another).</summary>
    public void StartReview(Guid moderatorId, DateTime now)
    {
        EnsureOpen();
        Status = ReportStatus.InReview;
        ReviewerId = moderatorId;
        ReviewStartTime = now;
    }

    public void Dismiss(Guid moderatorId, string? note, DateTime now) => Resolve(moderatorId, ReportStatus.Dismissed, null, note, now);

    public void MarkActioned(Guid moderatorId, ReportAction action, string? note, DateTime now) => Resolve(moderatorId, ReportStatus.Actioned, action, note, now);

    /// <summary>Which actions make sense for this target: hiding needs a message; a meetup to cancel; a person to lock.</summary>
    public bool Allows(ReportAction action) => action switch
    {
        ReportAction.HideMessage => TargetType == ReportTargetType.ChatMessage,
        ReportAction.CancelMeetup => MeetupId is not null && TargetType != ReportTargetType.User,
        ReportAction.LockUser => TargetUserId is not null,
        _ => false,
    };

    private void Resolve(Guid moderatorId, ReportStatus status, ReportAction? action, string? note, DateTime now)
    {
        EnsureOpen();
        var clean = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (clean is { Length: > ReportConsts.MaxNoteLength })
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidReport, "note");
        }

        Status = status;
        Action = action;
        ResolutionNote = clean;
        ReviewerId = moderatorId;
        ReviewStartTime ??= now;
        ResolutionTime = now;
        OpenKey = null;
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new BusinessException(MoyeoraErrorCodes.ReportAlreadyResolved);
        }
    }
}

/// <summary>What is being reported, as the application resolved it (and checked the reporter may see it).</summary>
public sealed record ReportTarget(ReportTargetType Type, string Id, Guid? ResponsibleUserId, Guid? MeetupId, string Snapshot);

/// <param name="ReporterId">Only reports made by this person.</param>
/// <param name="TargetUserId">Only reports about this person (the user, the meetup's host or the message's sender).</param>
/// <param name="MeetupId">Only reports about this meetup, its messages included.</param>
/// <param name="TargetId">With <paramref name="TargetType"/>: only reports about this one target.</param>
public sealed record ReportQuery(ReportStatus? Status, ReportTargetType? TargetType, Guid? ReporterId = null, Guid? TargetUserId = null,
    Guid? MeetupId = null, string? TargetId = null);

public interface IReportRepository
{
    Task InsertAsync(Report report, CancellationToken cancellationToken = default);

    /// <summary>Tracked.</summary>
    Task<Report?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<bool> HasOpenAsync(string openKey, CancellationToken cancellationToken = default);

    /// <summary>Open or in-review reports about the same target, tracked (acting on one resolves them all).</summary>
    Task<IReadOnlyList<Report>> GetOpenForTargetAsync(ReportTargetType type, string targetId, CancellationToken cancellationToken = default);

    /// <summary>Oldest first (a queue), then id; <paramref name="newestFirst"/> for a person's history.</summary>
    Task<(IReadOnlyList<Report> Items, int TotalCount)> GetPagedAsync(ReportQuery query, int skip, int take, CancellationToken cancellationToken = default, bool newestFirst = false);
}
