using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moyeora.Domain;
using Moyeora.ExceptionHandling;

namespace Moyeora.Jobs;

/// <summary>
/// Runs one job by name and records the run (start, duration, result, counts) in the job's record, which
/// every node and the admin UI read. The scheduler calls this; so do tests, with a moved clock.
/// </summary>
public sealed class MaintenanceJobRunner(IEnumerable<MaintenanceJob> jobs, IServiceScopeFactory scopes, TimeProvider clock, JobMetrics metrics, ILogger<MaintenanceJobRunner> logger)
{
    private readonly Dictionary<string, MaintenanceJob> _jobs = jobs.ToDictionary(j => j.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<MaintenanceJob> Jobs => _jobs.Values;

    public MaintenanceJob Get(string name) =>
        _jobs.GetValueOrDefault(name) ?? throw new BusinessException(MoyeoraErrorCodes.JobNotFound, ErrorKind.NotFound).WithDetail("name", name);

    /// <summary>Runs the job; a failure is recorded and rethrown so the scheduler sees it too.</summary>
    public async Task<JobCounts> RunAsync(string name, CancellationToken cancellationToken = default)
    {
        var job = Get(name);
        var counts = new JobCounts();
        var startTime = clock.GetUtcNow().UtcDateTime;
        var stopwatch = Stopwatch.StartNew();
        try
        {
            await job.RunAsync(counts, cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Job {Job} failed after {Elapsed} ms ({Counts})", name, stopwatch.ElapsedMilliseconds, counts);
            metrics.Ran(name, succeeded: false, stopwatch.Elapsed);
            await RecordAsync(name, r => r.RecordFailure(startTime, stopwatch.Elapsed, $"{ex.GetType().Name}: {ex.Message}"));
            throw;
        }

        logger.LogInformation("Job {Job} done in {Elapsed} ms: {Counts}", name, stopwatch.ElapsedMilliseconds, counts);
        metrics.Ran(name, succeeded: true, stopwatch.Elapsed);
        await RecordAsync(name, r => r.RecordSuccess(startTime, stopwatch.Elapsed, counts.ToString()));
        return counts;
    }

    private async Task RecordAsync(string name, Action<JobRecord> record)
    {
        // A fresh scope: the job's own unit of work may have failed. Never cancelled: the run happened.
        await using var scope = scopes.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<IJobRecordRepository>();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.RetryOnConflictAsync(async () =>
        {
            var existing = await records.FindAsync(name);
            var target = existing ?? new JobRecord(name);
            record(target);
            if (existing is null)
            {
                await records.InsertAsync(target);
            }

            await unitOfWork.SaveChangesAsync();
        });
    }
}

/// <summary>The scheduler as the application sees it: when a job runs next, and "run it now".</summary>
public interface IJobScheduler
{
    Task<DateTimeOffset?> GetNextRunTimeAsync(string name, CancellationToken cancellationToken = default);

    Task TriggerAsync(string name, CancellationToken cancellationToken = default);
}

/// <summary>
/// Where no scheduler runs (the DbMigrator, tests of the application layer): "run now" runs the job at once
/// in the background, and there is no next run.
/// </summary>
public sealed class InProcessJobScheduler(MaintenanceJobRunner runner, ILogger<InProcessJobScheduler> logger) : IJobScheduler
{
    public Task<DateTimeOffset?> GetNextRunTimeAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult<DateTimeOffset?>(null);

    public Task TriggerAsync(string name, CancellationToken cancellationToken = default)
    {
        runner.Get(name);
        _ = Task.Run(async () =>
        {
            try
            {
                await runner.RunAsync(name);
            }
            catch (Exception ex)
            {
                logger.LogDebug(ex, "Triggered job {Job} failed (recorded in its job record).", name);
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }
}
