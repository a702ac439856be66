using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Moyeora.ClientProxies;
using Moyeora.Live;
using Moyeora.Meetups;

namespace Moyeora.Bench;

/// <summary>
/// The soak (etc/faults/soak.sh): live clients walking and reporting, a chat room talking and REST reads, for a long
/// time; every <c>--sample</c> seconds the RSS and open handles of each watched process are read. At the end: the slope
/// of both (least squares, after the first fifth as warm-up), the calls that failed, the errors in the logs and how
/// each job kept its schedule.
/// </summary>
internal static class Soak
{
    private const double South = 37.45, North = 37.65, West = 126.85, East = 127.15;

    public static async Task<int> RunAsync(Dictionary<string, string> o)
    {
        var url = new Uri(o["url"]);
        var tokens = await File.ReadAllLinesAsync(Path.Combine(o["dir"], "live-tokens.txt"));
        var members = int.Parse(o.GetValueOrDefault("members", "20"), CultureInfo.InvariantCulture);
        var clients = Math.Min(tokens.Length - members, int.Parse(o.GetValueOrDefault("clients", "2000"), CultureInfo.InvariantCulture));
        var duration = TimeSpan.FromSeconds(double.Parse(o.GetValueOrDefault("seconds", "1800"), CultureInfo.InvariantCulture));
        var sampleEvery = TimeSpan.FromSeconds(double.Parse(o.GetValueOrDefault("sample", "10"), CultureInfo.InvariantCulture));
        var chatPerSecond = double.Parse(o.GetValueOrDefault("chat-rate", "5"), CultureInfo.InvariantCulture);
        var restPerSecond = double.Parse(o.GetValueOrDefault("rest-rate", "20"), CultureInfo.InvariantCulture);
        // name=pid,... : the processes whose memory and handles are watched (the nodes, Redis, the database).
        var watched = o.GetValueOrDefault("pids", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=')).Select(p => (Name: p[0], Pid: int.Parse(p[1], CultureInfo.InvariantCulture))).ToList();
        var logs = o.GetValueOrDefault("logs", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        var admin = new MoyeoraApiClient(new HttpClient { BaseAddress = url });
        await admin.SignInAsync(o["admin-phone"], o["admin-password"]);
        var jobsBefore = (await admin.Jobs.GetListAsync()).ToDictionary(j => j.Name);

        var errors = new ConcurrentDictionary<string, int>();
        // A failure without a code (e.g. the connection ended under the call) is told apart by its message.
        void Failed(string what, Exception ex) => errors.AddOrUpdate(
            $"{what}: {ex.GetType().Name} {(ex as LiveHubException)?.Code ?? (ex as MoyeoraApiException)?.Code ?? Shorten(ex.Message)}", 1, (_, n) => n + 1);
        static string Shorten(string message) => message.Length <= 80 ? message : message[..80] + "…";
        long reports = 0, pushes = 0, chats = 0, delivered = 0, expectedDeliveries = 0, reads = 0, talkerReconnects = 0;

        // The chat room: the last tokens, one meetup made and joined over REST.
        var room = tokens.Skip(tokens.Length - members).ToArray();
        var roomApi = room.Select(t =>
        {
            var api = new MoyeoraApiClient(new HttpClient { BaseAddress = url });
            api.UseTokens(new Moyeora.Account.AuthTokensDto { AccessToken = t });
            return api;
        }).ToArray();
        var start = DateTimeOffset.UtcNow.AddDays(1);
        var meetup = await roomApi[0].Meetups.CreateAsync(new CreateMeetupDto
        {
            Title = "소크 시험", MaxMembers = Math.Max(2, members), StartTime = start, EndTime = start.AddHours(2),
            Place = "서울시청", Latitude = 37.5663, Longitude = 126.9779, Tags = ["소크"],
        });
        foreach (var member in roomApi.Skip(1))
        {
            await member.Meetups.JoinAsync(meetup.Id);
        }

        Console.WriteLine($"connecting {clients} live clients and {members} chat members...");
        var connect = Stopwatch.StartNew();
        var live = new LiveClient?[clients];
        await Parallel.ForAsync(0, clients, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
        {
            try
            {
                live[i] = await LiveClient.ConnectAsync(url, tokens[i], ct);
                live[i]!.OnSignal(LiveClientMethods.Nearby, () => Interlocked.Increment(ref pushes));
            }
            catch (Exception ex)
            {
                Failed("connect", ex);
            }
        });
        async Task<LiveClient> TalkerAsync(string token)
        {
            var talker = await LiveClient.ConnectAsync(url, token);
            talker.OnSignal(LiveClientMethods.ChatMessage, () => Interlocked.Increment(ref delivered));
            return talker;
        }

        var talkers = await Task.WhenAll(room.Select(TalkerAsync));

        Console.WriteLine($"connected {live.Count(c => c is not null)} of {clients} in {connect.Elapsed.TotalSeconds:0} s; soaking for {duration.TotalMinutes:0.#} min");

        using var stop = new CancellationTokenSource(duration);
        var loops = new List<Task>();
        loops.AddRange(live.Select((client, index) => Task.Run(async () =>
        {
            if (client is null)
            {
                return;
            }

            var random = new Random(index);
            var (lat, lng) = (South + random.NextDouble() * (North - South), West + random.NextDouble() * (East - West));
            await Delay(TimeSpan.FromSeconds(random.NextDouble() * 3), stop.Token);
            while (!stop.IsCancellationRequested)
            {
                lat = Math.Clamp(lat + (random.NextDouble() - 0.5) * 0.0004, South, North);
                lng = Math.Clamp(lng + (random.NextDouble() - 0.5) * 0.0005, West, East);
                try
                {
                    await client.SendAsync("ReportPosition", lat, lng);
                    Interlocked.Increment(ref reports);
                }
                catch (Exception ex)
                {
                    Failed("report", ex);
                }

                await Delay(TimeSpan.FromSeconds(3), stop.Token);
            }
        })));
        loops.Add(Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                try
                {
                    // A member whose connection ended comes back, as the app does; the close is counted with its reason.
                    for (var t = 0; t < talkers.Length; t++)
                    {
                        if (talkers[t].Closed.IsCompleted)
                        {
                            errors.AddOrUpdate($"chat member: connection closed ({await talkers[t].Closed ?? "no reason"})", 1, (_, c) => c + 1);
                            await talkers[t].DisposeAsync();
                            talkers[t] = await TalkerAsync(room[t]);
                            Interlocked.Increment(ref talkerReconnects);
                        }
                    }

                    await talkers[n % talkers.Length].InvokeAsync("SendChatMessage", meetup.Id, "소크 " + n.ToString(CultureInfo.InvariantCulture));
                    Interlocked.Increment(ref chats);
                    // Every member connected when it was acknowledged should get it.
                    Interlocked.Add(ref expectedDeliveries, talkers.Count(t => !t.Closed.IsCompleted));
                }
                catch (Exception ex)
                {
                    Failed("chat", ex);
                }

                await Delay(TimeSpan.FromSeconds(1 / chatPerSecond), stop.Token);
            }
        }));
        var signedIn = Stopwatch.StartNew();
        loops.Add(Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                try
                {
                    // Seeded tokens live 15 minutes: REST reads go as the administrator, signed in again every 10.
                    if (signedIn.Elapsed > TimeSpan.FromMinutes(10))
                    {
                        await admin.SignInAsync(o["admin-phone"], o["admin-password"]);
                        signedIn.Restart();
                    }

                    var api = admin;
                    if (n % 2 == 0)
                    {
                        await api.Meetups.GetAsync(meetup.Id);
                    }
                    else
                    {
                        await api.Meetups.GetRecruitingListAsync(new Moyeora.Dtos.PagedRequestDto { MaxResultCount = 20 });
                    }

                    Interlocked.Increment(ref reads);
                }
                catch (Exception ex)
                {
                    Failed("rest", ex);
                }

                await Delay(TimeSpan.FromSeconds(1 / restPerSecond), stop.Token);
            }
        }));

        var samples = watched.ToDictionary(w => w.Name, _ => new List<(double Minutes, double RssMiB, double Handles)>());
        var clock = Stopwatch.StartNew();
        while (!stop.IsCancellationRequested)
        {
            foreach (var (name, pid) in watched)
            {
                try
                {
                    var rss = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                    var kib = double.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                    samples[name].Add((clock.Elapsed.TotalMinutes, kib / 1024, Directory.GetFiles($"/proc/{pid}/fd").Length));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
                {
                    errors.AddOrUpdate($"process {name} ({pid}) gone", 1, (_, n) => n + 1);
                }
            }

            Console.WriteLine(FormattableString.Invariant($"  {clock.Elapsed:mm\\:ss} reports {reports}, pushes {pushes}, chat {chats} sent / {delivered} delivered, REST {reads}, failures {errors.Values.Sum()}; ") +
                string.Join(", ", samples.Select(s => s.Value.Count == 0 ? s.Key : FormattableString.Invariant($"{s.Key} {s.Value[^1].RssMiB:0} MiB {s.Value[^1].Handles:0} fds"))));
            await Delay(sampleEvery, stop.Token);
        }

        await Task.WhenAll(loops);
        await Task.Delay(2_000);

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== soak result ({clock.Elapsed.TotalMinutes:0.0} min, {live.Count(c => c is not null)} live clients) =="));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"traffic: {reports} reports, {pushes} pushes, {chats} chat messages ({delivered} deliveries of {expectedDeliveries} expected to the members connected when each was acknowledged; {talkerReconnects} member reconnects), {reads} REST reads"));
        foreach (var (name, points) in samples)
        {
            var steady = points.Skip(points.Count / 5).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: RSS {steady.FirstOrDefault().RssMiB:0} → {steady.LastOrDefault().RssMiB:0} MiB, slope {Slope(steady.Select(p => (p.Minutes, p.RssMiB))):+0.00;-0.00} MiB/min; " +
                $"handles {steady.FirstOrDefault().Handles:0} → {steady.LastOrDefault().Handles:0}, slope {Slope(steady.Select(p => (p.Minutes, p.Handles))):+0.00;-0.00} /min"));
        }

        Console.WriteLine("failed calls: " + (errors.IsEmpty ? "none" : string.Join("; ", errors.Select(e => $"{e.Key} ×{e.Value}"))));
        // Each error with the lines that say what it was (the console logger writes the message on the next lines).
        var errorLines = logs.Where(File.Exists).SelectMany(f =>
        {
            var lines = File.ReadAllLines(f);
            return lines.Select((line, i) => (line, i)).Where(x => x.line.StartsWith("fail:", StringComparison.Ordinal) || x.line.StartsWith("crit:", StringComparison.Ordinal))
                .Select(x => $"{Path.GetFileName(f)}: {x.line} | {string.Join(" | ", lines.Skip(x.i + 1).Take(3).Select(l => l.Trim()))}");
        }).ToList();
        Console.WriteLine($"errors in the logs: {errorLines.Count}");
        errorLines.Take(10).ToList().ForEach(l => Console.WriteLine("  " + (l.Length > 600 ? l[..600] + "…" : l)));

        await admin.SignInAsync(o["admin-phone"], o["admin-password"]);
        var jobsAfter = await admin.Jobs.GetListAsync();
        Console.WriteLine("jobs (runs during the soak, failures, last start):");
        foreach (var job in jobsAfter)
        {
            var before = jobsBefore.GetValueOrDefault(job.Name);
            var runs = job.RunCount - (before?.RunCount ?? 0);
            var failures = job.FailureCount - (before?.FailureCount ?? 0);
            var minutely = job.Schedule.Split(' ') is { Length: 5 or 6 } f && f[^5] == "*" && f[^4] == "*";
            var expected = minutely ? $"expected {Math.Floor(clock.Elapsed.TotalMinutes):0}–{Math.Ceiling(clock.Elapsed.TotalMinutes):0}" : "not due";
            var onSchedule = !minutely || Math.Abs(runs - clock.Elapsed.TotalMinutes) <= 1.01;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {job.Name,-28} '{job.Schedule}': {runs} runs ({expected}), {failures} failed, last start {job.LastStartTime:HH:mm:ss} — {(onSchedule && failures == 0 ? "on schedule" : "OFF SCHEDULE")}"));
        }

        await Task.WhenAll(live.Where(c => c is not null).Select(c => c!.DisposeAsync().AsTask()).Concat(talkers.Select(t => t.DisposeAsync().AsTask())));
        return 0;
    }

    private static async Task Delay(TimeSpan delay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, stop);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Least-squares slope of y over x (per minute); 0 with fewer than two points.</summary>
    private static double Slope(IEnumerable<(double X, double Y)> points)
    {
        var list = points.ToList();
        if (list.Count < 2)
        {
            return 0;
        }

        var (mx, my) = (list.Average(p => p.X), list.Average(p => p.Y));
        var den = list.Sum(p => (p.X - mx) * (p.X - mx));
        return den == 0 ? 0 : list.Sum(p => (p.X - mx) * (p.Y - my)) / den;
    }
}
