namespace Moyeora.Administration;

/// <summary>The admin dashboard's figures (permission <c>Moyeora.Dashboard.View</c>).</summary>
public interface IDashboardAppService
{
    /// <summary>Live figures and the activity of the last <see cref="DashboardDto.ChartDays"/> days.</summary>
    Task<DashboardDto> GetAsync(CancellationToken cancellationToken = default);
}

public sealed class DashboardDto
{
    /// <summary>How many days <see cref="Days"/> covers (today included).</summary>
    public const int ChartDays = 30;

    /// <summary>When these figures were read.</summary>
    public DateTime Time { get; set; }

    /// <summary>The calendar the days and "today" follow (the service's zone, Asia/Seoul).</summary>
    public string TimeZone { get; set; } = string.Empty;

    public int UsersTotal { get; set; }

    /// <summary>Accounts that signed in or were seen on the map in the last 24 hours.</summary>
    public int UsersActive24Hours { get; set; }

    public int UsersDeactivated { get; set; }

    /// <summary>
    /// Open live connections on every node (each node's count, published to Redis every few seconds); null where the host
    /// keeps none (no live hub) or the other nodes' counts cannot be read just now.
    /// </summary>
    public int? LiveConnections { get; set; }

    /// <summary>People whose live position is on the map now (reported within the position lifetime; ghosts are not). A count only.</summary>
    public int PeopleOnMap { get; set; }

    public int RecruitingMeetups { get; set; }

    /// <summary>Recruiting or confirmed meetups whose start falls on today's date.</summary>
    public int MeetupsStartingToday { get; set; }

    /// <summary>Reports open or in review.</summary>
    public int OpenReports { get; set; }

    /// <summary>Scheduled jobs whose last run failed.</summary>
    public int FailingJobs { get; set; }

    /// <summary>One entry per day, oldest first, ending today.</summary>
    public IReadOnlyList<DailyActivityDto> Days { get; set; } = [];
}

public sealed class DailyActivityDto
{
    public DateOnly Date { get; set; }

    public int SignUps { get; set; }

    public int MeetupsCreated { get; set; }

    public int ChatMessages { get; set; }

    public int Reports { get; set; }
}
