using Moyeora.Authorization;
using Moyeora.Jobs;
using Moyeora.Live;
using Moyeora.Permissions;

namespace Moyeora.Administration;

public sealed class DashboardAppService(
    IDashboardRepository dashboard,
    IJobRecordRepository jobs,
    IPermissionChecker permissions,
    TimeProvider clock,
    ILiveConnectionCounter? liveConnections = null) : IDashboardAppService
{
    /// <summary>The service's calendar: Korea, which keeps no daylight saving time.</summary>
    public const string TimeZoneId = "Asia/Seoul";

    public async Task<DashboardDto> GetAsync(CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.DashboardView, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        var offset = zone.GetUtcOffset(now);
        var today = DateOnly.FromDateTime(now + offset);
        var todayStart = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - offset;
        var firstDay = today.AddDays(1 - DashboardDto.ChartDays);
        var firstDayStart = firstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - offset;

        var counts = await dashboard.GetCountsAsync(new DashboardCountsQuery(now, now.AddHours(-24), todayStart, todayStart.AddDays(1)), cancellationToken);
        var daily = (await dashboard.GetDailyCountsAsync(firstDayStart, offset, cancellationToken)).ToDictionary(d => d.Date);
        var failing = (await jobs.GetAllAsync(cancellationToken)).Count(j => j.ConsecutiveFailures > 0);
        return new DashboardDto
        {
            Time = now,
            TimeZone = TimeZoneId,
            UsersTotal = counts.UsersTotal,
            UsersActive24Hours = counts.UsersActive,
            UsersDeactivated = counts.UsersDeactivated,
            LiveConnections = liveConnections?.Count,
            RecruitingMeetups = counts.RecruitingMeetups,
            MeetupsStartingToday = counts.MeetupsStartingToday,
            OpenReports = counts.OpenReports,
            FailingJobs = failing,
            Days = Enumerable.Range(0, DashboardDto.ChartDays).Select(i => firstDay.AddDays(i)).Select(d => daily.GetValueOrDefault(d) is { } c
                    ? new DailyActivityDto { Date = d, SignUps = c.SignUps, MeetupsCreated = c.MeetupsCreated, ChatMessages = c.ChatMessages, Reports = c.Reports }
                    : new DailyActivityDto { Date = d })
                .ToList(),
        };
    }
}
