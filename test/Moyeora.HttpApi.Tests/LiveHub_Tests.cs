using System.Net.WebSockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moyeora.Account;
using Moyeora.ClientProxies;
using Moyeora.Chat;
using Moyeora.Friends;
using Moyeora.Live;
using Moyeora.Locations;
using Moyeora.Meetups;
using Moyeora.Profile;
using Moyeora.TestBase.Infrastructure;
using Moyeora.TestBase.Servers;
using Moyeora.Users;

namespace Moyeora.HttpApi.Tests;

/// <summary>The real host on a real Kestrel socket, so the live hub is reached over real WebSockets.</summary>
public class LiveHostFactory : MoyeoraWebApplicationFactory
{
    public LiveHostFactory() => UseKestrel(0);

    public TestClock Clock { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["RateLimiting:WritePermitsPerMinute"] = "100000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    public Uri Root => CreateClient().BaseAddress!;

    public const string Password = "live-pass-123";

    /// <summary>
    /// A new person, stored directly and then signed in through the API: the live tests need more people
    /// than the per-IP limit on sign-up codes (20 an hour) allows from one test machine.
    /// </summary>
    public async Task<(MoyeoraApiClient Api, AuthTokensDto Tokens)> NewUserAsync()
    {
        var phone = TestData.NewPhone();
        await using (var scope = Services.CreateAsyncScope())
        {
            var user = new User(Guid.NewGuid(), PhoneNumber.Normalize(phone), "김라이브", TestData.NewNickname(), DateTime.UtcNow);
            user.SetPasswordHash(scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.IPasswordHasher<User>>().HashPassword(user, Password), isChange: false);
            await scope.ServiceProvider.GetRequiredService<IUserRepository>().InsertAsync(user);
            await scope.ServiceProvider.GetRequiredService<Moyeora.Domain.IUnitOfWork>().SaveChangesAsync();
        }

        var api = CreateApiClient();
        var tokens = await api.SignInAsync(phone, Password);
        return (api, tokens);
    }

    public async Task<(MoyeoraApiClient Api, AuthTokensDto Tokens, LiveClient Live)> ConnectNewUserAsync(MoyeoraApiClient admin)
    {
        var (api, tokens) = await NewUserAsync();
        return (api, tokens, await LiveClient.ConnectAsync(Root, tokens.AccessToken));
    }
}

/// <summary>Positions may be reported as fast as the test likes (for walking around a target).</summary>
public sealed class FastReportsLiveHostFactory : LiveHostFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Live:MinReportInterval"] = "00:00:00",
    };
}

/// <summary>The live host on PostgreSQL.</summary>
public sealed class PostgreSqlLiveHostFactory : LiveHostFactory
{
    private readonly Lazy<string> _connectionString = new(() =>
        PostgreSqlServer.GetAsync().GetAwaiter().GetResult().CreateDatabaseAsync().GetAwaiter().GetResult());

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["ConnectionStrings:Default"] = _connectionString.Value,
    };
}

/// <summary>The live host on MariaDB.</summary>
public sealed class MariaDbLiveHostFactory : LiveHostFactory
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

public sealed class LiveHub_Sqlite_Tests(LiveHostFactory factory) : LiveHub_Tests<LiveHostFactory>(factory), IClassFixture<LiveHostFactory>;

public sealed class LiveHub_PostgreSql_Tests(PostgreSqlLiveHostFactory factory) : LiveHub_Tests<PostgreSqlLiveHostFactory>(factory), IClassFixture<PostgreSqlLiveHostFactory>;

public sealed class LiveHub_MariaDb_Tests(MariaDbLiveHostFactory factory) : LiveHub_Tests<MariaDbLiveHostFactory>(factory), IClassFixture<MariaDbLiveHostFactory>;

