namespace Moyeora.Administration;

/// <summary>Counts across aggregates for the admin dashboard, read in a few queries without loading any aggregate.</summary>
public interface IDashboardRepository
{
    Task<DashboardCounts> GetCountsAsync(DashboardCountsQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sign-ups, meetups created, chat messages and reports per calendar day from <paramref name="fromUtc"/> on, where a
    /// day is a date in a zone <paramref name="utcOffset"/> from UTC; days without any are left out.
    /// </summary>
    Task<IReadOnlyList<DailyCounts>> GetDailyCountsAsync(DateTime fromUtc, TimeSpan utcOffset, CancellationToken cancellationToken = default);
}

/// <param name="Now">The instant the figures are for.</param>
/// <param name="ActiveSince">Accounts that signed in or were seen since then count as active.</param>
/// <param name="TodayStart">Start of today's date (UTC instant).</param>
/// <param name="TodayEnd">Start of tomorrow's date (UTC instant).</param>
public sealed record DashboardCountsQuery(DateTime Now, DateTime ActiveSince, DateTime TodayStart, DateTime TodayEnd);

public sealed record DashboardCounts(
    int UsersTotal, int UsersActive, int UsersDeactivated, int RecruitingMeetups, int MeetupsStartingToday, int OpenReports);

public sealed record DailyCounts(DateOnly Date, int SignUps, int MeetupsCreated, int ChatMessages, int Reports);
