using System.Globalization;
using System.Text.Json;

/// <summary>
/// The machine-readable side of every benchmark: each measured workload appends one JSON object (one line) to the file
/// named by <c>BENCH_SUMMARY</c>, which the scripts gather into <c>etc/bench/out/&lt;run&gt;/summary.json</c> and plot.
/// Field names are camelCase and fixed: <c>clients</c>, <c>pushRatio</c>, <c>p50Ms</c>, <c>p99Ms</c>, <c>hostCpuPct</c>,
/// <c>rssMiB</c>, <c>bytesPerPush</c>, <c>msgsPerSec</c>, … Without <c>BENCH_SUMMARY</c> nothing is written.
/// </summary>
internal static class BenchSummary
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static readonly Lock Sync = new();

    public static void Record(string workload, IReadOnlyDictionary<string, object?> fields)
    {
        var path = Environment.GetEnvironmentVariable("BENCH_SUMMARY");
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        var entry = new Dictionary<string, object?>
        {
            ["workload"] = workload,
            ["mode"] = Environment.GetEnvironmentVariable("BENCH_MODE"),
            ["pinned"] = Environment.GetEnvironmentVariable("BENCH_PINNED") is "1" or "true",
            ["at"] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in fields)
        {
            entry[key] = value is double d ? Math.Round(d, 3) : value;
        }

        var line = JsonSerializer.Serialize(entry, Json);
        lock (Sync)
        {
            File.AppendAllText(path, line + Environment.NewLine);
        }
    }
}
