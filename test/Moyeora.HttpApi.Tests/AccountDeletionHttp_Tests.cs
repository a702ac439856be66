using Moyeora.Chat;
using Moyeora.ClientProxies;
using Moyeora.Live;
using Moyeora.Meetups;
using Moyeora.Profile;

namespace Moyeora.HttpApi.Tests;

public sealed class AccountDeletionHttp_Sqlite_Tests(LiveHostFactory factory) : AccountDeletionHttp_Tests<LiveHostFactory>(factory), IClassFixture<LiveHostFactory>;

public sealed class AccountDeletionHttp_PostgreSql_Tests(PostgreSqlLiveHostFactory factory) : AccountDeletionHttp_Tests<PostgreSqlLiveHostFactory>(factory), IClassFixture<PostgreSqlLiveHostFactory>;

public sealed class AccountDeletionHttp_MariaDb_Tests(MariaDbLiveHostFactory factory) : AccountDeletionHttp_Tests<MariaDbLiveHostFactory>(factory), IClassFixture<MariaDbLiveHostFactory>;

/// <summary>Deleting an account, through the real client proxies and a live connection watching the map.</summary>
public abstract class AccountDeletionHttp_Tests<TFactory>(TFactory factory)
    where TFactory : LiveHostFactory
{
    private const double Lat = 36.3504;
    private const double Lng = 127.3845;

    [Fact]
    public async Task A_Member_Who_Deletes_Their_Account_Frees_Their_Seats_At_Once_And_Does_Not_Rejoin_On_Return()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (hostApi, _, watcher) = await factory.ConnectNewUserAsync(admin);
        await using var _ = watcher;
        await watcher.InvokeAsync("ReportPosition", Lat, Lng);
        var (latecomerApi, _) = await factory.NewUserAsync();
        var (memberApi, phone, password, member) = await factory.SignUpAsync(admin);

        var input = MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup(maxMembers: 2, title: "자리 하나");
        (input.Latitude, input.Longitude) = (Lat + 0.001, Lng);
        var full = await hostApi.Meetups.CreateAsync(input);
        var other = await hostApi.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup(maxMembers: 5, title: "다른 모임"));
        await memberApi.Meetups.JoinAsync(full.Id);
        await memberApi.Meetups.JoinAsync(other.Id);
        (await watcher.NextAsync<MeetupLiveUpdateDto>(LiveClientMethods.MeetupChanged, u => u.MeetupId == full.Id && u.Change == "filled")).MemberCount.ShouldBe(2);
        (await Should.ThrowAsync<MoyeoraApiException>(() => latecomerApi.Meetups.JoinAsync(full.Id))).Code.ShouldBe(MoyeoraErrorCodes.MeetupFull);

        await memberApi.Profile.DeleteAsync(new DeleteAccountDto { Password = password });

        (await hostApi.Meetups.GetAsync(full.Id)).MemberCount.ShouldBe(1, "the seat is freed at once, not in 30 days");
        (await hostApi.Meetups.GetAsync(other.Id)).MemberCount.ShouldBe(1);
        var freed = await watcher.NextAsync<MeetupLiveUpdateDto>(LiveClientMethods.MeetupChanged, u => u.MeetupId == full.Id && u.Change == "seatFreed");
        freed.MemberCount.ShouldBe(1);
        var room = await hostApi.Chat.GetMessagesAsync(full.Id, new GetChatMessagesDto { MaxResultCount = 50 });
        room.Items.ShouldContain(m => m.Kind == ChatMessageKind.MemberLeft && m.SubjectUserId == member.UserId);
        (await hostApi.Notifications.GetListAsync(new Moyeora.Dtos.PagedRequestDto { MaxResultCount = 50 })).Items
            .ShouldContain(n => n.Kind == Moyeora.Notifications.NotificationKind.MemberLeft && n.MeetupId == full.Id && n.ActorId == member.UserId);
        (await latecomerApi.Meetups.JoinAsync(full.Id)).MemberCount.ShouldBe(2);

        (await memberApi.SignInAsync(phone, password)).Restored.ShouldBeTrue();
        (await memberApi.Meetups.GetMineAsync(new Moyeora.Dtos.PagedRequestDto())).Items.ShouldBeEmpty("restoring the account rejoins nothing");
        (await hostApi.Meetups.GetAsync(other.Id)).Members!.ShouldNotContain(m => m.User.Id == member.UserId);
        (await Should.ThrowAsync<MoyeoraApiException>(() => memberApi.Meetups.JoinAsync(full.Id))).Code.ShouldBe(MoyeoraErrorCodes.MeetupFull);
    }
}
