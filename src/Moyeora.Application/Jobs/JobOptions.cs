using System.ComponentModel.DataAnnotations;

namespace Moyeora.Jobs;

/// <summary>Configuration section <c>Jobs</c>: schedules and how much one run may do.</summary>
public sealed class JobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>False keeps the scheduler from starting on this node (jobs still run when triggered elsewhere).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Rows (or meetups, or accounts) one batch handles in one unit of work.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>Batches one run may do; the rest waits for the next run, so a backlog never stalls the node.</summary>
    [Range(1, 1_000)]
    public int MaxBatchesPerRun { get; set; } = 20;

    /// <summary>
    /// Cron expressions by job name, read by Hangfire: five fields (minute hour day month weekday, e.g. <c>7 * * * *</c>)
    /// or six with seconds first (e.g. <c>30 * * * * *</c>), in UTC; a job left out keeps its default.
    /// </summary>
    public Dictionary<string, string> Schedules { get; set; } = [];

    public static IReadOnlyDictionary<string, string> DefaultSchedules { get; } = new Dictionary<string, string>
    {
        // The minutely jobs are spread over the minute (seconds first) so they do not all start at once.
        [JobNames.EndMeetups] = "* * * * *",
        [JobNames.MeetupReminders] = "30 * * * * *",
        [JobNames.ExpireInvitations] = "15 * * * * *",
        [JobNames.ExpirePositions] = "45 * * * * *",
        [JobNames.PurgeExpiredCredentials] = "7 * * * *",
        [JobNames.EraseEndedMeetups] = "17 3 * * *",
        [JobNames.EraseDeactivatedAccounts] = "37 3 * * *",
    };

    public string ScheduleOf(string jobName) =>
        Schedules.TryGetValue(jobName, out var cron) && !string.IsNullOrWhiteSpace(cron) ? cron : DefaultSchedules[jobName];
}
