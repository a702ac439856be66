using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Moyeora.Chat;
using Moyeora.ClientProxies;
using Moyeora.Live;
using Moyeora.Meetups;
using Moyeora.Notifications;

namespace Moyeora.HttpApi.Tests.Faults;

/// <summary>What one call of the background traffic came to, and when (on the traffic's clock).</summary>
public sealed record TrafficOutcome(TimeSpan At, string Kind, string Result, TimeSpan Took)
{
    public const string Ok = "ok";

    /// <summary>No answer within <see cref="FaultTraffic.CallTimeout"/>: the hang the tests forbid.</summary>
    public const string Hung = "hung";

    public const string Closed = "closed";
}

/// <summary>
/// One person's live connection that reconnects by itself (every 200 ms, as the web app does) through the root it
/// was given, and remembers when it lost and regained the connection.
/// </summary>
public sealed class LiveSession(Uri root, string accessToken, Guid userId, Stopwatch clock)
{
    private readonly ConcurrentQueue<(TimeSpan Lost, TimeSpan Regained)> _reconnects = new();
    private volatile LiveClient? _current;

    public Guid UserId { get; } = userId;

    public LiveClient? Current => _current;

    public IReadOnlyCollection<(TimeSpan Lost, TimeSpan Regained)> Reconnects => _reconnects;

    /// <summary>Every chat message id this session received live, whichever connection it came on.</summary>
    public ConcurrentDictionary<long, bool> ChatReceived { get; } = new();

    public ConcurrentQueue<NotificationDto> Notifications { get; } = new();

    public async Task RunAsync(CancellationToken stopping)
    {
        TimeSpan? lost = null;
        while (!stopping.IsCancellationRequested)
        {
            LiveClient client;
            try
            {
                client = await LiveClient.ConnectAsync(root, accessToken, stopping).WaitAsync(FaultTraffic.CallTimeout, stopping);
            }
            catch (Exception) when (!stopping.IsCancellationRequested)
            {
                lost ??= clock.Elapsed;
                await Task.Delay(200, CancellationToken.None);
                continue;
            }
            catch (Exception)
            {
                return;
            }

            client.On(LiveClientMethods.ChatMessage, m => ChatReceived[m.GetProperty("id").GetInt64()] = true);
            client.On(LiveClientMethods.Notification, n => Notifications.Enqueue(n.Deserialize<NotificationDto>(LiveClient.PayloadOptions)!));
            _current = client;
            if (lost is { } at)
            {
                _reconnects.Enqueue((at, clock.Elapsed));
                lost = null;
            }

            await Task.WhenAny(client.Closed, Task.Delay(Timeout.Infinite, stopping));
            _current = null;
            if (!stopping.IsCancellationRequested)
            {
                lost = clock.Elapsed;
            }

            await client.DisposeAsync();
        }
    }
}

/// <summary>
/// Traffic that runs while a fault test breaks something, through the balancer: people with live connections
/// reporting positions, members chatting in one meetup's room over the hub, REST reads of the meetup and DB-only
/// REST writes (new meetups). Every call is bounded by <see cref="CallTimeout"/> and recorded as a <see cref="TrafficOutcome"/>.
/// </summary>
public sealed class FaultTraffic : IAsyncDisposable
{
    /// <summary>Longer than any timeout of the host: a call that takes this long hung.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(25);

    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _loops = [];

    private FaultTraffic(FaultCluster cluster)
    {
        Cluster = cluster;
    }

    public FaultCluster Cluster { get; }

    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    public TimeSpan Now => Clock.Elapsed;

    public ConcurrentQueue<TrafficOutcome> Outcomes { get; } = new();

    /// <summary>Chat messages the hub acknowledged to their sender (id → text).</summary>
    public ConcurrentDictionary<long, string> Acknowledged { get; } = new();

    public MeetupDto Meetup { get; private set; } = null!;

    public MoyeoraApiClient Host { get; private set; } = null!;

    public MoyeoraApiClient Admin { get; private set; } = null!;

    public Guid HostId { get; private set; }

    public List<LiveSession> Walkers { get; } = [];

    public List<LiveSession> Chatters { get; } = [];

    public static async Task<FaultTraffic> StartAsync(FaultCluster cluster, int walkers = 6, int chatters = 3)
    {
        var traffic = new FaultTraffic(cluster);
        traffic.Admin = await cluster.AdminAsync();
        var (host, hostTokens) = await cluster.SignUpAsync(traffic.Admin);
        traffic.Host = host;
        traffic.HostId = hostTokens.UserId;
        traffic.Meetup = await host.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup(maxMembers: 20, title: "장애 시험"));
        for (var i = 0; i < chatters; i++)
        {
            var (api, tokens) = await cluster.SignUpAsync(traffic.Admin);
            await api.Meetups.JoinAsync(traffic.Meetup.Id);
            traffic.Chatters.Add(new LiveSession(cluster.Balancer, tokens.AccessToken, tokens.UserId, traffic.Clock));
        }

