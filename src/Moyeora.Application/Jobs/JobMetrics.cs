using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Moyeora.Jobs;

/// <summary>
/// Background jobs' instruments (meter <c>Moyeora.Jobs</c>): runs of the maintenance jobs on this node, and what the
/// job storage and the job records say (read now and then by the host, <see cref="Publish"/>). Tags: the job's name
/// (a fixed set), never its arguments.
/// </summary>
public sealed class JobMetrics
{
    public const string MeterName = "Moyeora.Jobs";

    private static readonly IReadOnlyList<double> DurationBuckets = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900];

    private readonly Counter<long> _runs;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _deliveries;
    private volatile JobQueueSnapshot? _snapshot;

    public JobMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _runs = meter.CreateCounter<long>("moyeora.jobs.runs", "{run}", "Maintenance job runs on this node, by job and outcome (success or failure).");
        _duration = meter.CreateHistogram("moyeora.jobs.run.duration", "s", "How long maintenance job runs took, by job and outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _deliveries = meter.CreateCounter<long>("moyeora.outbound.deliveries", "{attempt}",
            "Attempts to send a queued push or webhook on this node, by channel and outcome (success, or failure: retried later).");
        meter.CreateObservableGauge<long>("moyeora.jobs.queue.length", ObserveQueue, "{job}",
            "Background jobs in the job storage (shared by the nodes), by state: enqueued, scheduled (retries and delayed), processing, failed.");
        meter.CreateObservableGauge<long>("moyeora.jobs.consecutive_failures", ObserveFailing, "{run}",
            "Failed runs in a row of each maintenance job, from its job record (shared by the nodes); 0 after a success.");
        meter.CreateObservableGauge<long>("moyeora.outbound.failed_deliveries", ObserveFailedDeliveries, "{delivery}",
            "Outbound pushes and webhooks that used up their retries and wait, failed, in the job storage (requeue them on the dashboard).");
    }

    public void Ran(string job, bool succeeded, TimeSpan elapsed)
    {
        var tags = new TagList { { "job.name", job }, { "outcome", succeeded ? "success" : "failure" } };
        _runs.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
    }

    /// <summary><paramref name="channel"/> is the outbound channel's name (sms, push, webhook).</summary>
    public void DeliveryAttempted(string channel, bool succeeded) =>
        _deliveries.Add(1, new TagList { { "channel", channel }, { "outcome", succeeded ? "success" : "failure" } });

    /// <summary>What the job storage and the job records said last (the host reads them now and then).</summary>
    public void Publish(JobQueueSnapshot snapshot) => _snapshot = snapshot;

    public JobQueueSnapshot? Snapshot => _snapshot;

    private IEnumerable<Measurement<long>> ObserveQueue()
    {
        if (_snapshot is not { } s)
        {
            yield break;
        }

        yield return new Measurement<long>(s.Enqueued, new KeyValuePair<string, object?>("state", "enqueued"));
        yield return new Measurement<long>(s.Scheduled, new KeyValuePair<string, object?>("state", "scheduled"));
        yield return new Measurement<long>(s.Processing, new KeyValuePair<string, object?>("state", "processing"));
        yield return new Measurement<long>(s.Failed, new KeyValuePair<string, object?>("state", "failed"));
    }

    private IEnumerable<Measurement<long>> ObserveFailing() =>
        _snapshot is { } s ? s.ConsecutiveFailures.Select(f => new Measurement<long>(f.Value, new KeyValuePair<string, object?>("job.name", f.Key))) : [];

    private IEnumerable<Measurement<long>> ObserveFailedDeliveries() =>
        _snapshot is { } s ? [new Measurement<long>(s.FailedDeliveries)] : [];
}

/// <summary>The job storage's counts by state, failed deliveries among the failed, and each job's failures in a row.</summary>
public sealed record JobQueueSnapshot(long Enqueued, long Scheduled, long Processing, long Failed, long FailedDeliveries,
    IReadOnlyDictionary<string, int> ConsecutiveFailures);
