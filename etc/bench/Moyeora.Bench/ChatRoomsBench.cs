using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Moyeora.ClientProxies;
using Moyeora.Live;
using Moyeora.Meetups;

/// <summary>
/// Chat in many small rooms at once (issue 17: 500 rooms × 10 members, 2,000 messages/s in total): every room is a
/// meetup of its own with distinct members (a user has one live connection, so one user per seat), made and joined
/// over REST; every member is connected over the live hub; then senders spread over all rooms and their members send
/// on an open-loop schedule at the offered total rate. Measures send-to-delivery latency at every member, the
/// delivered ratio, messages stored per second, refusals by error code, and the host's CPU and RSS.
/// </summary>
internal static class ChatRoomsBench
{
    public static async Task<int> RunAsync(Dictionary<string, string> o)
    {
        var url = new Uri(o["url"]);
        var tokens = await File.ReadAllLinesAsync(Path.Combine(o["dir"], "live-tokens.txt"));
        var rooms = Int(o, "rooms", 500);
        var members = Int(o, "members", 10);
        var seconds = Int(o, "seconds", 30);
        var rates = o.GetValueOrDefault("rates", "2000").Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToArray();
        var host = ProcessSampler.For(o.GetValueOrDefault("host-pid"));
        var redis = ProcessSampler.For(o.GetValueOrDefault("redis-pid"));
        if (members < MeetupConsts.MinMembers || members > MeetupConsts.MaxMembers)
        {
            Console.Error.WriteLine($"--members must be {MeetupConsts.MinMembers}–{MeetupConsts.MaxMembers} (a meetup's capacity, host included)");
            return 2;
        }

        if (rooms * members > tokens.Length)
        {
            Console.Error.WriteLine($"{rooms} rooms × {members} members need {rooms * members} seeded users; live-tokens.txt has {tokens.Length}");
            return 2;
        }

        // Room r is users r*M .. r*M+M-1: the first creates the meetup (and is its host), the others join it.
        Console.WriteLine($"chat rooms: creating {rooms} meetups × {members} members over REST...");
        var setup = Stopwatch.StartNew();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 32, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var meetupIds = new Guid[rooms];
        var start = DateTimeOffset.UtcNow.AddDays(1);
        await Parallel.ForAsync(0, rooms, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (r, ct) =>
        {
            var meetup = await Api(handler, url, tokens[r * members]).Meetups.CreateAsync(new CreateMeetupDto
            {
                Title = $"채팅방 벤치 {r}", MaxMembers = members, StartTime = start, EndTime = start.AddHours(2),
                Place = "서울시청", Latitude = 37.5663, Longitude = 126.9779, Tags = ["벤치"],
            }, ct);
            meetupIds[r] = meetup.Id;
            for (var m = 1; m < members; m++)
            {
                await Api(handler, url, tokens[r * members + m]).Meetups.JoinAsync(meetup.Id, ct);
            }
        });
        Console.WriteLine($"  {rooms} rooms filled in {setup.Elapsed.TotalSeconds:0.0} s");

        // Every member connected (joining the meetup's room happens on connect).
        var seats = rooms * members;
        var live = new LiveClient?[seats];
        var connectFailures = 0;
        setup.Restart();
        await Parallel.ForAsync(0, seats, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, ct) =>
        {
            try
            {
                live[i] = await LiveClient.ConnectAsync(url, tokens[i], ct);
            }
            catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or LiveHubException or TimeoutException or HttpRequestException
                                           or OperationCanceledException or InvalidOperationException)
            {
                Interlocked.Increment(ref connectFailures);
            }
        });
        var connected = live.Count(c => c is not null);
        Console.WriteLine($"  {connected} of {seats} members connected in {setup.Elapsed.TotalSeconds:0.0} s ({connectFailures} failed)");
        await Task.Delay(TimeSpan.FromSeconds(5)); // the host's work for the connect burst (rooms, last-seen) settles first

        // Sequence numbers index the send times; a delivery is "c<seq>" arriving at any member.
        var maxMessages = rates.Sum(r => (long)r * seconds) + rates.Max() * 3L + 1;
        var sentAt = new long[maxMessages + 1];
        var window = new Window();
        foreach (var client in live.OfType<LiveClient>())
        {
            client.On(LiveClientMethods.ChatMessage, message =>
            {
                var text = message.GetProperty("text").GetString();
                if (text is ['c', ..] && long.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
                    && seq > 0 && seq < sentAt.Length && Volatile.Read(ref sentAt[seq]) is var at and not 0)
                {
                    window.Delivered(seq, Stopwatch.GetElapsedTime(at).TotalMilliseconds);
                }
            });
        }

        long sequence = 0;
        var self = new ProcessSampler(Environment.ProcessId);
        // A short warm-up (not reported) so the first measured rate does not pay for JIT and cold caches.
        foreach (var rate in rates.Prepend(-Math.Max(100, rates[0] / 4)))
        {
            var warmUp = rate < 0;
            var offered = Math.Abs(rate);
            var total = offered * (warmUp ? 3 : seconds);
            var firstSeq = sequence + 1;
            window.Reset(firstSeq, (long)total * members);
            var refusals = new ConcurrentDictionary<string, int>();
            var before = (Host: host?.Sample(), Redis: redis?.Sample(), Self: self.Sample());
            var peakRss = 0L;
            var sampling = SampleRssAsync(host, rss => peakRss = Math.Max(peakRss, rss), window);
            var watch = Stopwatch.StartNew();
            var interval = 1.0 / offered;
            var inFlight = new List<Task>(total);
            var skipped = 0;
            // Open loop: messages leave on schedule whatever the answers; message n goes to room n % R, from the
            // room's members in turn, so every room gets rate/R a second and every member rate/(R·M).
            for (var n = 0; n < total; n++)
            {
                var wait = TimeSpan.FromSeconds(n * interval) - watch.Elapsed;
                if (wait > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wait);
                }

                var room = n % rooms;
                var sender = live[room * members + (n / rooms) % members];
                var seq = ++sequence;
                if (sender is null)
                {
                    skipped++;
                    continue;
                }

                Volatile.Write(ref sentAt[seq], Stopwatch.GetTimestamp());
                inFlight.Add(SendAsync(sender, meetupIds[room], seq, refusals));
            }

            var sendSeconds = watch.Elapsed.TotalSeconds;
            await Task.WhenAll(inFlight);
            var storedSeconds = watch.Elapsed.TotalSeconds;
            var sent = total - skipped;
            var refused = refusals.Values.Sum();
            var expected = (long)(sent - refused) * members;
            // The last deliveries: until all arrived, at most 5 s after the last answer.
            var drain = Stopwatch.StartNew();
            while (window.Count < expected && drain.Elapsed < TimeSpan.FromSeconds(5))
            {
                await Task.Delay(50);
            }

            var elapsed = watch.Elapsed.TotalSeconds;
            var after = (Host: host?.Sample(), Redis: redis?.Sample(), Self: self.Sample());
            window.Stop();
            await sampling;
            if (warmUp)
            {
                continue;
            }

            var latencies = window.Sorted();
            var delivered = latencies.Length;
            var ratio = expected == 0 ? 0 : (double)delivered / expected;
            var hostCpu = before.Host is { } h0 && after.Host is { } h1 ? ProcessSampler.CpuPercent(h0, h1) : (double?)null;
            var rss = after.Host?.RssBytes / 1048576.0;
            var redisCpu = before.Redis is { } r0 && after.Redis is { } r1 ? ProcessSampler.CpuPercent(r0, r1) : (double?)null;
            var selfCpu = ProcessSampler.CpuPercent(before.Self, after.Self);
            var refusalText = refused == 0 ? "none refused" : string.Join(", ", refusals.OrderBy(r => r.Key).Select(r => $"{r.Value} {r.Key}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {offered,5} msg/s offered in {rooms} rooms × {members}: sent {sent / sendSeconds:0}/s, stored {(sent - refused) / storedSeconds:0}/s; delivered {delivered} of {expected} ({100 * ratio:0.0}%); delivery p50 {Percentile(latencies, 0.50):0.0} ms, p99 {Percentile(latencies, 0.99):0.0} ms, max {latencies.LastOrDefault():0.0} ms; {refusalText}; host CPU {hostCpu:0}%, RSS {rss:0} MiB (peak {peakRss / 1048576.0:0}); load generator CPU {selfCpu:0}%"));
            BenchSummary.Record("chatrooms", new Dictionary<string, object?>
            {
                ["rooms"] = rooms,
                ["members"] = members,
                ["clients"] = seats,
                ["connected"] = connected,
                ["seconds"] = seconds,
                ["offeredMsgsPerSec"] = offered,
                ["sentPerSec"] = sent / sendSeconds,
                ["msgsPerSec"] = (sent - refused) / storedSeconds,
                ["deliveriesPerSec"] = delivered / elapsed,
                ["deliveredRatio"] = ratio,
                ["p50Ms"] = Percentile(latencies, 0.50),
                ["p90Ms"] = Percentile(latencies, 0.90),
                ["p99Ms"] = Percentile(latencies, 0.99),
                ["maxMs"] = latencies.LastOrDefault(),
                ["refused"] = refused,
                ["refusals"] = new SortedDictionary<string, int>(refusals, StringComparer.Ordinal),
                ["hostCpuPct"] = hostCpu,
                ["rssMiB"] = rss,
                ["rssPeakMiB"] = peakRss / 1048576.0,
                ["redisCpuPct"] = redisCpu,
                ["loadGenCpuPct"] = selfCpu,
            });
        }

        await Task.WhenAll(live.OfType<LiveClient>().Select(c => c.DisposeAsync().AsTask()));
        return 0;
    }

    private static MoyeoraApiClient Api(HttpMessageHandler handler, Uri url, string token)
    {
        var client = new MoyeoraApiClient(new HttpClient(handler, disposeHandler: false) { BaseAddress = url });
        client.UseTokens(new Moyeora.Account.AuthTokensDto { AccessToken = token });
        return client;
    }

    private static async Task SendAsync(LiveClient client, Guid meetupId, long seq, ConcurrentDictionary<string, int> refusals)
    {
        try
        {
            await client.InvokeAsync("SendChatMessage", meetupId, "c" + seq.ToString(CultureInfo.InvariantCulture));
        }
        catch (LiveHubException ex)
        {
            // A refusal with its code (rate limit, back-pressure, ...), or "connectionClosed" when the connection ended.
            refusals.AddOrUpdate(ex.Code ?? "connectionClosed", 1, (_, n) => n + 1);
        }
    }

    private static async Task SampleRssAsync(ProcessSampler? host, Action<long> peak, Window window)
    {
        while (host is not null && window.Open)
        {
            peak(host.Sample().RssBytes);
            await Task.Delay(500);
        }
    }

    private static int Int(Dictionary<string, string> o, string name, int fallback) =>
        o.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    /// <summary>
    /// The deliveries of one measured rate: latencies of messages from <c>firstSeq</c> on, in a preallocated array
    /// (20,000 deliveries a second must not allocate per delivery).
    /// </summary>
    private sealed class Window
    {
        private double[] _latencies = [];
        private long _firstSeq = long.MaxValue;
        private int _count;

        public bool Open { get; private set; }

        public int Count => Math.Min(Volatile.Read(ref _count), _latencies.Length);

        public void Reset(long firstSeq, long capacity)
        {
            _latencies = new double[capacity];
            _count = 0;
            Volatile.Write(ref _firstSeq, firstSeq);
            Open = true;
        }

        public void Stop()
        {
            Open = false;
            Volatile.Write(ref _firstSeq, long.MaxValue);
        }

        public void Delivered(long seq, double milliseconds)
        {
            if (seq < Volatile.Read(ref _firstSeq))
            {
                return; // a late delivery from an earlier rate
            }

            var latencies = _latencies;
            var index = Interlocked.Increment(ref _count) - 1;
            if (index < latencies.Length)
            {
                latencies[index] = milliseconds;
            }
        }

        public double[] Sorted()
        {
            var sorted = _latencies.AsSpan(0, Count).ToArray();
            Array.Sort(sorted);
            return sorted;
        }
    }
}
