using Hangfire;
using Moyeora.Jobs;

namespace Moyeora.Hosting;

/// <summary>
/// Reads, every <c>Metrics:JobSampleSeconds</c> (default 15), what the job storage holds by state (Hangfire's monitoring
/// API), how many outbound deliveries are among the failed, and each job's failures in a row (the job records), for
/// <see cref="JobMetrics"/>. A storage or database that does not answer leaves the last figures and is tried again later;
/// it never holds up shutdown.
/// </summary>
internal sealed class JobMetricsSampler(JobStorage storage, IServiceScopeFactory scopes, JobMetrics metrics, IConfiguration configuration, ILogger<JobMetricsSampler> logger)
    : BackgroundService
{
    /// <summary>At most this many failed jobs are read to tell deliveries from maintenance runs.</summary>
    private const int MaxFailedJobsRead = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Metrics:JobSampleSeconds", 15.0), 0.5, 3600));
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                try
                {
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    timeout.CancelAfter(interval * 2 + TimeSpan.FromSeconds(5));
                    metrics.Publish(await SampleAsync(timeout.Token).WaitAsync(timeout.Token));
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // Readiness reports an unreachable storage or database; the figures simply stay as they were.
                    logger.LogDebug(ex, "Job metrics were not read this time");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<JobQueueSnapshot> SampleAsync(CancellationToken cancellationToken)
    {
        // Hangfire's monitoring API is synchronous: off the timer's thread, so a hanging storage cannot block a stop.
        var (enqueued, scheduled, processing, failed, failedDeliveries) = await Task.Run(() =>
        {
            var monitoring = storage.GetMonitoringApi();
            var statistics = monitoring.GetStatistics();
            long deliveries = 0;
            if (statistics.Failed > 0)
            {
                deliveries = monitoring.FailedJobs(0, MaxFailedJobsRead).Count(j => j.Value?.Job?.Type == typeof(OutboundDelivery));
            }

            return (statistics.Enqueued, statistics.Scheduled, statistics.Processing, statistics.Failed, deliveries);
        }, cancellationToken);

        await using var scope = scopes.CreateAsyncScope();
        var records = await scope.ServiceProvider.GetRequiredService<IJobRecordRepository>().GetAllAsync(cancellationToken);
        var failing = JobOptions.DefaultSchedules.Keys.ToDictionary(name => name, name => records.FirstOrDefault(r => r.Name == name)?.ConsecutiveFailures ?? 0);
        return new JobQueueSnapshot(enqueued, scheduled, processing, failed, failedDeliveries, failing);
    }
}
