using System.ComponentModel.DataAnnotations;
using Moyeora.Dtos;
using Moyeora.Meetups;

namespace Moyeora.Reports;

public sealed class CreateReportDto
{
    [Required, EnumDataType(typeof(ReportTargetType))]
    public ReportTargetType? TargetType { get; set; }

    /// <summary>A user's or meetup's id, or a chat message's number.</summary>
    [Required, StringLength(ReportConsts.MaxTargetIdLength)]
    public string TargetId { get; set; } = string.Empty;

    [Required, EnumDataType(typeof(ReportReason))]
    public ReportReason? Reason { get; set; }

    /// <summary>Up to 1,000 characters; required for <see cref="ReportReason.Other"/>.</summary>
    [StringLength(ReportConsts.MaxTextLength)]
    public string? Text { get; set; }
}

/// <summary>What the reporter gets back: the report was received. Its handling is for moderators only.</summary>
public sealed class ReportReceiptDto
{
    public Guid Id { get; set; }

    public DateTime CreationTime { get; set; }
}

/// <summary>Users report people, meetups and chat messages; one open report per reporter and target.</summary>
public interface IReportAppService
{
    Task<ReportReceiptDto> CreateAsync(CreateReportDto input, CancellationToken cancellationToken = default);
}

/// <summary>A report as moderators see it.</summary>
public sealed class ReportDto
{
    public Guid Id { get; set; }

    public ReportStatus Status { get; set; }

    public ReportTargetType TargetType { get; set; }

    public string TargetId { get; set; } = string.Empty;

    /// <summary>Who answers for the target: the user, the meetup's host, the message's sender.</summary>
    public UserSummaryDto? TargetUser { get; set; }

    public Guid? MeetupId { get; set; }

    /// <summary>The reported text (message, meetup title and description, nickname and status) as it was when reported.</summary>
    public string Snapshot { get; set; } = string.Empty;

    public ReportReason Reason { get; set; }

    public string? Text { get; set; }

    public UserSummaryDto Reporter { get; set; } = new();

    public DateTime CreationTime { get; set; }

    public Guid? ReviewerId { get; set; }

    public DateTime? ReviewStartTime { get; set; }

    public DateTime? ResolutionTime { get; set; }

    public ReportAction? Action { get; set; }

    public string? ResolutionNote { get; set; }

    /// <summary>Other open reports about the same target (acting on this one resolves them too).</summary>
    public int OtherOpenReports { get; set; }

    /// <summary>What a moderator may do about this report while it is open (hiding needs a message, cancelling a meetup, locking a person).</summary>
    public IReadOnlyList<ReportAction> AllowedActions { get; set; } = [];
}

public sealed class GetReportsDto : PagedRequestDto
{
    [EnumDataType(typeof(ReportStatus))]
    public ReportStatus? Status { get; set; }

    [EnumDataType(typeof(ReportTargetType))]
    public ReportTargetType? TargetType { get; set; }
}

public sealed class DismissReportDto
{
    [StringLength(ReportConsts.MaxNoteLength)]
    public string? Note { get; set; }
}

public sealed class ActOnReportDto
{
    [Required, EnumDataType(typeof(ReportAction))]
    public ReportAction? Action { get; set; }

    [StringLength(ReportConsts.MaxNoteLength)]
    public string? Note { get; set; }

    /// <summary>For <see cref="ReportAction.LockUser"/>: how many days (1–3650, default 7).</summary>
    [Range(1, ReportConsts.MaxLockDays)]
    public int? LockDays { get; set; }
}

/// <summary>The moderators' report queue (the admin UI's); every call needs <c>Moyeora.Reports.Manage</c>.</summary>
public interface IReportModerationAppService
{
    /// <summary>Oldest first; filter by status and target type.</summary>
    Task<PagedResultDto<ReportDto>> GetListAsync(GetReportsDto input, CancellationToken cancellationToken = default);

    Task<ReportDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Takes the report: it shows as in review by the caller.</summary>
    Task<ReportDto> StartReviewAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ReportDto> DismissAsync(Guid id, DismissReportDto input, CancellationToken cancellationToken = default);

    /// <summary>Hides the message, cancels the meetup or locks the person, and resolves every open report about the same target.</summary>
    Task<ReportDto> ActAsync(Guid id, ActOnReportDto input, CancellationToken cancellationToken = default);

    /// <summary>The report's target as it is now (the message, the meetup or the person) and the earlier reports about it.</summary>
    Task<ReportContextDto> GetContextAsync(Guid id, CancellationToken cancellationToken = default);
}

/// <summary>What a moderator needs beside a report to judge it.</summary>
public sealed class ReportContextDto
{
    public Guid ReportId { get; set; }

    /// <summary>The reported message as it is now (null when not a message, or erased since).</summary>
    public ReportedMessageDto? Message { get; set; }

    /// <summary>The meetup reported, or the one the reported message was sent in (null when erased, or a person is reported).</summary>
    public ReportedMeetupDto? Meetup { get; set; }

    /// <summary>The person reported, the meetup's host or the message's sender.</summary>
    public ReportedPersonDto? Person { get; set; }

    /// <summary>Reports about the same target made before this one, newest first (up to 10), and how many there are.</summary>
    public IReadOnlyList<ReportDto> EarlierReports { get; set; } = [];

    public long EarlierReportCount { get; set; }
}

public sealed class ReportedMessageDto
{
    public long Id { get; set; }

    public string Text { get; set; } = string.Empty;

    public DateTime CreationTime { get; set; }

    public bool IsHidden { get; set; }
}

public sealed class ReportedMeetupDto
{
    public Guid Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public MeetupStatus Status { get; set; }

    public bool IsHidden { get; set; }

    public int MemberCount { get; set; }

    public int MaxMembers { get; set; }

    public DateTime StartTime { get; set; }
}

public sealed class ReportedPersonDto
{
    public Guid Id { get; set; }

    public string Nickname { get; set; } = string.Empty;

    public bool IsActive { get; set; }

    public int Rating { get; set; }

    /// <summary>How many reports were ever made about the person.</summary>
    public long ReportCount { get; set; }
}
