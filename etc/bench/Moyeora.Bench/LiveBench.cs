using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Moyeora.Chat;
using Moyeora.ClientProxies;
using Moyeora.Live;
using Moyeora.Meetups;

/// <summary>
/// Load for the live hub, over real WebSockets with <see cref="LiveClient"/> (the official SignalR client, one
/// HubConnection per simulated phone, no thread of its own), against a
/// host on this machine. Prints what the closing note reports: connections, pushes per second against
/// the expected rate, report-to-push latency, chat delivery latency, and the host's CPU and memory.
/// <c>--protocol json|messagepack</c> (or BENCH_LIVE_PROTOCOL) picks the hub protocol; <c>--deltas true</c> (or
/// BENCH_LIVE_DELTAS=1) has every client ask for nearby deltas. Bytes per push are the hub messages' bytes as
/// <see cref="LiveClient.ReceivedBytes"/> counts them (whole protocol messages off the WebSocket, frame headers
/// excluded); CPU-µs per push is the host's CPU time over the window (from /proc) divided by the pushes received.
/// </summary>
internal static class LiveBench
{
    private static LiveClientOptions ClientOptions(Dictionary<string, string> o, bool deltas) => new()
    {
        Protocol = (o.GetValueOrDefault("protocol") ?? Environment.GetEnvironmentVariable("BENCH_LIVE_PROTOCOL") ?? "json").ToLowerInvariant() switch
        {
            "json" => LiveProtocol.Json,
            "messagepack" or "msgpack" => LiveProtocol.MessagePack,
            var other => throw new ArgumentException($"--protocol is json or messagepack, not {other}"),
        },
        NearbyDeltas = deltas,
    };

    private static bool Deltas(Dictionary<string, string> o) =>
        (o.GetValueOrDefault("deltas") ?? Environment.GetEnvironmentVariable("BENCH_LIVE_DELTAS") ?? "false").ToLowerInvariant() is "true" or "1" or "on" or "yes";

    // Seoul, as the original system was measured.
    private const double South = 37.45, North = 37.65, West = 126.85, East = 127.15;

