using System.Globalization;
using Moyeora.Authorization;
using Moyeora.Chat;
using Moyeora.Domain;
using Moyeora.ExceptionHandling;
using Moyeora.Meetups;
using Moyeora.Users;

namespace Moyeora.Reports;

public sealed class ReportAppService(
    IReportRepository reports,
    IUserRepository users,
    IMeetupRepository meetups,
    IChatMessageRepository messages,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : IReportAppService
{
    public async Task<ReportReceiptDto> CreateAsync(CreateReportDto input, CancellationToken cancellationToken = default)
    {
        var me = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        if (input.TargetType is not { } type || !Enum.IsDefined(type))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidReport, "targetType");
        }

        Report.CheckInput(input.Reason ?? default, input.Text); // the request's own mistakes first, then whether the target exists
        var target = await ResolveAsync(me.Id, type, input.TargetId?.Trim() ?? string.Empty, cancellationToken)
            ?? throw BusinessException.NotFound(MoyeoraErrorCodes.ReportTargetNotFound);
        var report = new Report(me.Id, target, input.Reason ?? default, input.Text, clock.GetUtcNow().UtcDateTime);
        if (await reports.HasOpenAsync(report.OpenKey!, cancellationToken))
        {
            throw new BusinessException(MoyeoraErrorCodes.ReportAlreadyOpen);
        }

        await reports.InsertAsync(report, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new ReportReceiptDto { Id = report.Id, CreationTime = report.CreationTime };
    }

    /// <summary>
    /// The target as the reporter can see it, or null: an inactive person, a meetup that is not public and not theirs,
    /// a message in a room they are not in (or from before they joined) are all "not found".
    /// </summary>
    private async Task<ReportTarget?> ResolveAsync(Guid reporterId, ReportTargetType type, string id, CancellationToken cancellationToken)
    {
        switch (type)
        {
            case ReportTargetType.User:
            {
                var userId = ParseGuid(id);
                var user = await users.FindAsync(userId, cancellationToken);
                return user is { IsActive: true }
                    ? new ReportTarget(type, userId.ToString("D"), user.Id, null, $"닉네임: {user.Nickname}\n상태 메시지: {user.StatusMessage}")
                    : null;
            }

            case ReportTargetType.Meetup:
            {
                var meetupId = ParseGuid(id);
                var meetup = await meetups.FindReadOnlyAsync(meetupId, cancellationToken);
                return meetup is not null && (meetup.Status == MeetupStatus.Recruiting || meetup.IsMember(reporterId))
                    ? new ReportTarget(type, meetupId.ToString("D"), meetup.HostId, meetup.Id, $"{meetup.Title}\n{meetup.Description}")
                    : null;
            }

            default:
            {
                if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var messageId) || messageId <= 0)
                {
                    throw InvalidTargetId();
                }

                var message = await messages.FindAsync(messageId, cancellationToken);
                var access = message is null ? null : await meetups.GetChatRoomAccessAsync(message.MeetupId, reporterId, cancellationToken);
                if (message is null || access?.JoinTime is not { } joined || message.CreationTime < joined)
                {
                    return null;
                }

                return message.SenderId is { } senderId
                    ? new ReportTarget(type, messageId.ToString(CultureInfo.InvariantCulture), senderId, message.MeetupId, message.Text)
                    : throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidReport, "targetId");
            }
        }
    }

    private static Guid ParseGuid(string id) => Guid.TryParse(id, out var guid) && guid != Guid.Empty ? guid : throw InvalidTargetId();

    private static BusinessException InvalidTargetId() =>
        BusinessException.Invalid(MoyeoraErrorCodes.InvalidReport, "targetId");
}
