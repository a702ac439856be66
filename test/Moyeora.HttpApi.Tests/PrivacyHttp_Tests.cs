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
}
