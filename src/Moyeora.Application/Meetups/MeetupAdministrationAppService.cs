using System.Globalization;
using Microsoft.Extensions.Logging;
using Moyeora.Auditing;
using Moyeora.Authorization;
using Moyeora.Chat;
using Moyeora.Domain;
using Moyeora.Dtos;
using Moyeora.ExceptionHandling;
using Moyeora.Permissions;
using Moyeora.Reports;
using Moyeora.Users;

namespace Moyeora.Meetups;

public sealed class MeetupAdministrationAppService(
    IMeetupRepository meetups,
    IUserRepository users,
    IChatMessageRepository chat,
    IReportRepository reports,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    IAuditTrail audit,
    TimeProvider clock,
    ILogger<MeetupAdministrationAppService> logger) : IMeetupAdministrationAppService
{
    /// <summary>How many notices and reports the detail shows (the newest).</summary>
    public const int DetailListSize = 20;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<PagedResultDto<MeetupAdminListItemDto>> GetListAsync(GetMeetupsForAdministrationDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.MeetupsModerate, cancellationToken);
        if (input.Status is { } status && !Enum.IsDefined(status))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "status");
        }

        var text = input.Filter?.Trim();
        if (text is { Length: > MeetupConsts.MaxTitleLength })
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "filter");
        }

        var (from, to) = KoreanDay(input.Date);
        Guid? hostId = null;
        if (!string.IsNullOrWhiteSpace(input.Host))
        {
            hostId = await FindHostAsync(input.Host.Trim(), cancellationToken);
            if (hostId is null)
            {
                return new PagedResultDto<MeetupAdminListItemDto>([], 0);
            }
        }

        if (Guid.TryParse(text, out var meetupId))
        {
            var one = await meetups.FindReadOnlyAsync(meetupId, cancellationToken);
            var found = one is null ? [] : new[] { one };
            return new PagedResultDto<MeetupAdminListItemDto>(await ToListAsync(found, cancellationToken), found.Length);
        }

        var search = new MeetupAdminSearch(
            string.IsNullOrEmpty(text) ? null : text.Normalize(System.Text.NormalizationForm.FormC).ToUpperInvariant(),
            hostId, input.Status, from, to, input.Hidden);
        var (items, total) = await meetups.GetPagedForAdministrationAsync(search, input.Skip(), input.Take(), cancellationToken);
        return new PagedResultDto<MeetupAdminListItemDto>(await ToListAsync(items, cancellationToken), total);
    }

    public async Task<MeetupAdminDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.MeetupsModerate, cancellationToken);
        var meetup = await meetups.FindReadOnlyAsync(id, cancellationToken) ?? throw BusinessException.NotFound(MoyeoraErrorCodes.MeetupNotFound);
        return await ToDetailAsync(meetup, cancellationToken);
    }

    public Task<MeetupAdminDetailDto> CancelAsync(Guid id, MeetupModerationDto input, CancellationToken cancellationToken = default) =>
        ModerateAsync(id, input, AuditActions.MeetupCancel, (meetup, reason, now) => meetup.CancelByModerator(reason, now), cancellationToken);

    public Task<MeetupAdminDetailDto> HideAsync(Guid id, MeetupModerationDto input, CancellationToken cancellationToken = default) =>
        ModerateAsync(id, input, AuditActions.MeetupHide, (meetup, _, now) => meetup.Hide(now), cancellationToken);

    public Task<MeetupAdminDetailDto> UnhideAsync(Guid id, MeetupModerationDto input, CancellationToken cancellationToken = default) =>
        ModerateAsync(id, input, AuditActions.MeetupUnhide, (meetup, _, _) => meetup.Unhide(), cancellationToken);

    private async Task<MeetupAdminDetailDto> ModerateAsync(Guid id, MeetupModerationDto input, string action, Action<Meetup, string, DateTime> change,
        CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(MoyeoraPermissions.MeetupsModerate, cancellationToken);
        var reason = input.Reason?.Trim() ?? string.Empty;
        if (reason.Length == 0 || reason.Length > MeetupConsts.MaxCancelReasonLength)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "reason");
        }

        var meetup = await unitOfWork.RetryOnConflictAsync(async () =>
        {
            var loaded = await meetups.FindForUpdateAsync(id, cancellationToken) ?? throw BusinessException.NotFound(MoyeoraErrorCodes.MeetupNotFound);
            var (statusBefore, hiddenBefore) = (loaded.Status, loaded.IsHidden);
            change(loaded, reason, Now);
            await audit.RecordAsync(action, AuditTargetTypes.Meetup, loaded.Id.ToString(), reason,
                AuditChange.OnlyChanged(AuditChange.Of("status", statusBefore, loaded.Status), AuditChange.Of("hidden", hiddenBefore, loaded.IsHidden)));
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return loaded;
        });
        logger.LogInformation("Meetup {MeetupId}: {Action} by {ModeratorId}: {Reason}", meetup.Id, action, currentUser.Id, reason);
        return await ToDetailAsync(meetup, cancellationToken);
    }

    private async Task<Guid?> FindHostAsync(string host, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(host, out var id))
        {
            return id;
        }

        if (PhoneNumber.TryNormalize(host, out var phone))
        {
            return (await users.FindByPhoneNumberAsync(phone, cancellationToken))?.Id;
        }

        return await users.FindActiveIdAsync(UserRules.NormalizeNickname(host), null, cancellationToken);
    }

    private static (DateTime? From, DateTime? To) KoreanDay(string? date)
    {
        if (string.IsNullOrWhiteSpace(date))
        {
            return (null, null);
        }

        if (!DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || day.Year is < MeetupConsts.MinSearchYear or > MeetupConsts.MaxSearchYear)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "date");
        }

        var zone = TimeZones.Resolve(TimeZones.Default);
        var start = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return (TimeZones.ToUtc(start, zone), TimeZones.ToUtc(start.AddDays(1), zone));
    }

    private async Task<IReadOnlyList<MeetupAdminListItemDto>> ToListAsync(IReadOnlyList<Meetup> items, CancellationToken cancellationToken)
    {
        var hosts = await users.GetSummariesAsync(items.Select(m => m.HostId).ToList(), cancellationToken);
        return items.Select(m => new MeetupAdminListItemDto
        {
            Id = m.Id,
            Title = m.Title,
            HostId = m.HostId,
            HostNickname = hosts.GetValueOrDefault(m.HostId)?.Nickname ?? string.Empty,
            Status = m.Status,
            StartTime = m.StartTime,
            MemberCount = m.MemberCount,
            MaxMembers = m.MaxMembers,
            IsOnline = m.IsOnline,
            HiddenTime = m.HiddenTime,
            CreationTime = m.CreationTime,
        }).ToList();
    }

    private async Task<MeetupAdminDetailDto> ToDetailAsync(Meetup meetup, CancellationToken cancellationToken)
    {
        var (notices, noticeCount) = await meetups.GetNoticesAsync(meetup.Id, 0, DetailListSize, cancellationToken);
        var volume = await chat.GetVolumeAsync(meetup.Id, Now.AddDays(-1), cancellationToken);
        var (about, reportCount) = await reports.GetPagedAsync(new ReportQuery(null, null, MeetupId: meetup.Id), 0, DetailListSize, cancellationToken, newestFirst: true);
        var people = await users.GetSummariesAsync(
            meetup.Participants.Select(p => p.UserId).Append(meetup.HostId)
                .Concat(about.SelectMany(r => r.TargetUserId is { } t ? new[] { r.ReporterId, t } : [r.ReporterId])).ToList(),
            cancellationToken);
        return new MeetupAdminDetailDto
        {
            Id = meetup.Id,
            Title = meetup.Title,
            Description = meetup.Description,
            HostId = meetup.HostId,
            HostNickname = people.GetValueOrDefault(meetup.HostId)?.Nickname ?? string.Empty,
            Status = meetup.Status,
            StartTime = meetup.StartTime,
            EndTime = meetup.EndTime,
            IsOnline = meetup.IsOnline,
            Place = meetup.Place,
            Latitude = meetup.Latitude,
            Longitude = meetup.Longitude,
            MemberCount = meetup.MemberCount,
            MaxMembers = meetup.MaxMembers,
            Tags = meetup.Tags,
            CreationTime = meetup.CreationTime,
            CancellationTime = meetup.CancellationTime,
            CancelReason = meetup.CancelReason,
            HiddenTime = meetup.HiddenTime,
            Members = meetup.Participants.OrderBy(p => p.JoinTime).Select(p => new MeetupAdminMemberDto
            {
                UserId = p.UserId,
                Nickname = people.GetValueOrDefault(p.UserId)?.Nickname ?? string.Empty,
                IsActive = people.GetValueOrDefault(p.UserId)?.IsActive ?? false,
                IsHost = p.UserId == meetup.HostId,
                JoinTime = p.JoinTime,
                ConfirmationTime = p.ConfirmationTime,
            }).ToList(),
            Notices = notices.Select(n => n.ToDto()).ToList(),
            NoticeCount = noticeCount,
            ChatMessageCount = volume.Total,
            ChatMessagesLastDay = volume.Since,
            LastChatMessageTime = volume.LastTime,
            Reports = about.Select(r => ReportModerationAppService.ToDto(r, people, 0)).ToList(),
            ReportCount = reportCount,
        };
    }
}