public abstract class LiveHub_Tests<TFactory>(TFactory factory)
    where TFactory : LiveHostFactory
{
    // Seoul City Hall and points at known offsets (1° of latitude ≈ 111.2 km).
    private const double Lat = 37.5663;
    private const double Lng = 126.9779;

    private static double North(double meters, double from = Lat) => from + meters / 111_195.0;

    [Fact]
    public async Task A_Connection_Needs_A_Valid_Token()
    {
        await Should.ThrowAsync<WebSocketException>(() => LiveClient.ConnectAsync(factory.Root, "not-a-token"));
        await Should.ThrowAsync<WebSocketException>(() => LiveClient.ConnectAsync(factory.Root, string.Empty));
    }

    [Fact]
    public async Task Reports_Are_Validated_And_More_Than_One_A_Second_Is_Dropped()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (_, _, live) = await factory.ConnectNewUserAsync(admin);
        await using var _ = live;

        (await Should.ThrowAsync<LiveHubException>(() => live.InvokeAsync("ReportPosition", 91.0, Lng))).Message.ShouldStartWith(MoyeoraErrorCodes.InvalidLocation);
        (await Should.ThrowAsync<LiveHubException>(() => live.InvokeAsync("ReportPosition", Lat, 180.5))).Message.ShouldStartWith(MoyeoraErrorCodes.InvalidLocation);
        (await Should.ThrowAsync<LiveHubException>(() => live.InvokeAsync("ReportPosition", "north", Lng))).Message.ShouldNotBeNullOrEmpty();

        (await live.InvokeAsync<ReportPositionResultDto>("ReportPosition", Lat, Lng))!.Accepted.ShouldBeTrue();
        var first = await live.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby);
        first.People[0].Relationship.ShouldBe(Relationship.Self);
        first.People[0].Latitude.ShouldBe(Lat, "a user's own exact position is returned to that user");
        (await live.InvokeAsync<ReportPositionResultDto>("ReportPosition", North(10), Lng))!.Accepted.ShouldBeFalse();
        await Task.Delay(1_100);
        (await live.InvokeAsync<ReportPositionResultDto>("ReportPosition", North(20), Lng))!.Accepted.ShouldBeTrue();
    }

    [Fact]
    public async Task The_Radius_Is_Bounded_From_100_M_To_700_Km()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (_, _, live) = await factory.ConnectNewUserAsync(admin);
        await using var _ = live;
        (await Should.ThrowAsync<LiveHubException>(() => live.InvokeAsync("SetRadius", 99.0))).Message.ShouldStartWith(MoyeoraErrorCodes.InvalidRadius);
        (await Should.ThrowAsync<LiveHubException>(() => live.InvokeAsync("SetRadius", 700_001.0))).Message.ShouldStartWith(MoyeoraErrorCodes.InvalidRadius);
        await live.InvokeAsync("SetRadius", 100.0);
        await live.InvokeAsync("SetRadius", 700_000.0);
    }

    [Fact]
    public async Task Others_Appear_Only_Snapped_To_The_Grid_With_A_Distance_Range()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (_, target, targetLive) = await factory.ConnectNewUserAsync(admin);
        var (_, _, viewer) = await factory.ConnectNewUserAsync(admin);
        await using var _1 = targetLive;
        await using var _2 = viewer;
        var (tLat, tLng) = (North(1_234, Lat + 1), Lng + 0.00037);
        await targetLive.InvokeAsync("ReportPosition", tLat, tLng);
        await viewer.InvokeAsync("ReportPosition", Lat + 1, Lng);

        var seen = (await viewer.NextAsync<NearbyPeopleDto>(LiveClientMethods.Nearby, n => n.People.Any(p => p.UserId == target.UserId)))
            .People.Single(p => p.UserId == target.UserId);
        var (cellLat, cellLng) = LocationPrivacy.Snap(tLat, tLng);
        seen.Relationship.ShouldBe(Relationship.Stranger);
        seen.Latitude.ShouldBe(cellLat);
        seen.Longitude.ShouldBe(cellLng);
        (seen.Latitude, seen.Longitude).ShouldNotBe((tLat, tLng));
        seen.Distance!.Label.ShouldBe("1–2 km");
        seen.LastSeen.ShouldBe(LastSeenBucket.Now);
    }

    [Fact]
    public async Task Friends_Only_Shows_To_Friends_And_Ghosts_To_Nobody()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (targetApi, target, targetLive) = await factory.ConnectNewUserAsync(admin);
        var (_, friend, friendLive) = await factory.ConnectNewUserAsync(admin);
        var (_, _, stranger) = await factory.ConnectNewUserAsync(admin);
        await using var _1 = targetLive;
        await using var _2 = friendLive;
        await using var _3 = stranger;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IFriendshipRepository>().InsertAsync(new Friendship(target.UserId, friend.UserId, DateTime.UtcNow));
            await scope.ServiceProvider.GetRequiredService<Moyeora.Domain.IUnitOfWork>().SaveChangesAsync();
        }

        // Reconnect the friend so the new friendship is loaded at once (otherwise within a minute).
        await friendLive.DisposeAsync();
        await using var friendAgain = await LiveClient.ConnectAsync(factory.Root, friend.AccessToken);

        await targetLive.InvokeAsync("SetVisibility", "friendsOnly", null);
        await targetLive.InvokeAsync("ReportPosition", Lat + 2, Lng);
        await Task.Delay(1_100);

        await friendAgain.InvokeAsync("ReportPosition", North(300, Lat + 2), Lng);
        var byFriend = await friendAgain.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby);
        byFriend.People.Single(p => p.UserId == target.UserId).Relationship.ShouldBe(Relationship.Friend);
        await stranger.InvokeAsync("ReportPosition", North(300, Lat + 2), Lng);
        (await stranger.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby)).People.ShouldNotContain(p => p.UserId == target.UserId);

        // Ghost mode (set over REST here: the same setting) hides the target from friends too, at once.
        await targetApi.Profile.UpdateSettingsAsync(new UpdateSettingsDto { LocationVisibility = LocationVisibility.Nobody, GhostUntil = DateTime.UtcNow.AddHours(1) });
        await Task.Delay(1_100);
        await friendAgain.InvokeAsync("ReportPosition", North(310, Lat + 2), Lng);
        (await friendAgain.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby)).People.ShouldNotContain(p => p.UserId == target.UserId);
        await targetLive.InvokeAsync("ReportPosition", Lat + 2, Lng);
        var own = await targetLive.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby);
        own.People.ShouldContain(p => p.UserId == friend.UserId, "a ghost still sees others");
        await friendAgain.InvokeAsync("SetRadius", 2_000.0);
        (await friendAgain.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby)).People.ShouldNotContain(p => p.UserId == target.UserId);
        (await Should.ThrowAsync<LiveHubException>(() => targetLive.InvokeAsync("SetVisibility", "everyone", DateTime.UtcNow.AddHours(1))))
            .Message.ShouldStartWith(MoyeoraErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task Members_Of_One_Meetup_See_Each_Other_As_Co_Members()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (hostApi, host, hostLive) = await factory.ConnectNewUserAsync(admin);
        var (memberApi, memberTokens, memberLive) = await factory.ConnectNewUserAsync(admin);
        await using var _1 = hostLive;
        await using var _2 = memberLive;
        var meetup = await hostApi.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup());
        await memberApi.Meetups.JoinAsync(meetup.Id);
        await using var again = await LiveClient.ConnectAsync(factory.Root, memberTokens.AccessToken);
        await hostLive.InvokeAsync("ReportPosition", Lat + 3, Lng);
        await again.InvokeAsync("ReportPosition", North(150, Lat + 3), Lng);
        var seen = await again.NextAsync<NearbyPeopleDto>(LiveClientMethods.Nearby, n => n.People.Any(p => p.UserId == host.UserId));
        seen.People.Single(p => p.UserId == host.UserId).Relationship.ShouldBe(Relationship.CoMember);
    }

    [Fact]
    public async Task Chat_Reaches_Members_Live_Over_Both_Paths_And_Not_Outsiders()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (hostApi, _, hostLive) = await factory.ConnectNewUserAsync(admin);
        var (memberApi, member, memberLive) = await factory.ConnectNewUserAsync(admin);
        var (_, _, outsider) = await factory.ConnectNewUserAsync(admin);
        await using var _1 = hostLive;
        await using var _2 = memberLive;
        await using var _3 = outsider;
        var meetup = await hostApi.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup());
        await memberApi.Meetups.JoinAsync(meetup.Id);

        var joined = await hostLive.NextAsync<ChatMessageDto>(LiveClientMethods.ChatMessage, m => m.Kind == ChatMessageKind.MemberJoined);
        joined.SubjectUserId.ShouldBe(member.UserId);

        var sent = await memberLive.InvokeAsync<ChatMessageDto>("SendChatMessage", meetup.Id, "안녕하세요!");
        (await hostLive.NextAsync<ChatMessageDto>(LiveClientMethods.ChatMessage, m => m.Kind == ChatMessageKind.User)).Id.ShouldBe(sent!.Id);
        (await memberLive.NextAsync<ChatMessageDto>(LiveClientMethods.ChatMessage, m => m.Id == sent.Id)).Text.ShouldBe("안녕하세요!");

        var overRest = await hostApi.Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "반가워요" });
        (await memberLive.NextAsync<ChatMessageDto>(LiveClientMethods.ChatMessage, m => m.Id == overRest.Id)).SenderId.ShouldBe(overRest.SenderId);
        var stored = await memberApi.Chat.GetMessagesAsync(meetup.Id, new GetChatMessagesDto());
        stored.Items.Select(m => m.Id).ShouldContain(sent.Id, "a live message is stored exactly as a REST one");

        (await Should.ThrowAsync<LiveHubException>(() => outsider.InvokeAsync("SendChatMessage", meetup.Id, "끼워줘요"))).Message.ShouldStartWith(MoyeoraErrorCodes.NotMeetupMember);
        (await Should.ThrowAsync<LiveHubException>(() => memberLive.InvokeAsync("SendChatMessage", meetup.Id, "   "))).Message.ShouldStartWith(MoyeoraErrorCodes.InvalidChatMessage);
        await Task.Delay(300);
        outsider.HasPending(LiveClientMethods.ChatMessage).ShouldBeFalse();
    }

    [Fact]
    public async Task An_Invitation_Is_Stored_And_Pushed_To_The_Invitees_Open_Connection()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (hostApi, host, hostLive) = await factory.ConnectNewUserAsync(admin);
        var (inviteeApi, invitee, inviteeLive) = await factory.ConnectNewUserAsync(admin);
        await using var _1 = hostLive;
        await using var _2 = inviteeLive;
        var meetup = await hostApi.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup());
        await hostApi.Meetups.InviteAsync(meetup.Id, new InviteToMeetupDto { UserId = invitee.UserId });

        var pushed = await inviteeLive.NextAsync<Moyeora.Notifications.NotificationDto>(LiveClientMethods.Notification);
        pushed.Kind.ShouldBe(Moyeora.Notifications.NotificationKind.Invited);
        pushed.ActorId.ShouldBe(host.UserId);
        pushed.MeetupId.ShouldBe(meetup.Id);
        var stored = await inviteeApi.Notifications.GetListAsync(new Moyeora.Dtos.PagedRequestDto());
        stored.Items.Single().Id.ShouldBe(pushed.Id);
        (await inviteeApi.Notifications.GetUnreadCountAsync()).UnreadCount.ShouldBe(1);
        (await inviteeApi.Notifications.MarkReadAsync(pushed.Id)).UnreadCount.ShouldBe(0);
        (await Should.ThrowAsync<MoyeoraApiException>(() => hostApi.Notifications.MarkReadAsync(pushed.Id))).Code.ShouldBe(MoyeoraErrorCodes.NotificationNotFound);
        await Task.Delay(200);
        hostLive.HasPending(LiveClientMethods.Notification).ShouldBeFalse("the host invited; nobody is told of their own action");
    }

    [Fact]
    public async Task Becoming_Friends_Over_The_Api_Opens_A_Friends_Only_Position_Without_Reconnecting()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (targetApi, target, targetLive) = await factory.ConnectNewUserAsync(admin);
        var (viewerApi, viewer, viewerLive) = await factory.ConnectNewUserAsync(admin);
        await using var _1 = targetLive;
        await using var _2 = viewerLive;
        await targetLive.InvokeAsync("SetVisibility", "friendsOnly", null);
        await targetLive.InvokeAsync("ReportPosition", Lat + 6, Lng);
        await viewerLive.InvokeAsync("ReportPosition", North(200, Lat + 6), Lng);
        (await viewerLive.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby)).People.ShouldNotContain(p => p.UserId == target.UserId);

        var sent = await viewerApi.Friends.SendRequestAsync(new Moyeora.Friends.SendFriendRequestDto { UserId = target.UserId });
        (await targetLive.NextAsync<Moyeora.Notifications.NotificationDto>(LiveClientMethods.Notification)).Kind.ShouldBe(Moyeora.Notifications.NotificationKind.FriendRequestReceived);
        await targetApi.Friends.AcceptAsync(sent.Request!.Id);
        (await viewerLive.NextAsync<Moyeora.Notifications.NotificationDto>(LiveClientMethods.Notification)).Kind.ShouldBe(Moyeora.Notifications.NotificationKind.FriendRequestAccepted);

        NearbyPersonDto? seen = null;
        for (var i = 0; i < 50 && seen is null; i++)
        {
            await viewerLive.InvokeAsync("SetRadius", 2_000.0);
            seen = (await viewerLive.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby)).People.SingleOrDefault(p => p.UserId == target.UserId);
            await Task.Delay(50);
        }

        seen.ShouldNotBeNull("the friendship reaches the open connection without reconnecting");
        seen.Relationship.ShouldBe(Relationship.Friend);
        viewer.UserId.ShouldNotBe(target.UserId);
    }

    [Fact]
    public async Task Live_Chat_Is_Limited_Per_User_Like_Rest()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (hostApi, _, hostLive) = await factory.ConnectNewUserAsync(admin);
        await using var _1 = hostLive;
        var meetup = await hostApi.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup());
        for (var i = 0; i < 20; i++)
        {
            await hostLive.InvokeAsync("SendChatMessage", meetup.Id, $"메시지 {i}");
        }

        (await Should.ThrowAsync<LiveHubException>(() => hostLive.InvokeAsync("SendChatMessage", meetup.Id, "하나 더"))).Message.ShouldStartWith(MoyeoraErrorCodes.TooManyRequests);
    }

    [Fact]
    public async Task A_Member_Who_Joined_Before_Connecting_Is_In_The_Room()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (hostApi, _) = await factory.NewUserAsync();
        var (memberApi, member) = await factory.NewUserAsync();
        var meetup = await hostApi.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup());
        await memberApi.Meetups.JoinAsync(meetup.Id);
        await using var live = await LiveClient.ConnectAsync(factory.Root, member.AccessToken);
        await live.InvokeAsync("SetRadius", 2_000.0); // set up and answering
        var sent = await hostApi.Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "어서 와요" });
        (await live.NextAsync<ChatMessageDto>(LiveClientMethods.ChatMessage, m => m.Id == sent.Id)).Text.ShouldBe("어서 와요");
    }

    [Fact]
    public async Task A_Kicked_Member_Is_Removed_From_The_Room_At_Once_And_Told()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (hostApi, _, hostLive) = await factory.ConnectNewUserAsync(admin);
        var (memberApi, member, _) = await factory.ConnectNewUserAsync(admin);
        var meetup = await hostApi.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup());
        await memberApi.Meetups.JoinAsync(meetup.Id);
        await using var memberLive = await LiveClient.ConnectAsync(factory.Root, member.AccessToken);
        await using var _1 = hostLive;

        await hostApi.Meetups.KickAsync(meetup.Id, member.UserId);
        var removed = await memberLive.NextAsync<RemovedFromMeetupDto>(LiveClientMethods.RemovedFromMeetup);
        removed.MeetupId.ShouldBe(meetup.Id);
        removed.Reason.ShouldBe("kicked");

        var after = await hostLive.InvokeAsync<ChatMessageDto>("SendChatMessage", meetup.Id, "이제 셋이네요");
        await hostLive.NextAsync<ChatMessageDto>(LiveClientMethods.ChatMessage, m => m.Id == after!.Id);
        await Task.Delay(300);
        var leaked = false;
        while (memberLive.HasPending(LiveClientMethods.ChatMessage))
        {
            leaked |= (await memberLive.NextAsync<ChatMessageDto>(LiveClientMethods.ChatMessage)).Id == after!.Id;
        }

        leaked.ShouldBeFalse();
        (await Should.ThrowAsync<LiveHubException>(() => memberLive.InvokeAsync("SendChatMessage", meetup.Id, "저요?"))).Message.ShouldStartWith(MoyeoraErrorCodes.NotMeetupMember);
    }

    [Fact]
    public async Task A_Newer_Connection_Replaces_The_Older_Which_Is_Told_Why()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (_, tokens, first) = await factory.ConnectNewUserAsync(admin);
        await using var _1 = first;
        await using var second = await LiveClient.ConnectAsync(factory.Root, tokens.AccessToken);
        (await first.NextAsync<ConnectionClosingDto>(LiveClientMethods.ConnectionClosing)).Reason.ShouldBe("replaced");
        (await first.Closed.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe("replaced");
        (await second.InvokeAsync<ReportPositionResultDto>("ReportPosition", Lat, Lng))!.Accepted.ShouldBeTrue();
    }

    [Fact]
    public async Task Meetup_Changes_Reach_Clients_Whose_Radius_Covers_Them()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (hostApi, _, hostLive) = await factory.ConnectNewUserAsync(admin);
        var (joinerApi, _, watcher) = await factory.ConnectNewUserAsync(admin);
        await using var _1 = hostLive;
        await using var _2 = watcher;
        var (lat, lng) = (Lat + 4, Lng);
        await watcher.InvokeAsync("ReportPosition", lat, lng);

        var far = MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup(maxMembers: 2, title: "멀리");
        (far.Latitude, far.Longitude) = (North(5_000, lat), lng);
        var farMeetup = await hostApi.Meetups.CreateAsync(far);
        var near = MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup(maxMembers: 2, title: "가까이");
        (near.Latitude, near.Longitude) = (North(800, lat), lng);
        var nearMeetup = await hostApi.Meetups.CreateAsync(near);

        var appeared = await watcher.NextAsync<MeetupLiveUpdateDto>(LiveClientMethods.MeetupChanged);
        appeared.MeetupId.ShouldBe(nearMeetup.Id, "the meetup 5 km away is outside the 2 km radius");
        appeared.Change.ShouldBe("appeared");
        await joinerApi.Meetups.JoinAsync(nearMeetup.Id);
        (await watcher.NextAsync<MeetupLiveUpdateDto>(LiveClientMethods.MeetupChanged, u => u.MeetupId == nearMeetup.Id)).Change.ShouldBe("filled");
        await joinerApi.Meetups.LeaveAsync(nearMeetup.Id);
        (await watcher.NextAsync<MeetupLiveUpdateDto>(LiveClientMethods.MeetupChanged, u => u.MeetupId == nearMeetup.Id)).Change.ShouldBe("seatFreed");
        await joinerApi.Meetups.JoinAsync(farMeetup.Id);

        await watcher.InvokeAsync("WatchArea", lat - 0.1, lng - 0.1, lat + 0.1, lng + 0.1);
        await hostApi.Meetups.CancelAsync(farMeetup.Id, new CancelMeetupDto { Reason = "비" });
        var cancelled = await watcher.NextAsync<MeetupLiveUpdateDto>(LiveClientMethods.MeetupChanged, u => u.Change == "cancelled");
        cancelled.MeetupId.ShouldBe(farMeetup.Id, "the watched map area covers it");
    }

    [Fact]
    public async Task Deleting_The_Account_Closes_The_Connection_And_Clears_The_Position()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (api, tokens) = await factory.NewUserAsync();
        await using var live = await LiveClient.ConnectAsync(factory.Root, tokens.AccessToken);
        var (_, _, viewer) = await factory.ConnectNewUserAsync(admin);
        await using var _1 = viewer;
        await live.InvokeAsync("ReportPosition", Lat + 5, Lng);
        await api.Profile.DeleteAsync(new DeleteAccountDto { Password = LiveHostFactory.Password });
        (await live.NextAsync<ConnectionClosingDto>(LiveClientMethods.ConnectionClosing)).Reason.ShouldBe("accountDeleted");
        await viewer.InvokeAsync("ReportPosition", North(100, Lat + 5), Lng);
        (await viewer.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby)).People.ShouldNotContain(p => p.UserId == tokens.UserId);
    }

    /// <summary>
    /// The first nearby push after <paramref name="change"/>: a push right before it starts the 3 s interval
    /// afresh (so no timed push is in flight), the change is made, and the next push is read: one asked for at
    /// once, or (<paramref name="timed"/>, for a change made on another node, which reaches this one through
    /// Redis in milliseconds) the next one the timer sends.
    /// </summary>
    internal static async Task<NearbyPeopleDto> NextPushAfterAsync(LiveClient viewer, Func<Task> change, bool timed = false)
    {
        await viewer.InvokeAsync("SetRadius", 2_000.0);
        await viewer.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby);
        await change();
        if (!timed)
        {
            await viewer.InvokeAsync("SetRadius", 2_000.0);
        }

        return await viewer.NextAsync<NearbyPeopleDto>(LiveClientMethods.Nearby);
    }

    [Fact]
    public async Task Live_Meetup_Changes_Never_Reach_Someone_Blocked_Either_Way_With_The_Host()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (hostApi, _, hostLive) = await factory.ConnectNewUserAsync(admin);
        var (_, viewer, viewerLive) = await factory.ConnectNewUserAsync(admin);
        var (thirdApi, _) = await factory.NewUserAsync();
        await using var _1 = hostLive;
        await using var _2 = viewerLive;
        var (lat, lng) = (Lat + 9, Lng);
        await viewerLive.InvokeAsync("WatchArea", lat - 0.1, lng - 0.1, lat + 0.1, lng + 0.1);
        await hostLive.InvokeAsync("WatchArea", lat - 0.1, lng - 0.1, lat + 0.1, lng + 0.1);
        await hostApi.Blocks.BlockAsync(viewer.UserId);

        var blocked = MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup(title: "차단한 호스트");
        (blocked.Latitude, blocked.Longitude) = (lat, lng);
        await hostApi.Meetups.CreateAsync(blocked);
        var open = MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup(title: "다른 호스트");
        (open.Latitude, open.Longitude) = (lat, lng);
        var other = await thirdApi.Meetups.CreateAsync(open);

        (await viewerLive.NextAsync<MeetupLiveUpdateDto>(LiveClientMethods.MeetupChanged)).MeetupId
            .ShouldBe(other.Id, "the blocker's new meetup is not pushed to the person they blocked");
        (await hostLive.NextAsync<MeetupLiveUpdateDto>(LiveClientMethods.MeetupChanged, u => u.MeetupId == other.Id)).Change.ShouldBe("appeared");
    }

    [Fact]
    public async Task A_Block_Unblock_Ghost_Switch_Or_Friendship_Applies_To_The_Very_Next_Push()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (hiderApi, hider, hiderLive) = await factory.ConnectNewUserAsync(admin);
        var (viewerApi, viewer, viewerLive) = await factory.ConnectNewUserAsync(admin);
        await using var _1 = hiderLive;
        await using var _2 = viewerLive;
        await hiderLive.InvokeAsync("ReportPosition", Lat + 7, Lng);
        await viewerLive.InvokeAsync("ReportPosition", North(200, Lat + 7), Lng);
        (await viewerLive.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby)).People.ShouldContain(p => p.UserId == hider.UserId);

        (await NextPushAfterAsync(viewerLive, () => hiderApi.Blocks.BlockAsync(viewer.UserId)))
            .People.ShouldNotContain(p => p.UserId == hider.UserId, "a block applies to the very next push");
        (await NextPushAfterAsync(hiderLive, () => Task.CompletedTask))
            .People.ShouldNotContain(p => p.UserId == viewer.UserId, "and in both directions");
        (await NextPushAfterAsync(viewerLive, () => hiderApi.Blocks.UnblockAsync(viewer.UserId)))
            .People.ShouldContain(p => p.UserId == hider.UserId, "an unblock too");

        (await NextPushAfterAsync(viewerLive, () => hiderLive.InvokeAsync("SetVisibility", "nobody", null)))
            .People.ShouldNotContain(p => p.UserId == hider.UserId, "ghost mode applies to the very next push");
        (await NextPushAfterAsync(viewerLive, () => hiderApi.Profile.UpdateSettingsAsync(new UpdateSettingsDto { LocationVisibility = LocationVisibility.FriendsOnly })))
            .People.ShouldNotContain(p => p.UserId == hider.UserId, "friends only: a stranger still does not see them");
        var accepted = await NextPushAfterAsync(viewerLive, async () =>
        {
            var sent = await viewerApi.Friends.SendRequestAsync(new SendFriendRequestDto { UserId = hider.UserId });
            await hiderApi.Friends.AcceptAsync(sent.Request!.Id);
        });
        accepted.People.Single(p => p.UserId == hider.UserId).Relationship.ShouldBe(Relationship.Friend, "a new friendship opens a friends-only position at once");
        (await NextPushAfterAsync(viewerLive, () => hiderApi.Friends.RemoveAsync(viewer.UserId)))
            .People.ShouldNotContain(p => p.UserId == hider.UserId, "an ended friendship closes it at once");
        (await NextPushAfterAsync(viewerLive, () => hiderApi.Profile.UpdateSettingsAsync(new UpdateSettingsDto { LocationVisibility = LocationVisibility.Everyone })))
            .People.ShouldContain(p => p.UserId == hider.UserId, "leaving ghost or friends-only mode shows the last report at once");
    }
}

