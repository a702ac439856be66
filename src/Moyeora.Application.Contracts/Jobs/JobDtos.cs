namespace Moyeora.Jobs;

/// <summary>One scheduled job as the admin UI shows it: its schedule, its next run and what its last run did.</summary>
public sealed class JobDto
{
    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    /// <summary>Cron expression in UTC: five fields (<c>* * * * *</c> is every minute) or six with seconds first (<c>30 * * * * *</c>).</summary>
    public string Schedule { get; set; } = string.Empty;

    /// <summary>When the scheduler runs it next; null when no node runs the scheduler.</summary>
    public DateTimeOffset? NextRunTime { get; set; }

    public DateTime? LastStartTime { get; set; }

    public long LastDurationMilliseconds { get; set; }

    /// <summary>Null before the first run.</summary>
    public bool? LastSucceeded { get; set; }

    /// <summary>What the last successful run changed, e.g. <c>ended=3</c>.</summary>
    public string? LastCounts { get; set; }

    public string? LastError { get; set; }

    public DateTime? LastSuccessTime { get; set; }

    public int ConsecutiveFailures { get; set; }

    public long RunCount { get; set; }

    public long FailureCount { get; set; }
}

/// <summary>The scheduled jobs of spec §8; needs <see cref="Permissions.MoyeoraPermissions.JobsManage"/>.</summary>
public interface IJobAppService
{
    Task<IReadOnlyList<JobDto>> GetListAsync(CancellationToken cancellationToken = default);

    /// <summary>Asks the scheduler to run the job now (once, on one node); returns at once.</summary>
    Task TriggerAsync(string name, CancellationToken cancellationToken = default);
}
