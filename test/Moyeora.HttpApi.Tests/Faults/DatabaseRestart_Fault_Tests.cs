using System.Diagnostics;
using System.Net;
using Moyeora.ClientProxies;
using Npgsql;
using Xunit.Abstractions;

namespace Moyeora.HttpApi.Tests.Faults;

/// <summary>Fault 2: the database restarts (a fast shutdown ends every open connection) under live and REST traffic.</summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Faults")]
public sealed class DatabaseRestart_Fault_Tests(FaultCluster cluster, ITestOutputHelper output)
{
    private static readonly TimeSpan Gap = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Requests_In_The_Gap_Fail_Fast_With_503_The_Pool_Recovers_And_Nothing_Is_Half_Written()
    {
        await cluster.EnsureHealthyAsync();
        await using var traffic = await FaultTraffic.StartAsync(cluster);
        // People who keep trying to join meetups (a membership, a member count and a system message in one commit).
        var joiners = new List<(MoyeoraApiClient Api, Guid MeetupId)>();
        for (var i = 0; i < 4; i++)
        {
            var (hostApi, _) = await cluster.SignUpAsync(traffic.Admin);
            var meetup = await hostApi.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup(maxMembers: 10, title: "재시작 중 참가"));
            for (var j = 0; j < 2; j++)
            {
                joiners.Add(((await cluster.SignUpAsync(traffic.Admin)).Api, meetup.Id));
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        using var stopJoining = new CancellationTokenSource();
        var joining = joiners.Select(j => Task.Run(async () =>
        {
            await Task.Delay(Random.Shared.Next(0, 6_000)); // spread over the gap
            while (!stopJoining.IsCancellationRequested)
            {
                try
                {
                    await j.Api.Meetups.JoinAsync(j.MeetupId);
                    return;
                }
                catch (MoyeoraApiException ex) when (ex.Code == MoyeoraErrorCodes.AlreadyMember)
                {
                    return; // the commit went through though the answer was lost
                }
                catch (Exception ex) when (ex is MoyeoraApiException or HttpRequestException)
                {
                    await Task.Delay(200);
                }
            }
        })).ToList();

        var down = traffic.Now;
        cluster.Postgres.Stop();
        var probes = await ProbeAsync(Gap);
        var up = traffic.Now;
        await cluster.Postgres.StartAgainAsync();
        var recovered = await FaultCluster.WithinAsync(TimeSpan.FromSeconds(30), async () =>
        {
            foreach (var node in new[] { cluster.NodeA.Root, cluster.NodeB.Root })
            {
                var api = FaultCluster.Api(node);
                api.UseTokens(new Moyeora.Account.AuthTokensDto { AccessToken = traffic.Host.AccessToken!, RefreshToken = traffic.Host.RefreshToken!, UserId = traffic.HostId });
                await api.Notifications.GetUnreadCountAsync();
            }

            return true;
        });
        recovered.ShouldNotBeNull("both nodes' connection pools serve the database again by themselves");
        await Task.WhenAll(joining).WaitAsync(TimeSpan.FromSeconds(30));
        await stopJoining.CancelAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var end = traffic.Now;
        await traffic.StopAsync();

        var during = traffic.Between(down, up);
        var after = traffic.Between(end - TimeSpan.FromSeconds(1.5), end);
        output.WriteLine($"Database down {Gap.TotalSeconds:0} s; both nodes served it again {recovered!.Value.TotalSeconds:0.0} s after it returned.");
        output.WriteLine("Probes in the gap: " + string.Join(", ", probes.GroupBy(p => p.Result).Select(g => $"{g.Key} ×{g.Count()} (slowest {g.Max(p => p.Took).TotalMilliseconds:0} ms)")));
        output.WriteLine("During: " + FaultTraffic.Describe(during));
        output.WriteLine("After: " + FaultTraffic.Describe(after));

        // Fail fast: every probe that needed the database was answered 503 with the stable code within 2 s; none was a 500.
        probes.ShouldNotBeEmpty();
        probes.ShouldAllBe(p => p.Result == "503 " + MoyeoraErrorCodes.ServiceUnavailable, "a request that needs the database gets 503 ServiceUnavailable");
        probes.ShouldAllBe(p => p.Took < TimeSpan.FromSeconds(2));
        during.ShouldAllBe(o => !o.Result.StartsWith("500", StringComparison.Ordinal) && o.Result != MoyeoraErrorCodes.InternalError && o.Result != TrafficOutcome.Hung);
        after.Where(o => o.Kind is "read" or "write" or "chat").ShouldAllBe(o => o.Result == TrafficOutcome.Ok);

        await AssertNothingHalfWrittenAsync(traffic, joiners.Select(j => j.MeetupId).Distinct().ToList());
    }

    /// <summary>Direct calls to each node during the gap (not through nginx), each timed.</summary>
    private async Task<List<(string Result, TimeSpan Took)>> ProbeAsync(TimeSpan gap)
    {
        var nobody = TestData.NewPhone(); // nobody's number: no lock-out is counted against anyone
        var results = new List<(string, TimeSpan)>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        for (var elapsed = Stopwatch.StartNew(); elapsed.Elapsed < gap; await Task.Delay(100))
        {
            foreach (var node in new[] { cluster.NodeA.Root, cluster.NodeB.Root })
            {
                // Signing in always reads the database (the person and the password hash).
                var took = Stopwatch.StartNew();
                using var response = await http.PostAsync(new Uri(node, "/api/app/account/login"),
                    new StringContent($$"""{"phoneNumber":"{{nobody}}","password":"wrong-password-1"}""", System.Text.Encoding.UTF8, "application/json"));
                var body = await response.Content.ReadAsStringAsync();
                took.Stop();
                response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
                var code = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("code").GetString();
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    response.Headers.RetryAfter.ShouldNotBeNull();
                }

                results.Add(($"{(int)response.StatusCode} {code}", took.Elapsed));
            }
        }

        return results;
    }

    /// <summary>Reads the database directly: every meetup's member count matches its members, and its host is one of them.</summary>
    private async Task AssertNothingHalfWrittenAsync(FaultTraffic traffic, IReadOnlyList<Guid> joinedMeetups)
    {
        // Unpooled: a pooled connection of this process from before the restart is dead.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cluster.Database) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using (var counts = new NpgsqlCommand("""
            SELECT count(*) FROM "Meetups" m
            WHERE m."MemberCount" <> (SELECT count(*) FROM "MeetupParticipants" p WHERE p."MeetupId" = m."Id")
               OR NOT EXISTS (SELECT 1 FROM "MeetupParticipants" p WHERE p."MeetupId" = m."Id" AND p."UserId" = m."HostId")
            """, connection))
        {
            ((long)(await counts.ExecuteScalarAsync())!).ShouldBe(0, "a meetup whose member count or host membership was half written");
        }

        await using (var members = new NpgsqlCommand("""SELECT "MemberCount" FROM "Meetups" WHERE "Id" = ANY(@ids)""", connection))
        {
            members.Parameters.AddWithValue("ids", joinedMeetups.ToArray());
            await using var reader = await members.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                reader.GetInt32(0).ShouldBe(3, "each meetup has its host and both joiners, once each");
            }
        }

        var history = (await traffic.HistoryAsync()).Select(m => m.Id).ToHashSet();
        traffic.Acknowledged.Keys.Where(id => !history.Contains(id)).ShouldBeEmpty("every acknowledged chat message is stored");
    }
}
