using System.Globalization;
using System.Net;
using Moyeora.Chat;
using Moyeora.Live;
using Moyeora.Meetups;
using Xunit.Abstractions;

namespace Moyeora.HttpApi.Tests.Faults;

/// <summary>
/// Fault 1: Redis stops for a while (MOYEORA_FAULT_REDIS_OUTAGE_SECONDS, 8 s in CI; etc/faults/run.sh runs 30 s) under
/// live and REST traffic through nginx, then returns empty (it keeps nothing on disk).
/// </summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Faults")]
public sealed class RedisOutage_Fault_Tests(FaultCluster cluster, ITestOutputHelper output)
{
    public static TimeSpan Outage => TimeSpan.FromSeconds(double.Parse(
        Environment.GetEnvironmentVariable("MOYEORA_FAULT_REDIS_OUTAGE_SECONDS") ?? "8", CultureInfo.InvariantCulture));

    [Fact]
    public async Task Rest_Keeps_Answering_Live_Calls_Refuse_With_A_Code_And_Every_Node_Recovers_By_Itself()
    {
        await cluster.EnsureHealthyAsync();
        await using var traffic = await FaultTraffic.StartAsync(cluster);
        await Task.Delay(TimeSpan.FromSeconds(3)); // steady state first

        var down = traffic.Now;
        cluster.Redis.Stop();
        var degraded = await FaultCluster.WithinAsync(TimeSpan.FromSeconds(10), async () =>
        {
            foreach (var node in new[] { cluster.NodeA.Root, cluster.NodeB.Root })
            {
                var ready = await FaultCluster.ReadinessAsync(node);
                // Degraded, not Unhealthy: the node still serves REST, so a balancer must not take it out.
                if (ready.Status != HttpStatusCode.OK || ready.Overall != "Degraded" || ready.Checks["redis"] != "Degraded")
                {
                    return false;
                }
            }

            return true;
        });
        degraded.ShouldNotBeNull("both nodes' readiness reports Redis Degraded (still 200) within 10 s");
        var remaining = Outage - (traffic.Now - down);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining);
        }

        var up = traffic.Now;
        await cluster.Redis.StartAgainAsync();
        var healthy = await FaultCluster.WithinAsync(TimeSpan.FromSeconds(60), async () =>
            (await FaultCluster.ReadinessAsync(cluster.NodeA.Root)).Overall == "Healthy" && (await FaultCluster.ReadinessAsync(cluster.NodeB.Root)).Overall == "Healthy");
        healthy.ShouldNotBeNull("both nodes report Healthy again by themselves");

        // Hub fan-out, positions and cache invalidation across the nodes work again without any restart.
        var crossNode = System.Diagnostics.Stopwatch.StartNew();
        await AssertNodesCooperateAsync();
        var liveRecovered = traffic.Now - up;
        await FaultCluster.WithinAsync(TimeSpan.FromSeconds(30), () => Task.FromResult(
            traffic.Between(traffic.Now - TimeSpan.FromSeconds(1.5), traffic.Now, "chat").Any(o => o.Result == TrafficOutcome.Ok)
            && traffic.Between(traffic.Now - TimeSpan.FromSeconds(1.5), traffic.Now, "report").Any(o => o.Result == TrafficOutcome.Ok)));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var end = traffic.Now;
        await traffic.StopAsync();

        var during = traffic.Between(down + TimeSpan.FromSeconds(1), up);
        var after = traffic.Between(end - TimeSpan.FromSeconds(2), end);
        output.WriteLine($"Outage {Outage.TotalSeconds:0} s. Readiness Degraded after {degraded!.Value.TotalSeconds:0.0} s; Healthy {healthy!.Value.TotalSeconds:0.0} s after Redis returned; " +
            $"cross-node live and cache checks passed {liveRecovered.TotalSeconds:0.0} s after (checks took {crossNode.Elapsed.TotalSeconds:0.0} s).");
        output.WriteLine("During: " + FaultTraffic.Describe(during));
        output.WriteLine("After: " + FaultTraffic.Describe(after));

        // REST: reads and database-only writes kept succeeding throughout.
        during.Where(o => o.Kind is "read" or "write").ShouldNotBeEmpty();
        during.Where(o => o.Kind is "read" or "write").ShouldAllBe(o => o.Result == TrafficOutcome.Ok);
        // Live calls: answered at once, either done or refused with the documented code; never a hang or an internal error.
        var live = during.Where(o => o.Kind is "report" or "chat").ToList();
        live.ShouldAllBe(o => o.Result == TrafficOutcome.Ok || o.Result == MoyeoraErrorCodes.ServiceUnavailable || o.Result == TrafficOutcome.Closed);
        live.ShouldContain(o => o.Result == MoyeoraErrorCodes.ServiceUnavailable, "clients are told live features are unavailable");
        live.ShouldAllBe(o => o.Took < TimeSpan.FromSeconds(3), "no live call waits for Redis");
        // Afterwards everything works again.
        after.ShouldAllBe(o => o.Result == TrafficOutcome.Ok);
        after.Select(o => o.Kind).Distinct().Order().ToArray().ShouldBe(new[] { "chat", "read", "report", "write" });

        // No acknowledged chat message is lost.
        var history = (await traffic.HistoryAsync()).Select(m => m.Id).ToHashSet();
        traffic.Acknowledged.Keys.Where(id => !history.Contains(id)).ShouldBeEmpty("every acknowledged message is in the history");
        traffic.Acknowledged.Count.ShouldBeGreaterThan(0);
    }

    /// <summary>Chat and positions cross from node A to node B, and a change on A drops B's cached copy.</summary>
    private async Task AssertNodesCooperateAsync()
    {
        var admin = await cluster.AdminAsync();
        var (hostApi, host) = await cluster.SignUpAsync(admin);
        var (memberApi, member) = await cluster.SignUpAsync(admin);
        var meetup = await hostApi.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup(title: "복구 확인"));
        await memberApi.Meetups.JoinAsync(meetup.Id);
        await using var onA = await LiveClient.ConnectAsync(cluster.NodeA.Root, host.AccessToken);
        await using var onB = await LiveClient.ConnectAsync(cluster.NodeB.Root, member.AccessToken);

        var sent = await onA.InvokeAsync<ChatMessageDto>("SendChatMessage", meetup.Id, "복구 뒤 A에서 B로");
        (await onB.NextAsync<ChatMessageDto>(LiveClientMethods.ChatMessage, m => m.Id == sent!.Id)).Text.ShouldBe("복구 뒤 A에서 B로");

        await onA.InvokeAsync("ReportPosition", 37.6001, 126.9001);
        await onB.InvokeAsync("ReportPosition", 37.6005, 126.9005);
        (await onB.NextAsync<NearbyPeopleDto>(LiveClientMethods.Nearby, n => n.People.Any(p => p.UserId == host.UserId))).ShouldNotBeNull();

        var onBApi = FaultCluster.Api(cluster.NodeB.Root);
        onBApi.UseTokens(member);
        (await onBApi.Meetups.GetAsync(meetup.Id)).Title.ShouldBe("복구 확인"); // now cached on B
        var onAApi = FaultCluster.Api(cluster.NodeA.Root);
        onAApi.UseTokens(host);
        var changed = MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup(title: "복구 뒤 바뀐 제목");
        await onAApi.Meetups.UpdateAsync(meetup.Id, new UpdateMeetupDto
        {
            Title = changed.Title, MaxMembers = changed.MaxMembers, StartTime = changed.StartTime, EndTime = changed.EndTime,
            Place = changed.Place, Latitude = changed.Latitude, Longitude = changed.Longitude, Tags = changed.Tags,
        });
        (await FaultCluster.WithinAsync(TimeSpan.FromSeconds(2), async () => (await onBApi.Meetups.GetAsync(meetup.Id)).Title == "복구 뒤 바뀐 제목", 20))
            .ShouldNotBeNull("node B drops its cached copy when node A's change arrives through Redis (not after the 30 s expiry)");
    }
}
