using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.ClientProxies;
using Moyeora.Meetups;
using Moyeora.Dtos;
using Moyeora.TestBase.Servers;

namespace Moyeora.HttpApi.Tests;

/// <summary>One node of a two-node deployment: shared PostgreSQL database and Redis.</summary>
public sealed class ClusterNodeFactory(string connectionString, string redis) : MoyeoraWebApplicationFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["ConnectionStrings:Default"] = connectionString,
        ["Redis:Configuration"] = redis,
    };
}

public sealed class MultiNodeHttp_Tests : IAsyncLifetime
{
    private ClusterNodeFactory _nodeA = null!;
    private ClusterNodeFactory _nodeB = null!;

    public async Task InitializeAsync()
    {
        var database = await (await PostgreSqlServer.GetAsync()).CreateDatabaseAsync();
        var redis = (await RedisServer.GetAsync()).Configuration;
        _nodeA = new ClusterNodeFactory(database, redis);
        _nodeB = new ClusterNodeFactory(database, redis);
        _nodeA.CreateClient().Dispose(); // node A migrates and seeds first
        _nodeB.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        await _nodeA.DisposeAsync();
        await _nodeB.DisposeAsync();
    }

    /// <summary>
    /// The standard HybridCache: a meetup detail stays in the node's memory (one shared instance, never written to Redis)
    /// until a change drops it on every node; a chat sender cached by node A is read by node B from the Redis tier.
    /// </summary>
    [Fact]
    public async Task Details_Stay_In_Each_Nodes_Memory_And_Chat_Senders_Are_Shared_Through_Redis()
    {
        var admin = await _nodeA.CreateAdminClientAsync();
        var (host, _, _, hostTokens) = await _nodeA.SignUpAsync(admin);
        var (member, _, _, _) = await _nodeA.SignUpAsync(admin);
        var meetup = await host.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup());
        var viewsA = _nodeA.Services.GetRequiredService<MeetupViewCache>();
        var viewsB = _nodeB.Services.GetRequiredService<MeetupViewCache>();

        var first = await viewsB.GetAsync(meetup.Id, CancellationToken.None);
        (await viewsB.GetAsync(meetup.Id, CancellationToken.None)).ShouldBeSameAs(first, "the second read is the cached view itself");
        // HybridCache sizes an entry by its serialized length (the memory cache's limit is in bytes): a view must serialize.
        System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(first).Length.ShouldBeInRange(200, 64 * 1024);
        (await viewsA.GetAsync(meetup.Id, CancellationToken.None)).ShouldNotBeNull();
        await member.Meetups.JoinAsync(meetup.Id); // on node A: dropped there at once, on node B when the broadcast arrives
        (await viewsA.GetAsync(meetup.Id, CancellationToken.None))!.Meetup.MemberCount.ShouldBe(2);
        MeetupView? after = first;
        for (var deadline = DateTime.UtcNow.AddSeconds(3); ReferenceEquals(after, first) && DateTime.UtcNow < deadline; await Task.Delay(20))
        {
            after = await viewsB.GetAsync(meetup.Id, CancellationToken.None);
        }

        after.ShouldNotBeSameAs(first, "node B dropped its copy when node A's change arrived");
        after!.Meetup.MemberCount.ShouldBe(2);

        await host.Chat.SendAsync(meetup.Id, new Moyeora.Chat.SendChatMessageDto { Text = "캐시" }); // node A caches the sender
        // HybridCache writes the Redis tier in the background after the answer, so node B looks there (and only there:
        // no local copy, never the database) until it appears.
        var redisOnly = new HybridCacheEntryOptions { Flags = HybridCacheEntryFlags.DisableLocalCache | HybridCacheEntryFlags.DisableUnderlyingData };
        Moyeora.Users.UserSummary? shared = null;
        for (var deadline = DateTime.UtcNow.AddSeconds(5); shared is null && DateTime.UtcNow < deadline; await Task.Delay(shared is null ? 20 : 0))
        {
            shared = await _nodeB.Services.GetRequiredService<HybridCache>().GetOrCreateAsync<Moyeora.Users.UserSummary?>(
                "chat-sender:" + hostTokens.UserId.ToString("N"), _ => throw new InvalidOperationException("node B had to load the sender itself"), redisOnly);
        }

