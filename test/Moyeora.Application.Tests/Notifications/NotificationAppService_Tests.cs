using Moyeora.Dtos;
using Moyeora.Meetups;
using Moyeora.Notifications;

namespace Moyeora.Application.Tests.Notifications;

/// <summary>Notifications are made by the meetup events that cause them; each person reads and marks only their own.</summary>
public abstract class NotificationAppService_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    private INotificationAppService Notifications => Db.Service<INotificationAppService>();

    private async Task<IReadOnlyList<NotificationDto>> InboxOfAsync(Guid userId)
    {
        using var _ = DatabaseFixture.ActAs(userId);
        return (await Notifications.GetListAsync(new PagedRequestDto { MaxResultCount = 100 })).Items;
    }

    [Fact]
    public async Task Meetup_Events_Notify_The_People_They_Concern_But_Never_The_Actor()
    {
        var (meetup, hostId) = await HostMeetupAsync(NewMeetupInput(maxMembers: 4));
        var member = await NewUserAsync();
        var invitee = await NewUserAsync();
        using (DatabaseFixture.ActAs(member))
        {
            await Meetups.JoinAsync(meetup.Id);
        }

        Guid invitationId;
        using (DatabaseFixture.ActAs(hostId))
        {
            invitationId = (await Meetups.InviteAsync(meetup.Id, new InviteToMeetupDto { UserId = invitee })).Id;
            await Meetups.PostNoticeAsync(meetup.Id, new PostMeetupNoticeDto { Title = "준비물", Body = "물" });
        }

        using (DatabaseFixture.ActAs(invitee))
        {
            await Meetups.AcceptInvitationAsync(invitationId);
        }

        Db.Clock.Advance(TimeSpan.FromSeconds(1));
        using (DatabaseFixture.ActAs(hostId))
        {
            await Meetups.KickAsync(meetup.Id, invitee);
        }

        var host = await InboxOfAsync(hostId);
        host.Select(n => n.Kind).ShouldBe([NotificationKind.MemberJoined, NotificationKind.InvitationAnswered, NotificationKind.MemberJoined], ignoreOrder: true);
        host.ShouldAllBe(n => n.MeetupId == meetup.Id && n.ActorId != hostId);
        (await InboxOfAsync(member)).Select(n => n.Kind).ShouldBe([NotificationKind.NoticePosted]);
        var invited = await InboxOfAsync(invitee);
        invited.Select(n => n.Kind).ShouldBe([NotificationKind.Kicked, NotificationKind.Invited], "newest first");
        invited.Single(n => n.Kind == NotificationKind.Invited).ActorId.ShouldBe(hostId);
        invited[0].Text.ShouldContain(meetup.Title);

        using (DatabaseFixture.ActAs(hostId))
        {
            await Meetups.CancelAsync(meetup.Id, new CancelMeetupDto { Reason = "비" });
        }

        (await InboxOfAsync(member)).Select(n => n.Kind).ShouldContain(NotificationKind.MeetupCancelled);
        (await InboxOfAsync(hostId)).ShouldNotContain(n => n.Kind == NotificationKind.MeetupCancelled);
    }

    [Fact]
    public async Task Unread_Counts_And_Marking_Read_Touch_Only_Ones_Own()
    {
        var (meetup, hostId) = await HostMeetupAsync(NewMeetupInput(maxMembers: 4));
        foreach (var joiner in new[] { await NewUserAsync(), await NewUserAsync() })
        {
            using var _ = DatabaseFixture.ActAs(joiner);
            await Meetups.JoinAsync(meetup.Id);
        }

        var stranger = await NewUserAsync();
        var first = (await InboxOfAsync(hostId))[0];
        using (DatabaseFixture.ActAs(stranger))
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Notifications.MarkReadAsync(first.Id)), MoyeoraErrorCodes.NotificationNotFound, ErrorKind.NotFound);
            (await Notifications.GetUnreadCountAsync()).UnreadCount.ShouldBe(0);
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            (await Notifications.GetUnreadCountAsync()).UnreadCount.ShouldBe(2);
            (await Notifications.MarkReadAsync(first.Id)).UnreadCount.ShouldBe(1);
            (await Notifications.MarkReadAsync(first.Id)).UnreadCount.ShouldBe(1, "marking twice changes nothing");
            var page = await Notifications.GetListAsync(new PagedRequestDto { MaxResultCount = 1 });
            page.TotalCount.ShouldBe(2);
            page.Items.Count.ShouldBe(1);
            (await Notifications.MarkAllReadAsync()).UnreadCount.ShouldBe(0);
            (await Notifications.GetUnreadCountAsync()).UnreadCount.ShouldBe(0);
        }

        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Notifications.GetUnreadCountAsync()), MoyeoraErrorCodes.NotSignedIn, ErrorKind.Unauthenticated);
    }
}

public sealed class NotificationAppService_Sqlite_Tests(SqliteFixture db) : NotificationAppService_Tests(db), IClassFixture<SqliteFixture>;

public sealed class NotificationAppService_PostgreSql_Tests(PostgreSqlFixture db) : NotificationAppService_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class NotificationAppService_MariaDb_Tests(MariaDbFixture db) : NotificationAppService_Tests(db), IClassFixture<MariaDbFixture>;
