using System.Diagnostics.Metrics;

namespace Moyeora.Chat;

/// <summary>Chat's instruments (meter <c>Moyeora.Chat</c>): messages stored and how long their live delivery took.</summary>
public sealed class ChatMetrics
{
    public const string MeterName = "Moyeora.Chat";

    private static readonly IReadOnlyList<double> LatencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> _messages;
    private readonly Histogram<double> _delivery;
    private readonly Counter<long> _undelivered;

    public ChatMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _messages = meter.CreateCounter<long>("moyeora.chat.messages", "{message}", "Chat messages stored, by kind (user or system).");
        _delivery = meter.CreateHistogram("moyeora.chat.delivery.duration", "s",
            "From a chat message being stored to its delivery to the room's live connections (sent to every node).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _undelivered = meter.CreateCounter<long>("moyeora.chat.delivery_failures", "{message}",
            "Stored chat messages whose live delivery failed (they stay in the history).");
    }

    public void Stored(ChatMessageKind kind) =>
        _messages.Add(1, new KeyValuePair<string, object?>("kind", kind == ChatMessageKind.User ? "user" : "system"));

    public void Delivered(TimeSpan sinceStored) => _delivery.Record(Math.Max(0, sinceStored.TotalSeconds));

    public void DeliveryFailed() => _undelivered.Add(1);
}
