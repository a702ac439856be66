using Hangfire;
using Moyeora.Jobs;

namespace Moyeora.Hosting;

/// <summary>
/// Reads, every <c>Metrics:JobSampleSeconds</c> (default 15), what the job storage holds by state (Hangfire's monitoring
/// API), how many outbound deliveries failed for good (<see cref="Moyeora.Outbound.IFailedDeliveryReader"/>), and each job's failures in a row (the job records), for
/// <see cref="JobMetrics"/>. A storage or database that does not answer leaves the last figures and is tried again later;
/// it never holds up shutdown.
/// </summary>
internal sealed class JobMetricsSampler(
    JobStorage storage,
    Moyeora.Outbound.IFailedDeliveryReader failedDeliveries,
    IServiceScopeFactory scopes,
    JobMetrics metrics,
    IConfiguration configuration,
    ILogger<JobMetricsSampler> logger) : BackgroundService
{
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
        var (enqueued, scheduled, processing, failed, deliveries) = await Task.Run(async () =>
        {
            var statistics = storage.GetMonitoringApi().GetStatistics();
            // The same reader as the admin's failed-deliveries list (the newest failed jobs, a batch's messages each).
            var given = statistics.Failed > 0 ? (await failedDeliveries.GetPagedAsync(0, 0, cancellationToken)).TotalCount : 0;
            return (statistics.Enqueued, statistics.Scheduled, statistics.Processing, statistics.Failed, given);
        }, cancellationToken);

        await using var scope = scopes.CreateAsyncScope();
        var records = await scope.ServiceProvider.GetRequiredService<IJobRecordRepository>().GetAllAsync(cancellationToken);
        var failing = JobOptions.DefaultSchedules.Keys.ToDictionary(name => name, name => records.FirstOrDefault(r => r.Name == name)?.ConsecutiveFailures ?? 0);
        return new JobQueueSnapshot(enqueued, scheduled, processing, failed, deliveries, failing);
    }
}
