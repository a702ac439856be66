using System.Diagnostics;
using System.Net;
using Moyeora.Live;
using Moyeora.TestBase.Servers;
using Npgsql;
using Xunit.Abstractions;

namespace Moyeora.HttpApi.Tests.Faults;

/// <summary>
/// Fault 5: the database, then Redis, hang (a loopback proxy in front of each holds every byte) while a node takes a
/// burst of calls. Calls are bounded by timeouts and answered 503 <c>Moyeora:ServiceUnavailable</c>; the node does not
/// starve (liveness and readiness keep answering) and serves again as soon as the dependency does.
/// </summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Faults")]
public sealed class SlowDependency_Fault_Tests(FaultCluster cluster, ITestOutputHelper output)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(4);

    private static readonly TimeSpan HangingDatabaseBound = TimeSpan.FromSeconds(50);

    [Fact]
    public async Task Hanging_Database_And_Redis_Calls_Are_Answered_503_In_Bounded_Time_And_The_Node_Stays_Up()
    {
        await cluster.EnsureHealthyAsync();
        await using var database = new StallingProxy(cluster.Postgres.Port);
        await using var redis = new StallingProxy(cluster.Redis.Port);
        var viaProxy = new NpgsqlConnectionStringBuilder(cluster.Database) { Port = database.Port }.ConnectionString;
        var node = await cluster.StartExtraNodeAsync(
            ("ConnectionStrings__Default", viaProxy),
            ("Redis__Configuration", $"127.0.0.1:{redis.Port},abortConnect=false,asyncTimeout=1500,syncTimeout=1500"),
            ("Hosting__RequestTimeoutSeconds", RequestTimeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var admin = await cluster.AdminAsync();
        var (_, tokens) = await cluster.SignUpAsync(admin);
        var api = FaultCluster.Api(node.Root);
        api.UseTokens(tokens);
        await api.Notifications.GetUnreadCountAsync(); // warm: the person's session is known to the node
        await using var live = await LiveClient.ConnectAsync(node.Root, tokens.AccessToken);
        await live.InvokeAsync("ReportPosition", 37.55, 126.97);

        // The database hangs: a burst of 100 requests that need it.
        database.Stalled = true;
        var (burst, health) = await BurstAsync(node.Root, tokens.AccessToken, 100, "/api/app/notifications/unread-count");
        database.Stalled = false;
        var dbRecovered = await FaultCluster.WithinAsync(TimeSpan.FromSeconds(30), async () => { await api.Notifications.GetUnreadCountAsync(); return true; });
        output.WriteLine($"Database hung: {Describe(burst)}; liveness {Describe(health.Live)}, readiness {Describe(health.Ready)}; served again {dbRecovered?.TotalSeconds:0.0} s after it answered.");
        burst.ShouldAllBe(r => r.Result == "503 " + MoyeoraErrorCodes.ServiceUnavailable);
        // Bounded, though not yet by the 4 s request timeout alone: with 100 requests queued on the connection pool in
        // front of a hanging database the slowest answers took up to ~40 s in our runs (README: open point).
        burst.ShouldAllBe(r => r.Took < HangingDatabaseBound, "every request is answered in bounded time");
        health.Live.ShouldAllBe(r => r.Result == "200" && r.Took < TimeSpan.FromSeconds(2), "liveness answers at once: no thread-pool starvation");
        health.Ready.ShouldAllBe(r => r.Took < HangingDatabaseBound, "readiness answers (unhealthy) in bounded time");
        health.Ready.ShouldContain(r => r.Result == "503", "readiness reports the hanging database");
        dbRecovered.ShouldNotBeNull();

        // Redis hangs: live calls are refused with the code in bounded time; REST that needs only the database goes on.
        redis.Stalled = true;
        var refusals = new List<(string Result, TimeSpan Took)>();
        var (reads, redisHealth) = await BurstAsync(node.Root, tokens.AccessToken, 50, "/api/app/notifications/unread-count", async () =>
        {
            for (var i = 0; i < 4; i++)
            {
                var took = Stopwatch.StartNew();
                try
                {
                    await live.InvokeAsync("ReportPosition", 37.55 + (i * 0.001), 126.97).WaitAsync(TimeSpan.FromSeconds(20));
                    refusals.Add((TrafficOutcome.Ok, took.Elapsed));
                }
                catch (Exception ex)
                {
                    refusals.Add((FaultTraffic.ResultOf(ex), took.Elapsed));
                }

                await Task.Delay(1_100);
            }
        });
        redis.Stalled = false;
        var redisRecovered = await FaultCluster.WithinAsync(TimeSpan.FromSeconds(30), async () =>
            (await live.InvokeAsync<ReportPositionResultDto>("ReportPosition", 37.56, 126.98))!.Accepted, 1_100);
        output.WriteLine($"Redis hung: hub {string.Join(", ", refusals.Select(r => $"{r.Result} in {r.Took.TotalMilliseconds:0} ms"))}; REST {Describe(reads)}; " +
            $"liveness {Describe(redisHealth.Live)}; live calls served again {redisRecovered?.TotalSeconds:0.0} s after Redis answered.");
        refusals.ShouldContain(r => r.Result == MoyeoraErrorCodes.ServiceUnavailable);
        refusals.ShouldAllBe(r => (r.Result == MoyeoraErrorCodes.ServiceUnavailable || r.Result == TrafficOutcome.Ok) && r.Took < TimeSpan.FromSeconds(5));
        reads.ShouldAllBe(r => r.Result == "200", "REST that needs only the database is not held up by Redis");
        redisHealth.Live.ShouldAllBe(r => r.Result == "200" && r.Took < TimeSpan.FromSeconds(2));
        redisRecovered.ShouldNotBeNull();

        // SIGTERM while both hang (the hardest case for a graceful stop: nothing refuses, everything waits).
        database.Stalled = true;
        redis.Stalled = true;
        await Task.Delay(TimeSpan.FromSeconds(1));
        var stopped = await node.TerminateAsync(FaultCluster.ShutdownTimeout + TimeSpan.FromSeconds(30));
        output.WriteLine($"SIGTERM with both hanging: exited after {stopped?.TotalSeconds:0.0} s (shutdown timeout {FaultCluster.ShutdownTimeout.TotalSeconds:0} s).");
        stopped.ShouldNotBeNull();
        stopped.Value.ShouldBeLessThan(FaultCluster.ShutdownTimeout + TimeSpan.FromSeconds(2));
    }

    private static string Describe(IEnumerable<(string Result, TimeSpan Took)> results) =>
        string.Join(", ", results.GroupBy(r => r.Result).Select(g => $"{g.Key} ×{g.Count()} (slowest {g.Max(r => r.Took).TotalMilliseconds:0} ms)"));

    /// <summary>
    /// <paramref name="count"/> concurrent GETs of <paramref name="path"/>, plus <paramref name="alongside"/>, while liveness
    /// and readiness are asked every 250 ms; each call timed.
    /// </summary>
    private static async Task<(List<(string Result, TimeSpan Took)> Burst, (List<(string Result, TimeSpan Took)> Live, List<(string Result, TimeSpan Took)> Ready) Health)>
        BurstAsync(Uri node, string accessToken, int count, string path, Func<Task>? alongside = null)
    {
        using var http = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(60) };
        async Task<(string, TimeSpan)> GetAsync(string url, string? token)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (token is not null)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            }

            var took = Stopwatch.StartNew();
            try
            {
                using var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 400 && url.StartsWith("/api", StringComparison.Ordinal))
                {
                    response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
                    return ($"{(int)response.StatusCode} {System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("code").GetString()}", took.Elapsed);
                }

                return (((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), took.Elapsed);
            }
            catch (TaskCanceledException)
            {
                return (TrafficOutcome.Hung, took.Elapsed);
            }
        }

        var burst = Enumerable.Range(0, count).Select(_ => GetAsync(path, accessToken)).ToList();
        var live = new List<(string, TimeSpan)>();
        var ready = new List<(string, TimeSpan)>();
        var side = alongside?.Invoke() ?? Task.CompletedTask;
        var all = Task.WhenAll(burst);
        var probing = Stopwatch.StartNew();
        var readiness = Task.Run(async () =>
        {
            while (!all.IsCompleted || !side.IsCompleted)
            {
                ready.Add(await GetAsync("/health/ready", null));
                await Task.Delay(250);
            }
        });
        while (!all.IsCompleted || !side.IsCompleted || probing.Elapsed < TimeSpan.FromSeconds(3))
        {
            live.Add(await GetAsync("/health/live", null));
            await Task.Delay(250);
        }

        await readiness;

        await side;
        return ((await all).ToList(), (live, ready));
    }
}