        for (var i = 0; i < walkers; i++)
        {
            var (_, tokens) = await cluster.SignUpAsync(traffic.Admin);
            traffic.Walkers.Add(new LiveSession(cluster.Balancer, tokens.AccessToken, tokens.UserId, traffic.Clock));
        }

        var stopping = traffic._stopping.Token;
        foreach (var session in traffic.Walkers.Concat(traffic.Chatters))
        {
            traffic._loops.Add(Task.Run(() => session.RunAsync(stopping), CancellationToken.None));
        }

        for (var i = 0; i < traffic.Walkers.Count; i++)
        {
            var (session, index) = (traffic.Walkers[i], i);
            traffic._loops.Add(traffic.LoopAsync("report", TimeSpan.FromMilliseconds(1_100), async () =>
            {
                // Side by side in Seoul, so every walker sees the others nearby.
                _ = await (session.Current ?? throw new ObjectDisposedException("no connection"))
                    .InvokeAsync<ReportPositionResultDto>("ReportPosition", 37.5547 + (index * 0.0003), 126.9706);
            }));
        }

        for (var i = 0; i < traffic.Chatters.Count; i++)
        {
            var (session, index) = (traffic.Chatters[i], i);
            var sent = 0;
            traffic._loops.Add(traffic.LoopAsync("chat", TimeSpan.FromMilliseconds(700), async () =>
            {
                var text = $"장애 중 메시지 {index}-{Interlocked.Increment(ref sent)}";
                var message = await (session.Current ?? throw new ObjectDisposedException("no connection"))
                    .InvokeAsync<ChatMessageDto>("SendChatMessage", traffic.Meetup.Id, text);
                traffic.Acknowledged[message!.Id] = text;
            }));
        }

        traffic._loops.Add(traffic.LoopAsync("read", TimeSpan.FromMilliseconds(150), async () =>
        {
            (await host.Meetups.GetAsync(traffic.Meetup.Id)).Id.ShouldBe(traffic.Meetup.Id);
        }));
        traffic._loops.Add(traffic.LoopAsync("read", TimeSpan.FromMilliseconds(150), async () =>
        {
            await host.Meetups.GetRecruitingListAsync(new Moyeora.Dtos.PagedRequestDto { MaxResultCount = 10 });
        }));
        traffic._loops.Add(traffic.LoopAsync("write", TimeSpan.FromMilliseconds(400), async () =>
        {
            await host.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup(title: "장애 중 새 모임"));
        }));
        return traffic;
    }

    private Task LoopAsync(string kind, TimeSpan every, Func<Task> call) => Task.Run(async () =>
    {
        var stopping = _stopping.Token;
        while (!stopping.IsCancellationRequested)
        {
            var at = Clock.Elapsed;
            var took = Stopwatch.StartNew();
            string result;
            try
            {
                await call().WaitAsync(CallTimeout, CancellationToken.None);
                result = TrafficOutcome.Ok;
            }
            catch (Exception ex)
            {
                result = ResultOf(ex);
            }

            if (result != TrafficOutcome.Closed || !stopping.IsCancellationRequested)
            {
                Outcomes.Enqueue(new TrafficOutcome(at, kind, result, took.Elapsed));
            }

            try
            {
                await Task.Delay(every, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }, CancellationToken.None);

    /// <summary>The outcome of a failed call: the refusal's code (with its status over REST), or what went wrong on the way.</summary>
    public static string ResultOf(Exception exception) => exception switch
    {
        TimeoutException or TaskCanceledException => TrafficOutcome.Hung,
        MoyeoraApiException api => $"{(int)api.StatusCode} {api.Code}",
        LiveHubException { Code: { } code } => code,
        LiveHubException or ObjectDisposedException => TrafficOutcome.Closed,
        HttpRequestException => "network",
        _ => exception.GetType().Name,
    };

    public IReadOnlyList<TrafficOutcome> Between(TimeSpan from, TimeSpan to, string? kind = null) =>
        Outcomes.Where(o => o.At >= from && o.At < to && (kind is null || o.Kind == kind)).ToList();

    /// <summary>A summary for the test's output: per kind, how many calls came to what, and the slowest.</summary>
    public static string Describe(IEnumerable<TrafficOutcome> outcomes) => string.Join("; ", outcomes.GroupBy(o => o.Kind).OrderBy(g => g.Key).Select(g =>
        $"{g.Key}: " + string.Join(", ", g.GroupBy(o => o.Result).Select(r => $"{r.Key} ×{r.Count()}")) + $" (slowest {g.Max(o => o.Took).TotalMilliseconds:0} ms)"));

    /// <summary>Every chat message of the traffic's meetup, read back over REST (all pages).</summary>
    public async Task<IReadOnlyList<ChatMessageDto>> HistoryAsync()
    {
        var all = new List<ChatMessageDto>();
        long? before = null;
        do
        {
            var page = await Host.Chat.GetMessagesAsync(Meetup.Id, new GetChatMessagesDto { BeforeId = before, MaxResultCount = 100 });
            all.AddRange(page.Items);
            before = page.NextBeforeId;
        }
        while (before is not null);
        return all;
    }

    public async Task StopAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            await _stopping.CancelAsync();
            await Task.WhenAll(_loops).WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }
}
