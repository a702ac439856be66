using System.Diagnostics.Metrics;

namespace Moyeora.Live;

/// <summary>
/// The live map's instruments (meter <c>Moyeora.Live</c>): connections held by this node, position reports, pushes
/// and the time from a report to the reporter's nearby push. Tags are a small fixed set; never a user or a place.
/// </summary>
public sealed class LiveMetrics
{
    public const string MeterName = "Moyeora.Live";

    /// <summary>Buckets for the report-to-push latency, in seconds (a push is expected within tens of milliseconds).</summary>
    private static readonly IReadOnlyList<double> LatencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> _reports;
    private readonly Counter<long> _pushes;
    private readonly Counter<long> _pushFailures;
    private readonly Counter<long> _pushesSkipped;
    private readonly Histogram<double> _reportToPush;
    private readonly Counter<long> _publishFailures;

    public LiveMetrics(IMeterFactory meters, IEnumerable<ILiveConnectionCounter> connections)
    {
        var meter = meters.Create(MeterName);
        var counters = connections.ToArray();
        meter.CreateObservableUpDownCounter("moyeora.live.connections", () => counters.Sum(c => c.Count), "{connection}",
            "Live connections open on this node.");
        _reports = meter.CreateCounter<long>("moyeora.live.position_reports", "{report}",
            "Position reports received; result=accepted, or throttled when closer together than Live:MinReportInterval.");
        _pushes = meter.CreateCounter<long>("moyeora.live.pushes", "{push}",
            "Messages pushed to live connections, by kind (nearby, chat, meetup, notification, membership).");
        _pushFailures = meter.CreateCounter<long>("moyeora.live.push_failures", "{push}", "Pushes that failed, by kind.");
        _pushesSkipped = meter.CreateCounter<long>("moyeora.live.pushes_skipped", "{push}",
            "Timed pushes not sent because nothing changed for a connection on nearby deltas, by kind (nearby).");
        _reportToPush = meter.CreateHistogram("moyeora.live.report_to_push.duration", "s",
            "From a position report's arrival to the reporter's nearby list being sent.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _publishFailures = meter.CreateCounter<long>("moyeora.live.publish_failures", "{message}",
            "Live messages that were not published to the nodes after a change committed, by kind.");
    }

    public void PositionReported(bool accepted) =>
        _reports.Add(1, new KeyValuePair<string, object?>("result", accepted ? "accepted" : "throttled"));

    /// <summary><paramref name="kind"/> is one of a fixed set: nearby, chat, meetup, notification, membership.</summary>
    public void Pushed(string kind, int count = 1) => _pushes.Add(count, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>A timed nearby delta with nothing in it, not sent.</summary>
    public void PushSkipped(string kind) => _pushesSkipped.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void PushFailed(string kind) => _pushFailures.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void ReportPushed(TimeSpan elapsed) => _reportToPush.Record(elapsed.TotalSeconds);

    public void PublishFailed(string kind) => _publishFailures.Add(1, new KeyValuePair<string, object?>("kind", kind));
}