/// <summary>Privacy and expiry need the host to themselves (a moved clock, reports as fast as asked).</summary>
public sealed class LivePrivacy_Tests(FastReportsLiveHostFactory factory) : IClassFixture<FastReportsLiveHostFactory>
{
    [Fact]
    public async Task Walking_Around_Two_People_In_One_Cell_Never_Tells_Them_Apart()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (_, a, aLive) = await factory.ConnectNewUserAsync(admin);
        var (_, b, bLive) = await factory.ConnectNewUserAsync(admin);
        var (_, _, observer) = await factory.ConnectNewUserAsync(admin);
        await using var _1 = aLive;
        await using var _2 = bLive;
        await using var _3 = observer;

        // Two people 40 m apart inside one ~100 m cell.
        var (cellLat, cellLng) = LocationPrivacy.Snap(35.1796, 129.0756);
        await aLive.InvokeAsync("ReportPosition", cellLat - 0.00018, cellLng - 0.0002);
        await bLive.InvokeAsync("ReportPosition", cellLat + 0.00018, cellLng + 0.0002);

        var random = new Random(7);
        var radii = new[] { 100.0, 150, 300, 700, 1_500, 2_000 };
        for (var step = 0; step < 120; step++)
        {
            if (step % 20 == 0)
            {
                await observer.InvokeAsync("SetRadius", radii[step / 20]);
            }

            var bearing = random.NextDouble() * 2 * Math.PI;
            var meters = random.NextDouble() * 1_600;
            var lat = cellLat + (meters * Math.Cos(bearing) / 111_195.0);
            var lng = cellLng + (meters * Math.Sin(bearing) / (111_195.0 * Math.Cos(cellLat * Math.PI / 180)));
            await observer.InvokeAsync("ReportPosition", lat, lng);
            var people = (await observer.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby)).People;
            var seenA = people.SingleOrDefault(p => p.UserId == a.UserId);
            var seenB = people.SingleOrDefault(p => p.UserId == b.UserId);
            (seenA is null).ShouldBe(seenB is null, "both are in or out of the radius together");
            if (seenA is not null)
            {
                (seenA.Latitude, seenA.Longitude).ShouldBe((seenB!.Latitude, seenB.Longitude));
                (seenA.Latitude, seenA.Longitude).ShouldBe((cellLat, cellLng));
                seenA.Distance!.Label.ShouldBe(seenB.Distance!.Label);
            }
        }
    }

    [Fact]
    public async Task Positions_Not_Refreshed_For_10_Minutes_Vanish()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (_, quiet, quietLive) = await factory.ConnectNewUserAsync(admin);
        var (_, _, viewer) = await factory.ConnectNewUserAsync(admin);
        await using var _1 = quietLive;
        await using var _2 = viewer;
        await quietLive.InvokeAsync("ReportPosition", 33.4996, 126.5312);
        await viewer.InvokeAsync("ReportPosition", 33.5010, 126.5312);
        (await viewer.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby)).People.ShouldContain(p => p.UserId == quiet.UserId);

        var moved = TimeSpan.Zero;
        try
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(9));
            moved += TimeSpan.FromMinutes(9);
            await viewer.InvokeAsync("ReportPosition", 33.5011, 126.5312);
            (await viewer.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby)).People.Single(p => p.UserId == quiet.UserId).LastSeen.ShouldBe(LastSeenBucket.Minutes);

            factory.Clock.Advance(TimeSpan.FromSeconds(61));
            moved += TimeSpan.FromSeconds(61);
            await viewer.InvokeAsync("ReportPosition", 33.5012, 126.5312);
            (await viewer.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby)).People.ShouldNotContain(p => p.UserId == quiet.UserId);
        }
        finally
        {
            // Tokens are issued on the host's clock: put it back for the other tests of this host.
            factory.Clock.Advance(-moved);
        }
    }
}
