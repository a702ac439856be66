namespace Moyeora.Jobs;

/// <summary>
/// What the scheduler last did with one job: when it ran, for how long, whether it succeeded and what it
/// changed. Kept in the product's database so every node and the admin UI see the same history.
/// </summary>
public sealed class JobRecord
{
    private JobRecord()
    {
    }

    public JobRecord(string name) => Name = name;

    public string Name { get; private set; } = null!;

    public DateTime? LastStartTime { get; private set; }

    public long LastDurationMilliseconds { get; private set; }

    public bool? LastSucceeded { get; private set; }

    /// <summary>What the last successful run changed, e.g. "ended=12"; null before the first success.</summary>
    public string? LastCounts { get; private set; }

    public string? LastError { get; private set; }

    public DateTime? LastSuccessTime { get; private set; }

    public int ConsecutiveFailures { get; private set; }

    public long RunCount { get; private set; }

    public long FailureCount { get; private set; }

    public bool IsFailingRepeatedly => ConsecutiveFailures >= JobConsts.UnhealthyAfterConsecutiveFailures;

    public void RecordSuccess(DateTime startTime, TimeSpan duration, string counts)
    {
        Record(startTime, duration);
        LastSucceeded = true;
        LastCounts = Truncate(counts, JobConsts.MaxCountsLength);
        LastError = null;
        LastSuccessTime = startTime;
        ConsecutiveFailures = 0;
    }

    public void RecordFailure(DateTime startTime, TimeSpan duration, string error)
    {
        Record(startTime, duration);
        LastSucceeded = false;
        LastError = Truncate(error, JobConsts.MaxErrorLength);
        ConsecutiveFailures++;
        FailureCount++;
    }

    private void Record(DateTime startTime, TimeSpan duration)
    {
        LastStartTime = startTime;
        LastDurationMilliseconds = (long)duration.TotalMilliseconds;
        RunCount++;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}

public interface IJobRecordRepository
{
    Task<JobRecord?> FindAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<JobRecord>> GetAllAsync(CancellationToken cancellationToken = default);

    Task InsertAsync(JobRecord record, CancellationToken cancellationToken = default);
}
