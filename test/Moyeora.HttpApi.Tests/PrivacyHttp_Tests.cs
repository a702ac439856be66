using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Moyeora.ClientProxies;
using Moyeora.Friends;
using Moyeora.Live;
using Moyeora.Locations;
using Moyeora.Meetups;
using Moyeora.Profile;
using Moyeora.Users;

namespace Moyeora.HttpApi.Tests;

public sealed class PrivacyHttp_Sqlite_Tests(LiveHostFactory factory) : PrivacyHttp_Tests<LiveHostFactory>(factory), IClassFixture<LiveHostFactory>;

public sealed class PrivacyHttp_PostgreSql_Tests(PostgreSqlLiveHostFactory factory) : PrivacyHttp_Tests<PostgreSqlLiveHostFactory>(factory), IClassFixture<PostgreSqlLiveHostFactory>;

public sealed class PrivacyHttp_MariaDb_Tests(MariaDbLiveHostFactory factory) : PrivacyHttp_Tests<MariaDbLiveHostFactory>(factory), IClassFixture<MariaDbLiveHostFactory>;

/// <summary>Trust and safety through the real client proxies and real sign-in: what strangers, blocked people and partial updates can never do.</summary>
public abstract class PrivacyHttp_Tests<TFactory>(TFactory factory)
    where TFactory : LiveHostFactory
{
    private static async Task<string> CodeOfAsync(Task call) => (await Should.ThrowAsync<MoyeoraApiException>(call)).Code!;

    [Fact]
    public async Task A_Friend_Request_Reveals_No_Nickname_Or_Photo_Of_The_Recipient_Until_Accepted()
    {
        var (strangerApi, stranger) = await factory.NewUserAsync();
        var (senderApi, sender) = await factory.NewUserAsync();
        var me = await strangerApi.Profile.GetAsync();
        await strangerApi.Profile.UpdateAsync(new UpdateProfileDto
        {
            Nickname = me.Nickname, ProfileImageUrl = "https://cdn.example.com/private.png", StatusMessage = "조용히",
        });

        var sent = (await senderApi.Friends.SendRequestAsync(new SendFriendRequestDto { UserId = stranger.UserId })).Request!;
        sent.UserId.ShouldBe(stranger.UserId);
        sent.User.ShouldBeNull("any user id is one nearby push away: asking must not reveal a nickname or photo");
        sent.Recipient!.StatusMessage.ShouldBe("조용히");
        sent.Recipient.Rating.ShouldBe(UserConsts.InitialRating);
        var outgoing = (await senderApi.Friends.GetOutgoingAsync(new Moyeora.Dtos.PagedRequestDto())).Items.Single();
        outgoing.User.ShouldBeNull();
        outgoing.Recipient!.StatusMessage.ShouldBe("조용히");

        // The raw JSON carries neither, whatever a client does with the DTO.
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", sender.AccessToken);
        var raw = await http.GetStringAsync("/api/app/friends/requests/outgoing");
        raw.ShouldNotContain(me.Nickname);
        raw.ShouldNotContain("private.png");

        var incoming = (await strangerApi.Friends.GetIncomingAsync(new Moyeora.Dtos.PagedRequestDto())).Items.Single();
        incoming.User!.Id.ShouldBe(sender.UserId, "the sender revealed themselves by asking");
        await strangerApi.Friends.AcceptAsync(incoming.Id);
        (await senderApi.Friends.GetFriendsAsync(new Moyeora.Dtos.PagedRequestDto())).Items.Single().User.Nickname.ShouldBe(me.Nickname);
    }

    [Fact]
    public async Task A_Partial_Settings_Update_Changes_Only_What_It_Names_And_Never_Widens_Silently()
    {
        var (api, tokens) = await factory.NewUserAsync();
        await api.Profile.UpdateSettingsAsync(new UpdateSettingsDto { LocationVisibility = LocationVisibility.Nobody });
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        var empty = await http.PutAsync("/api/app/profile/settings", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.Profile.GetAsync()).Settings.LocationVisibility.ShouldBe(LocationVisibility.Nobody, "{} must not turn a ghost into everyone");

        // Through the proxy: a request naming nothing about visibility keeps it (here only the ghost-mode end).
        var until = DateTime.UtcNow.AddHours(3);
        var moved = await api.Profile.UpdateSettingsAsync(new UpdateSettingsDto { GhostUntil = until });
        moved.Settings.LocationVisibility.ShouldBe(LocationVisibility.Nobody);
        moved.Settings.GhostUntil!.Value.ShouldBe(until, TimeSpan.FromMilliseconds(1));

        await api.Profile.UpdateSettingsAsync(new UpdateSettingsDto { LocationVisibility = LocationVisibility.FriendsOnly });
        (await CodeOfAsync(api.Profile.UpdateSettingsAsync(new UpdateSettingsDto { GhostUntil = until }))).ShouldBe(MoyeoraErrorCodes.ValidationFailed);
        (await http.PutAsJsonAsync("/api/app/profile/settings", new { ghostUntil = (DateTime?)null })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.Profile.GetAsync()).Settings.LocationVisibility.ShouldBe(LocationVisibility.FriendsOnly);

        (await http.PutAsJsonAsync("/api/app/profile/settings", new { locationVisibility = "everyone" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.Profile.GetAsync()).Settings.LocationVisibility.ShouldBe(LocationVisibility.Everyone, "widening works when the request says so");
    }

    [Fact]
    public async Task The_Default_Radius_Is_Kept_By_The_Server_And_Opens_The_Next_Live_Connection_On_Any_Device()
    {
        var (api, tokens) = await factory.NewUserAsync();
        (await api.Profile.GetAsync()).Settings.DefaultRadiusMeters.ShouldBe(2_000);
        await using (var before = await LiveClient.ConnectAsync(factory.Root, tokens.AccessToken))
        {
            before.Connection.RadiusMeters.ShouldBe(2_000);
        }

        (await api.Profile.UpdateSettingsAsync(new UpdateSettingsDto { DefaultRadiusMeters = 10_000 })).Settings.DefaultRadiusMeters.ShouldBe(10_000);
        await using (var after = await LiveClient.ConnectAsync(factory.Root, tokens.AccessToken))
        {
            after.Connection.RadiusMeters.ShouldBe(10_000, "a new connection (another device) opens with the person's default");
        }

        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        foreach (var bad in new[] { 99, 700_001 })
        {
            var refused = await http.PutAsJsonAsync("/api/app/profile/settings", new { defaultRadiusMeters = bad });
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            using var problem = System.Text.Json.JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            problem.RootElement.GetProperty("code").GetString().ShouldBe(MoyeoraErrorCodes.InvalidRadius);
            problem.RootElement.GetProperty("errors").TryGetProperty("defaultRadiusMeters", out _).ShouldBeTrue();
        }

        (await api.Profile.GetAsync()).Settings.DefaultRadiusMeters.ShouldBe(10_000);
    }

    [Fact]
    public async Task The_OpenApi_Document_Describes_Partial_Settings_And_Request_Cards()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var schemas = doc.RootElement.GetProperty("components").GetProperty("schemas");
        var settings = schemas.GetProperty(nameof(UpdateSettingsDto));
        (settings.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()).ToList() : [])
            .ShouldBeEmpty("every settings field is optional: absent means unchanged");
        settings.GetProperty("properties").GetProperty("locationVisibility").GetRawText().ShouldContain("null");
        var request = schemas.GetProperty(nameof(FriendRequestDto)).GetProperty("properties");
        request.TryGetProperty("userId", out _).ShouldBeTrue();
        request.TryGetProperty("recipient", out _).ShouldBeTrue();
        request.GetProperty("user").GetRawText().ShouldContain("null");
    }

    private static CreateMeetupDto MeetupAt(string title, double latitude, double longitude)
    {
        var meetup = MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup(title: title);
        var start = DateTimeOffset.UtcNow.AddHours(2); // soonest first: on the recruiting list's first page
        (meetup.StartTime, meetup.EndTime, meetup.Latitude, meetup.Longitude) = (start, start.AddHours(1), latitude, longitude);
        return meetup;
    }

    private static async Task<HashSet<Guid>> RecruitingIdsAsync(MoyeoraApiClient api)
    {
        var ids = new HashSet<Guid>();
        for (var skip = 0; ; skip += Moyeora.Dtos.PagedRequestDto.MaxPageSize)
        {
            var page = await api.Meetups.GetRecruitingListAsync(new Moyeora.Dtos.PagedRequestDto { SkipCount = skip, MaxResultCount = Moyeora.Dtos.PagedRequestDto.MaxPageSize });
            ids.UnionWith(page.Items.Select(m => m.Id));
            if (page.Items.Count < Moyeora.Dtos.PagedRequestDto.MaxPageSize)
            {
                return ids;
            }
        }
    }

    /// <summary>Everywhere a meetup can be found: recruiting list, both searches, nearby, markers and the detail.</summary>
    private static async Task<IReadOnlyList<string>> WhereSeenAsync(MoyeoraApiClient api, MeetupDto meetup, string keyword, bool signedIn = true)
    {
        var seen = new List<string>();
        if ((await RecruitingIdsAsync(api)).Contains(meetup.Id))
        {
            seen.Add("recruiting");
        }

        if ((await api.Meetups.SearchAsync(new SearchMeetupsDto { Keyword = keyword, MaxResultCount = 100 })).Items.Any(m => m.Id == meetup.Id))
        {
            seen.Add("search");
        }

        if (signedIn && (await api.Meetups.SearchMineAsync(new SearchMeetupsDto { Keyword = keyword, MaxResultCount = 100 })).Items.Any(m => m.Id == meetup.Id))
        {
            seen.Add("mine/search");
        }

        if ((await api.Meetups.GetNearbyAsync(new GetNearbyMeetupsDto { Latitude = meetup.Latitude, Longitude = meetup.Longitude, RadiusMeters = 1_000, MaxResultCount = 100 })).Items.Any(m => m.Id == meetup.Id))
        {
            seen.Add("nearby");
        }

        var box = new GetMeetupMarkersDto { South = meetup.Latitude - 0.01, West = meetup.Longitude - 0.01, North = meetup.Latitude + 0.01, East = meetup.Longitude + 0.01 };
        if ((await api.Meetups.GetMarkersAsync(box)).Any(m => m.Id == meetup.Id))
        {
            seen.Add("markers");
        }

        try
        {
            await api.Meetups.GetAsync(meetup.Id);
            seen.Add("detail");
        }
        catch (MoyeoraApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound && ex.Code == MoyeoraErrorCodes.MeetupNotFound)
        {
        }

        return seen;
    }

    [Fact]
    public async Task A_Blocked_Pair_Never_Sees_Each_Others_Meetups_Anywhere()
    {
        var (hostApi, host) = await factory.NewUserAsync();
        var (otherApi, other) = await factory.NewUserAsync();
        var anonymous = factory.CreateApiClient();
        var keyword = "차단" + Random.Shared.Next(100_000, 999_999);
        var (lat, lng) = (35.1 + Random.Shared.NextDouble() * 0.5, 129.0 + Random.Shared.NextDouble() * 0.05);
        var hosted = await hostApi.Meetups.CreateAsync(MeetupAt(keyword + " 호스트", lat, lng));
        var others = await otherApi.Meetups.CreateAsync(MeetupAt(keyword + " 상대", lat, lng + 0.001));
        // Each is also a member of a meetup of the other's, so the members' search has something to hide.
        var joined = await hostApi.Meetups.CreateAsync(MeetupAt(keyword + " 함께", lat, lng + 0.002));
        await otherApi.Meetups.JoinAsync(joined.Id);
        (await WhereSeenAsync(otherApi, hosted, keyword)).ShouldBe(["recruiting", "search", "nearby", "markers", "detail"]);
        (await WhereSeenAsync(otherApi, joined, keyword)).ShouldContain("mine/search");

        await hostApi.Blocks.BlockAsync(other.UserId);

        (await WhereSeenAsync(otherApi, hosted, keyword)).ShouldBeEmpty("the blocked person must not find the blocker's meetups anywhere");
        (await WhereSeenAsync(hostApi, others, keyword)).ShouldBeEmpty("nor the blocker the blocked person's");
        (await WhereSeenAsync(otherApi, joined, keyword)).ShouldNotContain("mine/search");
        var hidden = await Should.ThrowAsync<MoyeoraApiException>(() => otherApi.Meetups.GetAsync(hosted.Id));
        var missing = await Should.ThrowAsync<MoyeoraApiException>(() => otherApi.Meetups.GetAsync(Guid.NewGuid()));
        (hidden.StatusCode, hidden.Code).ShouldBe((missing.StatusCode, missing.Code), "exactly as a meetup that does not exist");
        (await WhereSeenAsync(anonymous, hosted, keyword, signedIn: false)).ShouldBe(["recruiting", "search", "nearby", "markers", "detail"], "everyone else still sees it");

        await hostApi.Blocks.UnblockAsync(other.UserId);
        (await WhereSeenAsync(otherApi, hosted, keyword)).ShouldBe(["recruiting", "search", "nearby", "markers", "detail"], "an unblock shows them again at once");
        host.UserId.ShouldNotBe(other.UserId);
    }
}
