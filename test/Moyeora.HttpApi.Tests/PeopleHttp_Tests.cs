using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Chat;
using Moyeora.ClientProxies;
using Moyeora.Friends;
using Moyeora.Jobs;
using Moyeora.Live;
using Moyeora.Locations;
using Moyeora.Meetups;
using Moyeora.Notifications;
using Moyeora.People;
using Moyeora.Ratings;
using Moyeora.Reports;

namespace Moyeora.HttpApi.Tests;

public sealed class PeopleHttp_Sqlite_Tests(LiveHostFactory factory) : PeopleHttp_Tests<LiveHostFactory>(factory), IClassFixture<LiveHostFactory>;

public sealed class PeopleHttp_PostgreSql_Tests(PostgreSqlLiveHostFactory factory) : PeopleHttp_Tests<PostgreSqlLiveHostFactory>(factory), IClassFixture<PostgreSqlLiveHostFactory>;

public sealed class PeopleHttp_MariaDb_Tests(MariaDbLiveHostFactory factory) : PeopleHttp_Tests<MariaDbLiveHostFactory>(factory), IClassFixture<MariaDbLiveHostFactory>;

/// <summary>Profiles, search, ratings and reports through the real client proxies, with live connections where they matter.</summary>
public abstract class PeopleHttp_Tests<TFactory>(TFactory factory)
    where TFactory : LiveHostFactory
{
    private static async Task<string> CodeOfAsync(Task call) => (await Should.ThrowAsync<MoyeoraApiException>(call)).Code!;

    [Fact]
    public async Task The_Marker_Card_Grows_With_The_Relationship_And_A_Block_Hides_Everything()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (targetApi, target, targetLive) = await factory.ConnectNewUserAsync(admin);
        var (viewerApi, viewer) = await factory.NewUserAsync();
        await using var _ = targetLive;
        await targetApi.Profile.SetStatusMessageAsync(new Moyeora.Profile.UpdateStatusMessageDto { StatusMessage = "산책 중" });
        await targetLive.InvokeAsync("ReportPosition", 37.5663, 126.9779);

        var card = await viewerApi.People.GetAsync(target.UserId);
        card.Relationship.ShouldBe(Relationship.Stranger);
        card.LastSeen.ShouldBe(LastSeenBucket.Now);
        card.StatusMessage.ShouldBe("산책 중");
        card.Nickname.ShouldBeNull("a stranger sees no nickname");
        card.Interests.ShouldBeNull();

        var me = await targetApi.Profile.GetAsync();
        (await viewerApi.People.SearchAsync(new SearchPeopleDto { Nickname = me.Nickname.ToUpperInvariant() })).UserId.ShouldBe(target.UserId);
        (await viewerApi.People.SearchAsync(new SearchPeopleDto { PhoneNumber = me.PhoneNumber })).UserId.ShouldBe(target.UserId);

        var sent = await viewerApi.Friends.SendRequestAsync(new SendFriendRequestDto { UserId = target.UserId });
        await targetApi.Friends.AcceptAsync(sent.Request!.Id);
        var friendCard = await viewerApi.People.GetAsync(target.UserId);
        friendCard.Relationship.ShouldBe(Relationship.Friend);
        friendCard.Nickname.ShouldBe(me.Nickname);

        // The last-seen time is written in the background; once written it outlives the live position.
        await factory.Services.GetRequiredService<LastSeenTracker>().FlushAsync();
        (await factory.WithDbAsync(d => d.Users.Where(u => u.Id == target.UserId).Select(u => u.LastSeenTime).SingleAsync())).ShouldNotBeNull();
        await targetLive.InvokeAsync("SetVisibility", "nobody", null);
        (await viewerApi.People.GetAsync(target.UserId)).LastSeen.ShouldBe(LastSeenBucket.Now);

        var meetup = await targetApi.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup());
        await targetApi.Blocks.BlockAsync(viewer.UserId);
        (await CodeOfAsync(viewerApi.People.GetAsync(target.UserId))).ShouldBe(MoyeoraErrorCodes.UserNotFound);
        (await CodeOfAsync(viewerApi.People.SearchAsync(new SearchPeopleDto { Nickname = me.Nickname }))).ShouldBe(MoyeoraErrorCodes.UserNotFound);
        (await CodeOfAsync(viewerApi.Meetups.JoinAsync(meetup.Id))).ShouldBe(MoyeoraErrorCodes.MeetupNotFound);
        (await CodeOfAsync(targetApi.Meetups.InviteAsync(meetup.Id, new InviteToMeetupDto { UserId = viewer.UserId }))).ShouldBe(MoyeoraErrorCodes.UserNotFound);
        (await CodeOfAsync(targetApi.People.GetAsync(viewer.UserId))).ShouldBe(MoyeoraErrorCodes.UserNotFound);
    }

    [Fact]
    public async Task After_A_Confirmed_Meetup_Ends_Members_Rate_Each_Other_And_The_Rated_Hears_Live()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (hostApi, host, hostLive) = await factory.ConnectNewUserAsync(admin);
        var (memberApi, member) = await factory.NewUserAsync();
        await using var _ = hostLive;
        var meetup = await hostApi.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup(title: "평가 모임"));
        await memberApi.Meetups.JoinAsync(meetup.Id);
        await memberApi.Meetups.ConfirmAsync(meetup.Id);
        await hostApi.Meetups.ConfirmAsync(meetup.Id);
        (await CodeOfAsync(memberApi.Ratings.RateAsync(meetup.Id, new RateMemberDto { UserId = host.UserId, Vote = RatingVote.Up }))).ShouldBe(MoyeoraErrorCodes.RatingNotOpen);

        var moved = TimeSpan.FromDays(1) + TimeSpan.FromHours(3);
        factory.Clock.Advance(moved);
        try
        {
            await factory.Services.GetRequiredService<MaintenanceJobRunner>().RunAsync(JobNames.EndMeetups);
            var sheet = await memberApi.Ratings.GetSheetAsync(meetup.Id);
            sheet.IsOpen.ShouldBeTrue();
            sheet.People.Single().User.Id.ShouldBe(host.UserId);

            var rated = await memberApi.Ratings.RateAsync(meetup.Id, new RateMemberDto { UserId = host.UserId, Vote = RatingVote.Up });
            rated.User.Rating.ShouldBe(71);
            var pushed = await hostLive.NextAsync<NotificationDto>(LiveClientMethods.Notification, n => n.Kind == NotificationKind.RatingReceived);
            pushed.ActorId.ShouldBeNull("who rated stays private");
            pushed.MeetupId.ShouldBe(meetup.Id);
            (await CodeOfAsync(memberApi.Ratings.RateAsync(meetup.Id, new RateMemberDto { UserId = host.UserId, Vote = RatingVote.Down }))).ShouldBe(MoyeoraErrorCodes.AlreadyRated);
            (await CodeOfAsync(memberApi.Ratings.RateAsync(meetup.Id, new RateMemberDto { UserId = member.UserId, Vote = RatingVote.Up }))).ShouldBe(MoyeoraErrorCodes.CannotRateSelf);
            (await hostApi.People.GetAsync(member.UserId)).Rating.ShouldBe(70);
            (await memberApi.People.GetAsync(host.UserId)).Rating.ShouldBe(71);
        }
        finally
        {
            factory.Clock.Advance(-moved);
        }
    }

    [Fact]
    public async Task A_Reported_Message_Is_Hidden_By_A_Moderator_And_Only_Moderators_See_Reports()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (hostApi, _) = await factory.NewUserAsync();
        var (memberApi, memberTokens) = await factory.NewUserAsync();
        var meetup = await hostApi.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup());
        await memberApi.Meetups.JoinAsync(meetup.Id);
        await using var memberLive = await LiveClient.ConnectAsync(factory.Root, memberTokens.AccessToken);
        var message = await hostApi.Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "수상한 링크" });
        (await memberLive.NextAsync<ChatMessageDto>(LiveClientMethods.ChatMessage, m => m.Id == message.Id)).Text.ShouldBe("수상한 링크");

        var receipt = await memberApi.Reports.CreateAsync(new CreateReportDto
        {
            TargetType = ReportTargetType.ChatMessage, TargetId = message.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Reason = ReportReason.Scam,
        });
        (await CodeOfAsync(memberApi.Reports.CreateAsync(new CreateReportDto
        {
            TargetType = ReportTargetType.ChatMessage, TargetId = message.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Reason = ReportReason.Spam,
        }))).ShouldBe(MoyeoraErrorCodes.ReportAlreadyOpen);
        (await CodeOfAsync(memberApi.ReportModeration.GetAsync(receipt.Id))).ShouldBe(MoyeoraErrorCodes.Forbidden);
        (await CodeOfAsync(hostApi.ReportModeration.GetListAsync(new GetReportsDto()))).ShouldBe(MoyeoraErrorCodes.Forbidden);

        var queued = await admin.ReportModeration.GetListAsync(new GetReportsDto { Status = ReportStatus.Open, TargetType = ReportTargetType.ChatMessage, MaxResultCount = 100 });
        queued.Items.ShouldContain(r => r.Id == receipt.Id && r.Snapshot == "수상한 링크");
        (await admin.ReportModeration.StartReviewAsync(receipt.Id)).Status.ShouldBe(ReportStatus.InReview);
        var acted = await admin.ReportModeration.ActAsync(receipt.Id, new ActOnReportDto { Action = ReportAction.HideMessage, Note = "사기 링크" });
        acted.Status.ShouldBe(ReportStatus.Actioned);
        var resent = await memberLive.NextAsync<ChatMessageDto>(LiveClientMethods.ChatMessage, m => m.Id == message.Id);
        resent.IsHidden.ShouldBeTrue("an open room is told at once, under the same id");
        resent.Text.ShouldNotContain("수상한 링크");

        var history = await memberApi.Chat.GetMessagesAsync(meetup.Id, new GetChatMessagesDto());
        var hidden = history.Items.Single(m => m.Id == message.Id);
        hidden.IsHidden.ShouldBeTrue();
        hidden.Text.ShouldNotContain("수상한 링크");
    }

    [Fact]
    public async Task Locking_A_Reported_Person_Ends_Their_Sessions_And_Live_Connection()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (offenderApi, offender, offenderLive) = await factory.ConnectNewUserAsync(admin);
        var (reporterApi, _) = await factory.NewUserAsync();
        await using var _ = offenderLive;
        var phone = (await offenderApi.Profile.GetAsync()).PhoneNumber;
        var receipt = await reporterApi.Reports.CreateAsync(new CreateReportDto
        {
            TargetType = ReportTargetType.User, TargetId = offender.UserId.ToString(), Reason = ReportReason.Harassment, Text = "계속 연락해요",
        });

        var acted = await admin.ReportModeration.ActAsync(receipt.Id, new ActOnReportDto { Action = ReportAction.LockUser, LockDays = 2, Note = "괴롭힘" });
        acted.TargetUser!.Id.ShouldBe(offender.UserId);
        (await offenderLive.NextAsync<ConnectionClosingDto>(LiveClientMethods.ConnectionClosing)).Reason.ShouldBe("accountLocked");
        (await Should.ThrowAsync<MoyeoraApiException>(() => offenderApi.Account.RefreshAsync(new Moyeora.Account.RefreshTokenDto { RefreshToken = offender.RefreshToken })))
            .StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized, "the session was revoked with the lock");
        (await CodeOfAsync(factory.CreateApiClient().SignInAsync(phone, LiveHostFactory.Password))).ShouldBe(MoyeoraErrorCodes.AccountLocked);
    }

    [Fact]
    public async Task Finding_People_Is_Limited_So_Numbers_Cannot_Be_Enumerated()
    {
        var (api, _) = await factory.NewUserAsync();
        var statuses = new List<System.Net.HttpStatusCode>();
        for (var i = 0; i < 21; i++)
        {
            var error = await Should.ThrowAsync<MoyeoraApiException>(() => api.People.SearchAsync(new SearchPeopleDto { PhoneNumber = TestData.NewPhone() }));
            statuses.Add(error.StatusCode);
        }

        statuses.Take(20).ShouldAllBe(s => s == System.Net.HttpStatusCode.NotFound);
        statuses[20].ShouldBe(System.Net.HttpStatusCode.TooManyRequests);
    }
}