        shared.ShouldNotBeNull("node B read node A's sender from Redis").Id.ShouldBe(hostTokens.UserId);

        using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync((await RedisServer.GetAsync()).Configuration);
        redis.GetServer(redis.GetEndPoints()[0]).Keys(pattern: "*meetup-view:" + meetup.Id.ToString("N") + "*")
            .ShouldBeEmpty("a detail holds aggregates and stays in the node's memory");
    }

    [Fact]
    public async Task A_Change_Made_On_One_Node_Is_Seen_At_Once_On_The_Other()
    {
        var admin = await _nodeA.CreateAdminClientAsync();
        var (host, _, _, _) = await _nodeA.SignUpAsync(admin);
        var (member, _, _, memberTokens) = await _nodeA.SignUpAsync(admin);
        var meetup = await host.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup());

        // Node B reads (and caches) the meetup and the recruiting list before the change.
        var onB = new MoyeoraApiClient(_nodeB.CreateClient());
        onB.UseTokens(memberTokens);
        (await onB.Meetups.GetAsync(meetup.Id)).IsMember.ShouldBeFalse();
        (await onB.Meetups.GetRecruitingListAsync(new PagedRequestDto { MaxResultCount = 100 })).Items.Single(m => m.Id == meetup.Id).MemberCount.ShouldBe(1);

        await member.Meetups.JoinAsync(meetup.Id); // on node A

        // The broadcast crosses Redis in milliseconds; without it node B would serve its copy for 30 s.
        var deadline = DateTime.UtcNow.AddSeconds(3);
        var seen = false;
        while (!seen && DateTime.UtcNow < deadline)
        {
            seen = (await onB.Meetups.GetAsync(meetup.Id)).IsMember;
            if (!seen)
            {
                await Task.Delay(50);
            }
        }

        seen.ShouldBeTrue();
        (await onB.Meetups.GetRecruitingListAsync(new PagedRequestDto { MaxResultCount = 100 })).Items.Single(m => m.Id == meetup.Id).MemberCount.ShouldBe(2);
    }

    [Fact]
    public async Task An_Account_Deleted_On_One_Node_Frees_Its_Seats_On_The_Other_At_Once()
    {
        var admin = await _nodeA.CreateAdminClientAsync();
        var (host, _, _, _) = await _nodeA.SignUpAsync(admin);
        var (member, _, password, _) = await _nodeA.SignUpAsync(admin);
        var (_, _, _, latecomerTokens) = await _nodeA.SignUpAsync(admin);
        var meetup = await host.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup(maxMembers: 2));
        await member.Meetups.JoinAsync(meetup.Id);

        // Node B caches the full meetup and the recruiting list before the deletion.
        var onB = new MoyeoraApiClient(_nodeB.CreateClient());
        onB.UseTokens(latecomerTokens);
        (await onB.Meetups.GetAsync(meetup.Id)).IsFull.ShouldBeTrue();
        (await onB.Meetups.GetRecruitingListAsync(new PagedRequestDto { MaxResultCount = 100 })).Items.Single(m => m.Id == meetup.Id).MemberCount.ShouldBe(2);

        await member.Profile.DeleteAsync(new Moyeora.Profile.DeleteAccountDto { Password = password }); // on node A

        var deadline = DateTime.UtcNow.AddSeconds(3);
        var freed = false;
        while (!freed && DateTime.UtcNow < deadline)
        {
            freed = (await onB.Meetups.GetRecruitingListAsync(new PagedRequestDto { MaxResultCount = 100 })).Items.Single(m => m.Id == meetup.Id).MemberCount == 1;
            if (!freed)
            {
                await Task.Delay(50);
            }
        }

        freed.ShouldBeTrue("node B's recruiting catalog shows the freed seat");
        (await onB.Meetups.GetAsync(meetup.Id)).IsFull.ShouldBeFalse();
        (await onB.Meetups.JoinAsync(meetup.Id)).MemberCount.ShouldBe(2);
    }
}
