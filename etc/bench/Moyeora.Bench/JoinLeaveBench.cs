using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Moyeora.Bench;

/// <summary>
/// Join/leave under load, closed loop: each worker is its own signed-in user and alternates joining a meetup and
/// leaving it again. <c>--spread 5</c> (the default) hammers the five wide meetups (every write to one meetup waits for
/// the one before it); a larger spread uses that many of the seeded recruiting meetups (small, 4–20 seats, partly
/// taken), each worker picking at random among them. A join the meetup refuses (full, already a member) is counted by
/// its code and the worker picks another meetup. At the end every meetup's member count, read through the API, must
/// equal its count before the run plus the joins minus the leaves the workers saw succeed, and never exceed capacity.
/// </summary>
internal static class JoinLeaveBench
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(Dictionary<string, string> o)
    {
        var dir = o["dir"];
        var concurrency = int.Parse(o.GetValueOrDefault("concurrency", "50"), CultureInfo.InvariantCulture);
        var seconds = int.Parse(o.GetValueOrDefault("seconds", "30"), CultureInfo.InvariantCulture);
        var spread = int.Parse(o.GetValueOrDefault("spread", "5"), CultureInfo.InvariantCulture);
        var tokens = await File.ReadAllLinesAsync(Path.Combine(dir, "tokens.txt"));
        if (tokens.Length < concurrency)
        {
            Console.Error.WriteLine($"joinleave: {concurrency} workers need {concurrency} distinct users, {tokens.Length} tokens in {dir}/tokens.txt");
            return 2;
        }

        var pool = spread <= 5
            ? await File.ReadAllLinesAsync(Path.Combine(dir, "wide-meetups.txt"))
            : await File.ReadAllLinesAsync(Path.Combine(dir, "meetups.txt"));
        if (pool.Length < spread)
        {
            Console.Error.WriteLine($"joinleave: --spread {spread} needs {spread} meetups, {pool.Length} seeded");
            return 2;
        }

        var meetups = pool.Take(spread).Select(Guid.Parse).ToArray();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var baseUri = new Uri(o["url"]);

        // Before: every meetup's count and capacity, read as the first worker.
        using var reader = Client(handler, baseUri, tokens[0]);
        var before = await ReadCountsAsync(reader, meetups);

        var joins = new int[meetups.Length];
        var leaves = new int[meetups.Length];
        var overCapacity = 0;
        var unknownOutcomes = 0;
        var unknownPairs = new ConcurrentDictionary<(int Worker, int Meetup), bool>(); // a 5xx or timeout: did it happen?
        var pairJoins = new ConcurrentDictionary<(int Worker, int Meetup), int>(); // confirmed joins - leaves per worker and meetup
        var errors = new ConcurrentDictionary<string, int>();
        var latencies = new List<double>[concurrency];
        var deadline = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var own = latencies[w] = new List<double>(4096);
            using var http = Client(handler, baseUri, tokens[w]);
            var random = new Random(w);
            var refused = new HashSet<int>(); // meetups this user cannot join at all (hosts or seeded member of it)
            var index = w % meetups.Length;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var (joinStatus, joinCode, dto) = await PostAsync(http, $"api/app/meetups/{meetups[index]}/join", own);
                if (joinStatus == HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref joins[index]);
                    pairJoins.AddOrUpdate((w, index), 1, (_, n) => n + 1);
                    if (dto is { } d && d.MemberCount > d.MaxMembers)
                    {
                        Interlocked.Increment(ref overCapacity);
                    }

                    // Leave again, even past the deadline, so every worker ends outside the meetup it joined.
                    var (leaveStatus, leaveCode, _) = await PostAsync(http, $"api/app/meetups/{meetups[index]}/leave", own);
                    if (leaveStatus is HttpStatusCode.OK or HttpStatusCode.NoContent)
                    {
                        Interlocked.Increment(ref leaves[index]);
                        pairJoins.AddOrUpdate((w, index), -1, (_, n) => n - 1);
                    }
                    else
                    {
                        Count(errors, "leave", leaveStatus, leaveCode);
                        if ((int)leaveStatus >= 500 || leaveStatus == 0)
                        {
                            Interlocked.Increment(ref unknownOutcomes);
                            unknownPairs[(w, index)] = true;
                        }
                    }
                }
                else
                {
                    Count(errors, "join", joinStatus, joinCode);
                    if ((int)joinStatus >= 500 || joinStatus == 0)
                    {
                        Interlocked.Increment(ref unknownOutcomes);
                        unknownPairs[(w, index)] = true;
                    }

                    if (joinCode is "Moyeora:AlreadyMember" or "Moyeora:KickedFromMeetup" or "Moyeora:MeetupNotFound")
                    {
                        refused.Add(index);
                    }
                }

                if (meetups.Length > 5 || joinStatus != HttpStatusCode.OK)
                {
                    index = Next(random, meetups.Length, refused, index);
                }
            }
        })).ToArray();
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(workers);
        var elapsed = wall.Elapsed.TotalSeconds;

        // A request that failed with 5xx or timed out may still have committed: ask the meetup, as that worker, whether
        // they are in it now, and count that instead of what the worker saw for this meetup.
        if (!unknownPairs.IsEmpty)
        {
            await Task.Delay(TimeSpan.FromSeconds(3)); // what the host still had in hand when the client gave up
        }

        var resolved = new int[meetups.Length];
        foreach (var (worker, meetup) in unknownPairs.Keys)
        {
            using var http = Client(handler, baseUri, tokens[worker]);
            using var response = await http.GetAsync($"api/app/meetups/{meetups[meetup]}");
            var isMember = response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<Membership>(Json))!.IsMember;
            resolved[meetup] += (isMember ? 1 : 0) - pairJoins.GetValueOrDefault((worker, meetup));
        }

        var after = await ReadCountsAsync(reader, meetups);
        var mismatches = 0;
        for (var i = 0; i < meetups.Length; i++)
        {
            var expected = before[i].MemberCount + joins[i] - leaves[i] + resolved[i];
            if (after[i].MemberCount != expected || after[i].MemberCount > after[i].MaxMembers)
            {
                mismatches++;
                Console.WriteLine($"  meetup {meetups[i]}: {after[i].MemberCount} members of {after[i].MaxMembers}, expected {expected} " +
                    $"({before[i].MemberCount} + {joins[i]} joins - {leaves[i]} leaves)");
            }
        }

        var capacityExact = mismatches == 0 && overCapacity == 0;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double P(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(q * all.Length) - 1)];
        var errorCount = errors.Values.Sum();
        var rps = all.Length / elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"join/leave ({concurrency} users over {meetups.Length} meetups): {rps:0} req/s, p50 {P(0.50):0.0} ms, p99 {P(0.99):0.0} ms, max {P(1):0.0} ms, " +
            $"{all.Length} requests ({joins.Sum()} joins, {leaves.Sum()} leaves), {errorCount} refused or failed"));
        foreach (var (key, count) in errors.OrderByDescending(e => e.Value))
        {
            Console.WriteLine($"  {key}: {count}");
        }

        Console.WriteLine(capacityExact
            ? $"capacity exact: all {meetups.Length} meetups hold their count before + joins - leaves, none over capacity"
            : $"capacity NOT exact: {mismatches} meetups off, {overCapacity} joins answered over capacity");
        if (unknownOutcomes > 0)
        {
            Console.WriteLine($"  ({unknownOutcomes} requests failed with 5xx or timed out; their {unknownPairs.Count} worker/meetup pairs were settled by reading membership)");
        }
        BenchSummary.Record("joinleave", new Dictionary<string, object?>
        {
            ["concurrency"] = concurrency,
            ["meetups"] = meetups.Length,
            ["reqPerSec"] = rps,
            ["p50Ms"] = P(0.50),
            ["p99Ms"] = P(0.99),
            ["maxMs"] = P(1),
            ["errors"] = errorCount,
            ["errorsByCode"] = errors.ToDictionary(e => e.Key, e => e.Value),
            ["capacityExact"] = capacityExact,
        });
        return capacityExact ? 0 : 1;
    }

    private static HttpClient Client(SocketsHttpHandler handler, Uri baseUri, string token)
    {
        var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static int Next(Random random, int count, HashSet<int> refused, int current)
    {
        if (refused.Count >= count)
        {
            return current;
        }

        int next;
        do
        {
            next = random.Next(count);
        }
        while (refused.Contains(next));
        return next;
    }

    private static void Count(ConcurrentDictionary<string, int> errors, string action, HttpStatusCode status, string? code) =>
        errors.AddOrUpdate($"{action} {(int)status} {code ?? "-"}", 1, (_, n) => n + 1);

    private sealed record Counts(int MemberCount, int MaxMembers);

    private sealed record Membership(bool IsMember);

    private static async Task<(HttpStatusCode Status, string? Code, Counts? Meetup)> PostAsync(HttpClient http, string path, List<double> latencies)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsync(path, null);
            var body = await response.Content.ReadAsByteArrayAsync();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (response.IsSuccessStatusCode)
            {
                return (response.StatusCode, null, body.Length == 0 ? null : JsonSerializer.Deserialize<Counts>(body, Json));
            }

            string? code = null;
            try
            {
                using var problem = JsonDocument.Parse(body);
                code = problem.RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
            }
            catch (JsonException)
            {
            }

            return (response.StatusCode, code, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return (0, e.GetType().Name, null);
        }
    }

    private static async Task<Counts[]> ReadCountsAsync(HttpClient http, Guid[] meetups)
    {
        var result = new Counts[meetups.Length];
        await Parallel.ForAsync(0, meetups.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            using var response = await http.GetAsync($"api/app/meetups/{meetups[i]}", ct);
            response.EnsureSuccessStatusCode();
            result[i] = (await response.Content.ReadFromJsonAsync<Counts>(Json, ct))!;
        });
        return result;
    }
}
