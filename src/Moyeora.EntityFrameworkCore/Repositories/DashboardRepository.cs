using Microsoft.EntityFrameworkCore;
using Moyeora.Administration;
using Moyeora.EntityFrameworkCore;
using Moyeora.Meetups;
using Moyeora.Reports;

namespace Moyeora.Repositories;

internal sealed class DashboardRepository(MoyeoraDbContext db) : IDashboardRepository
{
    public async Task<DashboardCounts> GetCountsAsync(DashboardCountsQuery query, CancellationToken cancellationToken = default)
    {
        var users = db.Users.AsNoTracking().IgnoreAutoIncludes();
        var meetups = db.Meetups.AsNoTracking().IgnoreAutoIncludes();
        var reports = db.Set<Report>().AsNoTracking();
        return new DashboardCounts(
            await users.CountAsync(cancellationToken),
            await users.CountAsync(u => u.DeactivationTime == null
                && (u.LastLoginTime >= query.ActiveSince || u.LastSeenTime >= query.ActiveSince), cancellationToken),
            await users.CountAsync(u => u.DeactivationTime != null, cancellationToken),
            await meetups.CountAsync(m => m.Status == MeetupStatus.Recruiting && m.StartTime > query.Now, cancellationToken),
            await meetups.CountAsync(m => (m.Status == MeetupStatus.Recruiting || m.Status == MeetupStatus.Confirmed)
                && m.StartTime >= query.TodayStart && m.StartTime < query.TodayEnd, cancellationToken),
            await reports.CountAsync(r => r.Status == ReportStatus.Open || r.Status == ReportStatus.InReview, cancellationToken));
    }

    public async Task<IReadOnlyList<DailyCounts>> GetDailyCountsAsync(DateTime fromUtc, TimeSpan utcOffset, CancellationToken cancellationToken = default)
    {
        var hours = utcOffset.TotalHours;
        // Grouped in the database (a chat table can be large): the local date of each row's creation.
        var signUps = await PerDayAsync(db.Users.AsNoTracking().IgnoreAutoIncludes().Where(u => u.CreationTime >= fromUtc).Select(u => u.CreationTime), hours, cancellationToken);
        var meetupsCreated = await PerDayAsync(db.Meetups.AsNoTracking().IgnoreAutoIncludes().Where(m => m.CreationTime >= fromUtc).Select(m => m.CreationTime), hours, cancellationToken);
        var messages = await PerDayAsync(db.ChatMessages.AsNoTracking().Where(m => m.CreationTime >= fromUtc && m.Kind == Moyeora.Chat.ChatMessageKind.User)
            .Select(m => m.CreationTime), hours, cancellationToken);
        var reports = await PerDayAsync(db.Set<Report>().AsNoTracking().Where(r => r.CreationTime >= fromUtc).Select(r => r.CreationTime), hours, cancellationToken);
        return signUps.Keys.Union(meetupsCreated.Keys).Union(messages.Keys).Union(reports.Keys).Order()
            .Select(d => new DailyCounts(d, signUps.GetValueOrDefault(d), meetupsCreated.GetValueOrDefault(d), messages.GetValueOrDefault(d), reports.GetValueOrDefault(d)))
            .ToList();
    }

    private static async Task<Dictionary<DateOnly, int>> PerDayAsync(IQueryable<DateTime> times, double offsetHours, CancellationToken cancellationToken)
    {
        var rows = await times.GroupBy(t => t.AddHours(offsetHours).Date).Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => DateOnly.FromDateTime(r.Day)).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
    }
}
