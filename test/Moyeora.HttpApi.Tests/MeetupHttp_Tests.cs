using System.Net;
using Microsoft.EntityFrameworkCore;
using Moyeora.Chat;
using Moyeora.ClientProxies;
using Moyeora.Dtos;
using Moyeora.Meetups;
using Moyeora.TestBase.Servers;

namespace Moyeora.HttpApi.Tests;

/// <summary>The real host on PostgreSQL (a fresh database on the test run's private server).</summary>
public sealed class PostgreSqlHostFactory : MoyeoraWebApplicationFactory
{
    private readonly Lazy<string> _connectionString = new(() =>
        PostgreSqlServer.GetAsync().GetAwaiter().GetResult().CreateDatabaseAsync().GetAwaiter().GetResult());

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["ConnectionStrings:Default"] = _connectionString.Value,
    };
}

/// <summary>The real host on MariaDB (a fresh utf8mb4 database on the test run's private server).</summary>
public sealed class MariaDbHostFactory : MoyeoraWebApplicationFactory
{
    private readonly Lazy<string> _connectionString = new(() =>
        MariaDbServer.GetAsync().GetAwaiter().GetResult().CreateDatabaseAsync().GetAwaiter().GetResult());

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["ConnectionStrings:Default"] = _connectionString.Value,
        // One node without Redis: a MySQL deployment then names its job storage (Hangfire:Storage) or start-up stops.
        ["Hangfire:Storage"] = "InMemory",
    };
}

public abstract class MeetupHttp_Tests<TFactory>(TFactory factory)
    where TFactory : MoyeoraWebApplicationFactory
{
    public static CreateMeetupDto NewMeetup(int maxMembers = 4, string title = "한강 러닝")
    {
        var start = DateTimeOffset.UtcNow.AddDays(1);
        return new CreateMeetupDto
        {
            Title = title, MaxMembers = maxMembers, StartTime = start, EndTime = start.AddHours(2),
            Place = "여의도 한강공원", Latitude = 37.5284, Longitude = 126.9327, Tags = ["러닝"],
        };
    }

    [Fact]
    public async Task A_Meetup_Lives_Through_The_Client_Proxies()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (host, _, _, _) = await factory.SignUpAsync(admin);
        var (member, _, _, memberTokens) = await factory.SignUpAsync(admin);

        var meetup = await host.Meetups.CreateAsync(NewMeetup());
        (await member.Meetups.GetRecruitingListAsync(new PagedRequestDto { MaxResultCount = 100 })).Items.ShouldContain(m => m.Id == meetup.Id);
        var nearby = await member.Meetups.GetNearbyAsync(new GetNearbyMeetupsDto { Latitude = 37.5284, Longitude = 126.9327, RadiusMeters = 500 });
        nearby.Items.ShouldContain(m => m.Id == meetup.Id);
        (await member.Meetups.GetMarkersAsync(new GetMeetupMarkersDto { South = 37.5, West = 126.9, North = 37.6, East = 127.0 })).ShouldContain(m => m.Id == meetup.Id);

        var joined = await member.Meetups.JoinAsync(meetup.Id);
        joined.IsMember.ShouldBeTrue();
        await member.Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "안녕하세요!" });
        await host.Meetups.PostNoticeAsync(meetup.Id, new PostMeetupNoticeDto { Title = "집합", Body = "7시 정각" });
        var history = await host.Chat.GetMessagesAsync(meetup.Id, new GetChatMessagesDto());
        history.Items.Select(m => m.Kind).ShouldBe([ChatMessageKind.NoticePosted, ChatMessageKind.User, ChatMessageKind.MemberJoined]);
        history.Items[1].SenderId.ShouldBe(memberTokens.UserId);

        await member.Meetups.ConfirmAsync(meetup.Id);
        var confirmed = await host.Meetups.ConfirmAsync(meetup.Id);
        confirmed.Status.ShouldBe(MeetupStatus.Confirmed);
        confirmed.PinnedNotice!.Title.ShouldBe("집합");
        (await member.Meetups.GetMineAsync(new PagedRequestDto())).Items.Single(m => m.Id == meetup.Id).Status.ShouldBe(MeetupStatus.Confirmed);

        var stranger = factory.CreateApiClient();
        var hidden = await Should.ThrowAsync<MoyeoraApiException>(() => stranger.Meetups.GetAsync(meetup.Id));
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        hidden.Code.ShouldBe(MoyeoraErrorCodes.MeetupNotFound);
    }

    [Fact]
    public async Task Anonymous_Callers_Browse_But_Do_Not_Write()
    {
        var anonymous = factory.CreateApiClient();
        (await anonymous.Meetups.GetRecruitingListAsync(new PagedRequestDto())).ShouldNotBeNull();
        (await anonymous.Meetups.SearchAsync(new SearchMeetupsDto { Keyword = "러닝" })).ShouldNotBeNull();
        var ex = await Should.ThrowAsync<MoyeoraApiException>(() => anonymous.Meetups.CreateAsync(NewMeetup()));
        ex.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Should.ThrowAsync<MoyeoraApiException>(() => anonymous.Meetups.JoinAsync(Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Fifty_Simultaneous_Joins_On_Ten_Seats_End_With_Ten_Members_And_Forty_409s()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (host, _, _, _) = await factory.SignUpAsync(admin);
        // Ten free seats: capacity counts the host, who holds the eleventh.
        var meetup = await host.Meetups.CreateAsync(NewMeetup(maxMembers: 11));
        var clients = new List<MoyeoraApiClient>();
        for (var batch = 0; batch < 5; batch++)
        {
            clients.AddRange((await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => factory.SignUpAsync(admin)))).Select(r => r.Client));
        }

        using var start = new SemaphoreSlim(0);
        var attempts = clients.Select(client => Task.Run(async () =>
        {
            await start.WaitAsync();
            try
            {
                await client.Meetups.JoinAsync(meetup.Id);
                return "joined";
            }
            catch (MoyeoraApiException ex)
            {
                return $"{(int)ex.StatusCode} {ex.Code}";
            }
        })).ToList();
        start.Release(clients.Count);
        var results = await Task.WhenAll(attempts);

        results.Count(r => r == "joined").ShouldBe(10);
        results.Count(r => r == $"409 {MoyeoraErrorCodes.MeetupFull}").ShouldBe(40, string.Join(", ", results.Distinct()));
        var stored = await factory.WithDbAsync(d => d.Meetups.SingleAsync(m => m.Id == meetup.Id));
        stored.MemberCount.ShouldBe(11);
        stored.Participants.Count.ShouldBe(11);
        (await host.Meetups.GetAsync(meetup.Id)).Members!.Count.ShouldBe(11);
    }
}

public sealed class MeetupHttp_Sqlite_Tests(MoyeoraWebApplicationFactory factory)
    : MeetupHttp_Tests<MoyeoraWebApplicationFactory>(factory), IClassFixture<MoyeoraWebApplicationFactory>;

public sealed class MeetupHttp_PostgreSql_Tests(PostgreSqlHostFactory factory)
    : MeetupHttp_Tests<PostgreSqlHostFactory>(factory), IClassFixture<PostgreSqlHostFactory>;

public sealed class MeetupHttp_MariaDb_Tests(MariaDbHostFactory factory)
    : MeetupHttp_Tests<MariaDbHostFactory>(factory), IClassFixture<MariaDbHostFactory>;
