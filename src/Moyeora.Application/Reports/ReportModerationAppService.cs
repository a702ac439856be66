using System.Globalization;
using Microsoft.Extensions.Logging;
using Moyeora.Auditing;
using Moyeora.Authorization;
using Moyeora.Chat;
using Moyeora.Domain;
using Moyeora.Dtos;
using Moyeora.ExceptionHandling;
using Moyeora.Meetups;
using Moyeora.Permissions;
using Moyeora.Users;

namespace Moyeora.Reports;

public sealed class ReportModerationAppService(
    IReportRepository reports,
    IUserRepository users,
    IMeetupRepository meetups,
    IChatMessageRepository messages,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    IAuditTrail audit,
    Moyeora.Live.ILiveBus live,
    ILogger<ReportModerationAppService> logger,
    TimeProvider clock) : IReportModerationAppService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<PagedResultDto<ReportDto>> GetListAsync(GetReportsDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.ReportsManage, cancellationToken);
        var (items, total) = await reports.GetPagedAsync(new ReportQuery(input.Status, input.TargetType), input.Skip(), input.Take(), cancellationToken);
        var people = await users.GetSummariesAsync(items.SelectMany(PeopleOf).ToList(), cancellationToken);
        return new PagedResultDto<ReportDto>(items.Select(r => ToDto(r, people, 0)).ToList(), total);
    }

    public async Task<ReportDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ToDtoAsync(await GetReportAsync(id, cancellationToken), cancellationToken);

    public async Task<ReportDto> StartReviewAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var report = await GetReportAsync(id, cancellationToken);
        var before = report.Status;
        report.StartReview(currentUser.GetRequiredId(), Now);
        await audit.RecordAsync(AuditActions.ReportReview, AuditTargetTypes.Report, report.Id.ToString(), null, AuditChange.Of("status", before, report.Status));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(report, cancellationToken);
    }

    public async Task<ReportDto> DismissAsync(Guid id, DismissReportDto input, CancellationToken cancellationToken = default)
    {
        var report = await GetReportAsync(id, cancellationToken);
        var before = report.Status;
        report.Dismiss(currentUser.GetRequiredId(), input.Note, Now);
        await audit.RecordAsync(AuditActions.ReportDismiss, AuditTargetTypes.Report, report.Id.ToString(), input.Note, AuditChange.Of("status", before, report.Status));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(report, cancellationToken);
    }

    public async Task<ReportDto> ActAsync(Guid id, ActOnReportDto input, CancellationToken cancellationToken = default)
    {
        var report = await GetReportAsync(id, cancellationToken);
        var moderatorId = currentUser.GetRequiredId();
        if (input.Action is not { } action || !report.Allows(action))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidReportAction, "action");
        }

        if (input.LockDays is < 1 or > ReportConsts.MaxLockDays)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidReportAction, "lockDays");
        }

        var now = Now;
        // Every open report about the same target is resolved together (this one included); a wrong state refuses before anything changes.
        var sameTarget = await reports.GetOpenForTargetAsync(report.TargetType, report.TargetId, cancellationToken);
        foreach (var open in sameTarget.Append(report).Distinct())
        {
            var status = open.Status;
            open.MarkActioned(moderatorId, action, input.Note, now);
            await audit.RecordAsync(AuditActions.ReportAct, AuditTargetTypes.Report, open.Id.ToString(), input.Note,
                AuditChange.Of("status", status, open.Status), AuditChange.Of("action", null, action));
        }

        ChatMessage? hidden = null;
        switch (action)
        {
            case ReportAction.HideMessage:
                hidden = await messages.FindAsync(long.Parse(report.TargetId, CultureInfo.InvariantCulture), cancellationToken) ?? throw TargetGone();
                var wasHidden = hidden.IsHidden;
                hidden.Hide(now);
                await audit.RecordAsync(AuditActions.ChatMessageHide, AuditTargetTypes.ChatMessage, report.TargetId, input.Note,
                    AuditChange.Of("hidden", wasHidden, hidden.IsHidden));
                break;
            case ReportAction.CancelMeetup:
                var meetup = await meetups.FindForUpdateAsync(report.MeetupId!.Value, cancellationToken) ?? throw TargetGone();
                var reason = string.IsNullOrWhiteSpace(input.Note) ? "운영 정책 위반" : input.Note.Trim();
                var statusBefore = meetup.Status;
                meetup.CancelByModerator(reason.Length <= MeetupConsts.MaxCancelReasonLength ? reason : reason[..MeetupConsts.MaxCancelReasonLength], now);
                await audit.RecordAsync(AuditActions.MeetupCancel, AuditTargetTypes.Meetup, meetup.Id.ToString(), input.Note,
                    AuditChange.Of("status", statusBefore, meetup.Status));
                break;
            case ReportAction.LockUser:
                var user = await users.FindAsync(report.TargetUserId!.Value, cancellationToken);
                if (user is not { IsActive: true })
                {
                    throw TargetGone();
                }

                var (lockedBefore, stampBefore) = (user.IsLockedByModerator(now) ? user.ModerationLockEnd : null, user.SecurityStamp);
                user.Lock(now.AddDays(input.LockDays ?? ReportConsts.DefaultLockDays), now);
                await audit.RecordAsync(AuditActions.UserLock, AuditTargetTypes.User, user.Id.ToString(), input.Note,
                    AuditChange.Of("lockedUntil", lockedBefore, user.ModerationLockEnd), AuditChange.Of("securityStamp", stampBefore, user.SecurityStamp));
                break;
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        if (hidden is not null)
        {
            await ResendHiddenAsync(hidden, cancellationToken);
        }

        return await ToDtoAsync(report, cancellationToken);
    }

    /// <summary>Open rooms get the message again, same id, hidden: clients replace what they show (the change is already stored).</summary>
    private async Task ResendHiddenAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var senders = await users.GetSummariesAsync(message.SenderId is { } id ? [id] : [], cancellationToken);
            await live.PublishAsync(new Moyeora.Live.ChatMessageLive(message.MeetupId, message.ToDto(senders)), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Message {MessageId} was hidden but open rooms were not told", message.Id);
        }
    }

    private async Task<Report> GetReportAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(MoyeoraPermissions.ReportsManage, cancellationToken);
        return await reports.FindAsync(id, cancellationToken) ?? throw BusinessException.NotFound(MoyeoraErrorCodes.ReportNotFound);
    }

    private async Task<ReportDto> ToDtoAsync(Report report, CancellationToken cancellationToken)
    {
        var people = await users.GetSummariesAsync(PeopleOf(report).ToList(), cancellationToken);
        var others = report.IsOpen ? (await reports.GetOpenForTargetAsync(report.TargetType, report.TargetId, cancellationToken)).Count(r => r.Id != report.Id) : 0;
        return ToDto(report, people, others);
    }

    private static IEnumerable<Guid> PeopleOf(Report report) =>
        report.TargetUserId is { } target ? [report.ReporterId, target] : [report.ReporterId];

    internal static ReportDto ToDto(Report r, IReadOnlyDictionary<Guid, UserSummary> people, int otherOpen) => new()
    {
        Id = r.Id,
        Status = r.Status,
        TargetType = r.TargetType,
        TargetId = r.TargetId,
        TargetUser = r.TargetUserId is { } t ? people.GetValueOrDefault(t).ToDto(t) : null,
        MeetupId = r.MeetupId,
        Snapshot = r.Snapshot,
        Reason = r.Reason,
        Text = r.Text,
        Reporter = people.GetValueOrDefault(r.ReporterId).ToDto(r.ReporterId),
        CreationTime = r.CreationTime,
        ReviewerId = r.ReviewerId,
        ReviewStartTime = r.ReviewStartTime,
        ResolutionTime = r.ResolutionTime,
        Action = r.Action,
        ResolutionNote = r.ResolutionNote,
        OtherOpenReports = otherOpen,
        AllowedActions = r.IsOpen ? Enum.GetValues<ReportAction>().Where(r.Allows).ToList() : [],
    };

    private static BusinessException TargetGone() =>
        BusinessException.NotFound(MoyeoraErrorCodes.ReportTargetNotFound);
}
