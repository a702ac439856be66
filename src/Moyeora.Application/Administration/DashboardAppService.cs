using Moyeora.Authorization;
using Moyeora.Jobs;
using Moyeora.Live;
using Moyeora.Locations;
using Moyeora.Permissions;

namespace Moyeora.Administration;

public sealed class DashboardAppService(
    IDashboardRepository dashboard,
    IJobRecordRepository jobs,
    IPermissionChecker permissions,
    IGeoStore positions,
    TimeProvider clock,
    ILiveConnectionCensus? liveConnections = null) : IDashboardAppService
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
        // Counts only: who is live and where never reaches the dashboard.
        var live = liveConnections is null ? null : await liveConnections.CountAsync(cancellationToken);
        var onMap = await positions.CountAsync(now - LocationPrivacy.PositionLifetime, cancellationToken);
        return new DashboardDto
        {
            Time = now,
            TimeZone = TimeZoneId,
            UsersTotal = counts.UsersTotal,
            UsersActive24Hours = counts.UsersActive,
            UsersDeactivated = counts.UsersDeactivated,
            LiveConnections = live,
            PeopleOnMap = onMap,
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
