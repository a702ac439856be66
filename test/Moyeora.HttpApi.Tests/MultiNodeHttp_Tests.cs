using Moyeora.ClientProxies;
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