    public static async Task<int> PositionsAsync(Dictionary<string, string> o)
    {
        var url = new Uri(o["url"]);
        var tokens = await File.ReadAllLinesAsync(Path.Combine(o["dir"], "live-tokens.txt"));
        var clients = Math.Min(tokens.Length, int.Parse(o.GetValueOrDefault("clients", "10000"), CultureInfo.InvariantCulture));
        var seconds = int.Parse(o.GetValueOrDefault("seconds", "60"), CultureInfo.InvariantCulture);
        var warmUpSeconds = int.Parse(o.GetValueOrDefault("warmup", Environment.GetEnvironmentVariable("BENCH_LIVE_WARMUP") ?? "6"), CultureInfo.InvariantCulture);
        var reportEvery = TimeSpan.FromSeconds(double.Parse(o.GetValueOrDefault("every", "3"), CultureInfo.InvariantCulture));
        var host = ProcessSampler.For(o.GetValueOrDefault("host-pid"));
        var redis = ProcessSampler.For(o.GetValueOrDefault("redis-pid"));
        var deltas = Deltas(o);
        var clientOptions = ClientOptions(o, deltas);
        var pushMethod = deltas ? LiveClientMethods.NearbyDelta : LiveClientMethods.Nearby;

        Console.WriteLine($"connecting {clients} live clients ({clientOptions.Protocol}, {(deltas ? "nearby deltas" : "full nearby lists")})...");
        var connectWatch = Stopwatch.StartNew();
        var live = new LiveClient?[clients];
        var failures = 0;
        await Parallel.ForAsync(0, clients, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, ct) =>
        {
            try
            {
                live[i] = await LiveClient.ConnectAsync(url, tokens[i], clientOptions, ct);
            }
            catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or LiveHubException or TimeoutException or HttpRequestException
                                           or OperationCanceledException or InvalidOperationException)
            {
                Interlocked.Increment(ref failures);
            }
        });
        var connected = live.Where(c => c is not null).Select(c => c!).ToArray();
        Console.WriteLine($"connections established: {connected.Length} of {clients} in {connectWatch.Elapsed.TotalSeconds:0.0} s ({failures} failed)");

        var measuring = false;
        long pushes = 0;
        var latencies = new ConcurrentBag<double>();
        var pending = new long[connected.Length];
        for (var i = 0; i < connected.Length; i++)
        {
            var index = i;
            // With deltas every report still gets its answer (an empty delta if nothing changed); only timed pushes with
            // nothing new are skipped, so the pushes counted here are comparable with full lists.
            connected[i].OnSignal(pushMethod, () =>
            {
                var sentAt = Interlocked.Exchange(ref pending[index], 0);
                if (!measuring)
                {
                    return;
                }

                Interlocked.Increment(ref pushes);
                if (sentAt != 0)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds);
                }
            });
        }

        // Every client walks from a random start around Seoul and reports every 3 s, staggered over the 3 s.
        using var stop = new CancellationTokenSource();
        var reportErrors = 0;
        var walkers = connected.Select((client, index) => Task.Run(async () =>
        {
            var random = new Random(index);
            var lat = South + random.NextDouble() * (North - South);
            var lng = West + random.NextDouble() * (East - West);
            var next = Stopwatch.GetTimestamp() + (long)(random.NextDouble() * reportEvery.TotalSeconds * Stopwatch.Frequency);
            while (!stop.IsCancellationRequested)
            {
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
                if (wait > TimeSpan.Zero)
                {
                    try
                    {
                        await Task.Delay(wait, stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                }

                next += (long)(reportEvery.TotalSeconds * Stopwatch.Frequency);
                lat = Math.Clamp(lat + (random.NextDouble() - 0.5) * 0.0004, South, North);
                lng = Math.Clamp(lng + (random.NextDouble() - 0.5) * 0.0005, West, East);
                Interlocked.Exchange(ref pending[index], Stopwatch.GetTimestamp());
                try
                {
                    // Fire-and-forget, as a phone reporting in the background would: the push is the answer.
                    await client.SendAsync("ReportPosition", lat, lng);
                }
                catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or OperationCanceledException or ObjectDisposedException
                                               or InvalidOperationException) // the official client: "not active" once the connection closed
                {
                    Interlocked.Increment(ref reportErrors);
                }
            }
        })).ToArray();

        // Warm-up (not measured): by default every client has reported twice; BENCH_LIVE_WARMUP (seconds) lengthens it so
        // the steady state is measured apart from the tail of the connection storm.
        await Task.Delay(TimeSpan.FromSeconds(warmUpSeconds));
        var self = new ProcessSampler(Environment.ProcessId);
        var selfBefore = self.Sample();
        var before = (Host: host?.Sample(), Redis: redis?.Sample());
        var peakRss = 0L;
        var bytesBefore = connected.Sum(c => c.ReceivedBytes(pushMethod));
        var pushesBefore = Interlocked.Read(ref pushes);
        measuring = true;
        var window = Stopwatch.StartNew();
        while (window.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            await Task.Delay(1000);
            peakRss = Math.Max(peakRss, host?.Sample().RssBytes ?? 0);
        }

        measuring = false;
        var elapsed = window.Elapsed.TotalSeconds;
        var after = (Host: host?.Sample(), Redis: redis?.Sample());
        // Pushes land on the clients' own loops: the bytes counted when the window closed go with the pushes counted then.
        var bytes = connected.Sum(c => c.ReceivedBytes(pushMethod)) - bytesBefore;
        var counted = Interlocked.Read(ref pushes) - pushesBefore;
        var selfAfter = self.Sample();
        await stop.CancelAsync();
        await Task.WhenAll(walkers);

        var expected = connected.Length / reportEvery.TotalSeconds;
        var sorted = latencies.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pushes received: {pushes / elapsed:0} /s, expected {expected:0} /s ({100.0 * pushes / (expected * elapsed):0.0}%) over {elapsed:0} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"report-to-push latency: p50 {Percentile(sorted, 0.50):0.0} ms, p90 {Percentile(sorted, 0.90):0.0} ms, p99 {Percentile(sorted, 0.99):0.0} ms, max {sorted.LastOrDefault():0.0} ms ({sorted.Length} reports, {reportErrors} refused)"));
        if (before.Host is { } h0 && after.Host is { } h1)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"host: CPU {ProcessSampler.CpuPercent(h0, h1):0}% (100% = one core), RSS {h1.RssBytes / 1048576.0:0} MiB (peak {peakRss / 1048576.0:0} MiB)"));
        }

        var bytesPerPush = counted == 0 ? 0 : bytes / (double)counted;
        var cpuUsPerPush = before.Host is { } c0 && after.Host is { } c1 && counted > 0 ? (c1.CpuSeconds - c0.CpuSeconds) * 1e6 / counted : double.NaN;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"per push ({clientOptions.Protocol}, {(deltas ? "deltas" : "full")}): {bytesPerPush:0} bytes on the wire, host {cpuUsPerPush:0} CPU-µs"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load generator (this process): CPU {ProcessSampler.CpuPercent(selfBefore, selfAfter):0}%"));
        BenchSummary.Record("live", new Dictionary<string, object?>
        {
            ["clients"] = connected.Length,
            ["seconds"] = elapsed,
            ["warmUpSeconds"] = warmUpSeconds,
            ["expectedPushes"] = expected * elapsed,
            ["pushes"] = pushes,
            ["pushRatio"] = pushes / (expected * elapsed),
            ["p50Ms"] = Percentile(sorted, 0.50),
            ["p99Ms"] = Percentile(sorted, 0.99),
            ["maxMs"] = sorted.LastOrDefault(),
            ["hostCpuPct"] = before.Host is { } hc0 && after.Host is { } hc1 ? ProcessSampler.CpuPercent(hc0, hc1) : null,
            ["rssMiB"] = after.Host is { } hr ? hr.RssBytes / 1048576.0 : null,
            ["bytesPerPush"] = bytesPerPush,
            ["cpuUsPerPush"] = double.IsNaN(cpuUsPerPush) ? null : cpuUsPerPush,
            ["protocol"] = clientOptions.Protocol == LiveProtocol.MessagePack ? "messagepack" : "json",
            ["deltas"] = deltas,
        });
        if (before.Redis is { } r0 && after.Redis is { } r1)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redis: CPU {ProcessSampler.CpuPercent(r0, r1):0}%, RSS {r1.RssBytes / 1048576.0:0} MiB"));
        }

        await Task.WhenAll(connected.Select(c => c.DisposeAsync().AsTask()));
        return 0;
    }

    public static async Task<int> ChatAsync(Dictionary<string, string> o)
    {
        var url = new Uri(o["url"]);
        var tokens = await File.ReadAllLinesAsync(Path.Combine(o["dir"], "live-tokens.txt"));
        var members = int.Parse(o.GetValueOrDefault("members", "50"), CultureInfo.InvariantCulture);
        var seconds = int.Parse(o.GetValueOrDefault("seconds", "15"), CultureInfo.InvariantCulture);
        var rates = o.GetValueOrDefault("rates", "500,1000,2000,3000").Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToArray();
        var host = ProcessSampler.For(o.GetValueOrDefault("host-pid"));
        var room = tokens.Skip(tokens.Length - members).ToArray(); // the last users: not among the map walkers
        var clientOptions = ClientOptions(o, deltas: false);

        // One meetup with 50 members, made and joined over REST like any client would.
        using var http = new HttpClient { BaseAddress = url };
        var api = room.Select(t =>
        {
            var client = new MoyeoraApiClient(new HttpClient { BaseAddress = url });
            client.UseTokens(new Moyeora.Account.AuthTokensDto { AccessToken = t });
            return client;
        }).ToArray();
        var start = DateTimeOffset.UtcNow.AddDays(1);
        var meetup = await api[0].Meetups.CreateAsync(new CreateMeetupDto
        {
            Title = "채팅 벤치", MaxMembers = Math.Max(2, members), StartTime = start, EndTime = start.AddHours(2),
            Place = "서울시청", Latitude = 37.5663, Longitude = 126.9779, Tags = ["벤치"],
        });
        foreach (var member in api.Skip(1))
        {
            await member.Meetups.JoinAsync(meetup.Id);
        }

        var live = await Task.WhenAll(room.Select(t => LiveClient.ConnectAsync(url, t, clientOptions)));
        var sentAt = new ConcurrentDictionary<long, long>();
        var deliveries = new ConcurrentBag<double>();
        long delivered = 0;
        foreach (var client in live)
        {
            client.On(LiveClientMethods.ChatMessage, message =>
            {
                var text = message.GetProperty("text").GetString();
                if (text is not null && text.StartsWith("m", StringComparison.Ordinal)
                    && long.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
                    && sentAt.TryGetValue(seq, out var at))
                {
                    deliveries.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
                    Interlocked.Increment(ref delivered);
                }
            });
        }

        Console.WriteLine($"chat room: {members} members connected ({clientOptions.Protocol}); each rate runs {seconds} s (messages stored, then delivered to all {members})");
        long sequence = 0;
        // A short warm-up (not reported) so the first measured rate does not pay for JIT and cold caches.
        foreach (var rate in rates.Prepend(-200))
        {
            var warmUp = rate < 0;
            deliveries.Clear();
            Interlocked.Exchange(ref delivered, 0);
            var errors = 0;
            var sent = 0;
            var before = host?.Sample();
            var watch = Stopwatch.StartNew();
            var offered = Math.Abs(rate);
            var interval = 1.0 / offered;
            var total = offered * (warmUp ? 3 : seconds);
            var inFlight = new List<Task>(total);
            // Open loop: messages leave on schedule whatever the answers, spread over the members.
            for (var n = 0; n < total; n++)
            {
                var due = TimeSpan.FromSeconds(n * interval);
                var wait = due - watch.Elapsed;
                if (wait > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wait);
                }

                var seq = Interlocked.Increment(ref sequence);
                sentAt[seq] = Stopwatch.GetTimestamp();
                sent++;
                inFlight.Add(Send(live[n % members], meetup.Id, seq, () => Interlocked.Increment(ref errors)));
            }

            await Task.WhenAll(inFlight);
            await Task.Delay(1000); // the last deliveries
            var elapsed = watch.Elapsed.TotalSeconds - 1;
            var after = host?.Sample();
            var sorted = deliveries.Order().ToArray();
            var expected = (long)(sent - errors) * members;
            if (warmUp)
            {
                sentAt.Clear();
                continue;
            }

            var cpu = before is { } b && after is { } a ? ProcessSampler.CpuPercent(b, a) : double.NaN;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {rate,5} msg/s offered: sent {sent / elapsed:0}/s, stored+delivered {delivered} of {expected} ({(expected == 0 ? 0 : 100.0 * delivered / expected):0.0}%), delivery p50 {Percentile(sorted, 0.50):0.0} ms p99 {Percentile(sorted, 0.99):0.0} ms, {errors} refused, host CPU {cpu:0}%"));
            BenchSummary.Record("chat", new Dictionary<string, object?>
            {
                ["clients"] = members,
                ["seconds"] = elapsed,
                ["rate"] = rate,
                ["msgsPerSec"] = sent / elapsed,
                ["p50Ms"] = Percentile(sorted, 0.50),
                ["p99Ms"] = Percentile(sorted, 0.99),
                ["maxMs"] = sorted.LastOrDefault(),
                ["deliveredRatio"] = expected == 0 ? 0 : delivered / (double)expected,
                ["refusals"] = errors,
                ["hostCpuPct"] = double.IsNaN(cpu) ? null : cpu,
                ["protocol"] = clientOptions.Protocol == LiveProtocol.MessagePack ? "messagepack" : "json",
            });
            sentAt.Clear();
        }

        await Task.WhenAll(live.Select(c => c.DisposeAsync().AsTask()));
        return 0;

        static async Task Send(LiveClient client, Guid meetupId, long seq, Action onError)
        {
            try
            {
                await client.InvokeAsync("SendChatMessage", meetupId, "m" + seq.ToString(CultureInfo.InvariantCulture));
            }
            catch (LiveHubException)
            {
                onError();
            }
        }
    }

    private static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}

/// <summary>CPU time and resident memory of a process on this machine, from /proc.</summary>
internal sealed class ProcessSampler(int pid)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public readonly record struct Reading(double CpuSeconds, long RssBytes, long At);

    public static ProcessSampler? For(string? pid) => int.TryParse(pid, out var id) && id > 0 ? new ProcessSampler(id) : null;

    public Reading Sample()
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var cpu = (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        var rssLine = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var rss = long.Parse(rssLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        return new Reading(cpu, rss, Stopwatch.GetTimestamp());
    }

    public static double CpuPercent(Reading before, Reading after) =>
        100 * (after.CpuSeconds - before.CpuSeconds) / Stopwatch.GetElapsedTime(before.At, after.At).TotalSeconds;
}
