using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Chat;
using Moyeora.Jobs;
using Moyeora.Meetups;
using Moyeora.Notifications;
using Moyeora.Profile;
using Moyeora.Users;

namespace Moyeora.Application.Tests.Jobs;

/// <summary>
/// Each job's logic against a real database with a moved clock: the right rows change, nothing else does,
/// and a second run changes nothing more. The class shares one clock, so every test checks its own rows.
/// </summary>
public abstract class MaintenanceJobs_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    private IJobAppService Jobs => Db.Service<IJobAppService>();

    private MaintenanceJobRunner Runner => Db.Services.GetRequiredService<MaintenanceJobRunner>();

    private Task<MeetupStatus> StatusOfAsync(Guid meetupId) =>
        Db.WithDbAsync(d => d.Meetups.Where(m => m.Id == meetupId).Select(m => m.Status).SingleAsync());

    [Fact]
    public async Task End_Meetups_Ends_Only_Those_Past_Their_End_And_Makes_Chat_Read_Only()
    {
        var (due, hostId) = await HostMeetupAsync(NewMeetupInput(startsIn: TimeSpan.FromHours(1)));
        var (later, _) = await HostMeetupAsync(NewMeetupInput(startsIn: TimeSpan.FromDays(2)));
        Db.Clock.Advance(TimeSpan.FromHours(3) + TimeSpan.FromMinutes(1));

        var first = await Runner.RunAsync(JobNames.EndMeetups);
        first["ended"].ShouldBeGreaterThanOrEqualTo(1);
        (await StatusOfAsync(due.Id)).ShouldBe(MeetupStatus.Ended);
        (await StatusOfAsync(later.Id)).ShouldBe(MeetupStatus.Recruiting);
        using (DatabaseFixture.ActAs(hostId))
        {
            var ex = await Should.ThrowAsync<BusinessException>(() => Chat.SendAsync(due.Id, new SendChatMessageDto { Text = "늦었나요?" }));
            ex.Code.ShouldBe(MoyeoraErrorCodes.ChatReadOnly);
        }

        var second = await Runner.RunAsync(JobNames.EndMeetups);
        second["ended"].ShouldBe(0);
        (await StatusOfAsync(later.Id)).ShouldBe(MeetupStatus.Recruiting);
    }

    [Fact]
    public async Task Reminders_Reach_Each_Member_Exactly_Once()
    {
        var (meetup, hostId) = await HostMeetupAsync(NewMeetupInput(maxMembers: 5, startsIn: TimeSpan.FromMinutes(90)));
        var (farAway, farHost) = await HostMeetupAsync(NewMeetupInput(startsIn: TimeSpan.FromHours(5)));
        var member = await NewUserAsync();
        using (DatabaseFixture.ActAs(member))
        {
            await Meetups.JoinAsync(meetup.Id);
        }

        await Runner.RunAsync(JobNames.MeetupReminders);
        (await RemindersForAsync(meetup.Id)).ShouldBeEmpty("90 minutes ahead is not yet 'starts in 1 hour'");

        Db.Clock.Advance(TimeSpan.FromMinutes(31));
        var first = await Runner.RunAsync(JobNames.MeetupReminders);
        first["reminded"].ShouldBeGreaterThanOrEqualTo(2);
        (await RemindersForAsync(meetup.Id)).ShouldBe([hostId, member], ignoreOrder: true);
        (await RemindersForAsync(farAway.Id)).ShouldBeEmpty();

        (await Runner.RunAsync(JobNames.MeetupReminders))["reminded"].ShouldBe(0);
        var latecomer = await NewUserAsync();
        using (DatabaseFixture.ActAs(latecomer))
        {
            await Meetups.JoinAsync(meetup.Id);
        }

        (await Runner.RunAsync(JobNames.MeetupReminders))["reminded"].ShouldBe(1);
        (await RemindersForAsync(meetup.Id)).ShouldBe([hostId, member, latecomer], ignoreOrder: true);
        var text = await Db.WithDbAsync(d => d.Set<Notification>().Where(n => n.UserId == member && n.MeetupId == meetup.Id).Select(n => n.Text).SingleAsync());
        text.ShouldContain(meetup.Title);
        farHost.ShouldNotBe(hostId);
    }

    private Task<List<Guid>> RemindersForAsync(Guid meetupId) =>
        Db.WithDbAsync(d => d.Set<Notification>()
            .Where(n => n.MeetupId == meetupId && n.Kind == NotificationKind.MeetupStartsSoon).Select(n => n.UserId).ToListAsync());

    [Fact]
    public async Task Expire_Invitations_Only_Of_Started_Meetups()
    {
        var (started, hostA) = await HostMeetupAsync(NewMeetupInput(startsIn: TimeSpan.FromMinutes(30)));
        var (upcoming, hostB) = await HostMeetupAsync(NewMeetupInput(startsIn: TimeSpan.FromDays(1)));
        var invitee = await NewUserAsync();
        using (DatabaseFixture.ActAs(hostA))
        {
            await Meetups.InviteAsync(started.Id, new InviteToMeetupDto { UserId = invitee });
        }

        using (DatabaseFixture.ActAs(hostB))
        {
            await Meetups.InviteAsync(upcoming.Id, new InviteToMeetupDto { UserId = invitee });
        }

        Db.Clock.Advance(TimeSpan.FromMinutes(31));
        (await Runner.RunAsync(JobNames.ExpireInvitations))["expired"].ShouldBeGreaterThanOrEqualTo(1);
        (await InvitationStatusAsync(started.Id, invitee)).ShouldBe(InvitationStatus.Expired);
        (await InvitationStatusAsync(upcoming.Id, invitee)).ShouldBe(InvitationStatus.Pending);
        (await Runner.RunAsync(JobNames.ExpireInvitations))["expired"].ShouldBe(0);
    }

    private Task<InvitationStatus> InvitationStatusAsync(Guid meetupId, Guid invitee) =>
        Db.WithDbAsync(d => d.Set<MeetupInvitation>().Where(i => i.MeetupId == meetupId && i.InviteeId == invitee).Select(i => i.Status).SingleAsync());

    [Fact]
    public async Task Erase_Ended_Meetups_After_30_Days_With_Everything_They_Own()
    {
        var (old, hostId) = await HostMeetupAsync(NewMeetupInput(startsIn: TimeSpan.FromHours(1)));
        var member = await NewUserAsync();
        using (DatabaseFixture.ActAs(member))
        {
            await Meetups.JoinAsync(old.Id);
            var sent = await Chat.SendAsync(old.Id, new SendChatMessageDto { Text = "곧 봬요" });
            await Chat.MarkReadAsync(old.Id, new MarkChatReadDto { LastReadMessageId = sent.Id });
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            await Meetups.PostNoticeAsync(old.Id, new PostMeetupNoticeDto { Title = "준비물", Body = "물" });
        }

        Db.Clock.Advance(TimeSpan.FromHours(4));
        await Runner.RunAsync(JobNames.EndMeetups);
        Db.Clock.Advance(TimeSpan.FromDays(29));
        var (recent, _) = await HostMeetupAsync(NewMeetupInput(startsIn: TimeSpan.FromHours(1)));
        Db.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(3));
        await Runner.RunAsync(JobNames.EndMeetups);
        (await StatusOfAsync(recent.Id)).ShouldBe(MeetupStatus.Ended);

        (await Runner.RunAsync(JobNames.EraseEndedMeetups))["erased"].ShouldBeGreaterThanOrEqualTo(1);
        (await Db.WithDbAsync(d => d.Meetups.AnyAsync(m => m.Id == old.Id))).ShouldBeFalse();
        (await Db.WithDbAsync(d => d.ChatMessages.AnyAsync(m => m.MeetupId == old.Id))).ShouldBeFalse();
        (await Db.WithDbAsync(d => d.Set<ChatReadMarker>().AnyAsync(m => m.MeetupId == old.Id))).ShouldBeFalse();
        (await Db.WithDbAsync(d => d.Set<MeetupParticipant>().AnyAsync(p => p.MeetupId == old.Id))).ShouldBeFalse();
        (await Db.WithDbAsync(d => d.Set<MeetupTag>().AnyAsync(p => p.MeetupId == old.Id))).ShouldBeFalse();
        (await Db.WithDbAsync(d => d.Set<MeetupNotice>().AnyAsync(p => p.MeetupId == old.Id))).ShouldBeFalse();
        (await StatusOfAsync(recent.Id)).ShouldBe(MeetupStatus.Ended, "ended a few hours ago: kept");
        (await Db.WithDbAsync(d => d.Users.AnyAsync(u => u.Id == member))).ShouldBeTrue("people are not part of a meetup");
        (await Runner.RunAsync(JobNames.EraseEndedMeetups))["erased"].ShouldBe(0);
    }

    [Fact]
    public async Task Purge_Credentials_Removes_Expired_Tokens_And_Day_Old_Codes_Only()
    {
        var (phone, _, tokens) = await SignUpAsync();
        var e164 = PhoneNumber.Normalize(phone);
        (await Db.WithDbAsync(d => d.VerificationCodes.CountAsync(c => c.PhoneNumber == e164))).ShouldBe(1);
        (await Db.WithDbAsync(d => d.RefreshTokens.CountAsync(t => t.UserId == tokens.UserId))).ShouldBe(1);

        Db.Clock.Advance(TimeSpan.FromDays(2));
        await Runner.RunAsync(JobNames.PurgeExpiredCredentials);
        (await Db.WithDbAsync(d => d.VerificationCodes.CountAsync(c => c.PhoneNumber == e164))).ShouldBe(0);
        (await Db.WithDbAsync(d => d.RefreshTokens.CountAsync(t => t.UserId == tokens.UserId))).ShouldBe(1, "the session is valid for 14 days");

        var newer = TestData.NewPhone();
        await Account.SendVerificationCodeAsync(new Moyeora.Account.SendVerificationCodeDto { PhoneNumber = newer, Purpose = Moyeora.Verification.VerificationPurpose.SignUp });
        Db.Clock.Advance(TimeSpan.FromDays(13));
        await Runner.RunAsync(JobNames.PurgeExpiredCredentials);
        (await Db.WithDbAsync(d => d.RefreshTokens.CountAsync(t => t.UserId == tokens.UserId))).ShouldBe(0);
        (await Db.WithDbAsync(d => d.VerificationCodes.CountAsync(c => c.PhoneNumber == PhoneNumber.Normalize(newer)))).ShouldBe(0);
        var second = await Runner.RunAsync(JobNames.PurgeExpiredCredentials);
        (second["verificationCodes"] + second["refreshTokens"]).ShouldBe(0);
    }

    [Fact]
    public async Task A_Large_Backlog_Is_Worked_Off_In_Bounded_Batches_Across_Runs()
    {
        // Test configuration: 100 rows a batch, 5 batches a run → at most 500 rows a run.
        var userId = await NewUserAsync();
        var now = Db.Clock.GetUtcNow().UtcDateTime;
        await using (var scope = Db.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<Moyeora.EntityFrameworkCore.MoyeoraDbContext>();
            context.RefreshTokens.AddRange(Enumerable.Range(0, 1_234).Select(i =>
                new RefreshToken(Guid.NewGuid(), userId, Guid.NewGuid(), $"backlog-{userId:N}-{i}", null, now - UserConsts.RefreshTokenLifetime - TimeSpan.FromMinutes(1))));
            await context.SaveChangesAsync();
        }

        Task<int> LeftAsync() => Db.WithDbAsync(d => d.RefreshTokens.CountAsync(t => t.UserId == userId));
        var runs = new List<long>();
        while (await LeftAsync() > 0 && runs.Count < 10)
        {
            var counts = await Runner.RunAsync(JobNames.PurgeExpiredCredentials);
            counts["refreshTokens"].ShouldBeLessThanOrEqualTo(500);
            runs.Add(counts["refreshTokens"]);
        }

        runs.Count.ShouldBe(3);
        runs.Sum().ShouldBeGreaterThanOrEqualTo(1_234);
        (await Runner.RunAsync(JobNames.PurgeExpiredCredentials))["refreshTokens"].ShouldBe(0);
    }

    [Fact]
    public async Task Erase_Deactivated_Accounts_After_30_Days_Keeping_Their_Chat_As_Deleted_User()
    {
        var (meetup, hostId) = await HostMeetupAsync(NewMeetupInput(maxMembers: 3, startsIn: TimeSpan.FromDays(6)));
        var (_, password, leaver) = await SignUpAsync();
        var (_, stayerPassword, stayer) = await SignUpAsync();
        using (DatabaseFixture.ActAs(leaver.UserId))
        {
            await Meetups.JoinAsync(meetup.Id);
            await Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "안녕하세요" });
            await Db.Service<IProfileAppService>().DeleteAsync(new DeleteAccountDto { Password = password });
        }

        Db.Clock.Advance(TimeSpan.FromDays(2));
        using (DatabaseFixture.ActAs(stayer.UserId))
        {
            await Db.Service<IProfileAppService>().DeleteAsync(new DeleteAccountDto { Password = stayerPassword });
        }

        Db.Clock.Advance(TimeSpan.FromDays(29));
        (await Runner.RunAsync(JobNames.EraseDeactivatedAccounts))["erased"].ShouldBeGreaterThanOrEqualTo(1);

        (await Db.WithDbAsync(d => d.Users.AnyAsync(u => u.Id == leaver.UserId))).ShouldBeFalse();
        (await Db.WithDbAsync(d => d.RefreshTokens.AnyAsync(t => t.UserId == leaver.UserId))).ShouldBeFalse();
        (await Db.WithDbAsync(d => d.Users.AnyAsync(u => u.Id == stayer.UserId))).ShouldBeTrue("deactivated 29 days ago: still restorable");
        var after = await Db.WithDbAsync(d => d.Meetups.Where(m => m.Id == meetup.Id).Select(m => m.MemberCount).SingleAsync());
        after.ShouldBe(1, "the erased member left the open meetup");
        using (DatabaseFixture.ActAs(hostId))
        {
            var messages = await Chat.GetMessagesAsync(meetup.Id, new GetChatMessagesDto { MaxResultCount = 50 });
            var kept = messages.Items.Single(m => m.Text == "안녕하세요");
            kept.SenderId.ShouldBe(leaver.UserId);
            kept.SenderNickname.ShouldBe("탈퇴한 사용자");
        }

        (await Runner.RunAsync(JobNames.EraseDeactivatedAccounts))["erased"].ShouldBe(0);
    }

    [Fact]
    public async Task Every_Run_Is_Recorded_And_Repeated_Failures_Show()
    {
        await Runner.RunAsync(JobNames.ExpirePositions);
        var record = await Db.WithDbAsync(d => d.Set<JobRecord>().SingleAsync(r => r.Name == JobNames.ExpirePositions));
        record.LastSucceeded.ShouldBe(true);
        record.LastCounts.ShouldBe("expired=0");
        record.RunCount.ShouldBeGreaterThanOrEqualTo(1);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        for (var i = 0; i < JobConsts.UnhealthyAfterConsecutiveFailures; i++)
        {
            await Should.ThrowAsync<OperationCanceledException>(() => Runner.RunAsync(JobNames.EndMeetups, cancelled.Token));
        }

        var failing = await Db.WithDbAsync(d => d.Set<JobRecord>().SingleAsync(r => r.Name == JobNames.EndMeetups));
        failing.LastSucceeded.ShouldBe(false);
        failing.IsFailingRepeatedly.ShouldBeTrue();
        failing.LastError!.ShouldContain("Canceled");

        await Runner.RunAsync(JobNames.EndMeetups);
        (await Db.WithDbAsync(d => d.Set<JobRecord>().SingleAsync(r => r.Name == JobNames.EndMeetups))).ConsecutiveFailures.ShouldBe(0);
    }

    [Fact]
    public async Task Only_Job_Managers_List_And_Trigger_Jobs()
    {
        using (DatabaseFixture.ActAs(TestData.AliceId))
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Jobs.GetListAsync()), MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Jobs.TriggerAsync(JobNames.EndMeetups)), MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
        }

        var adminId = await Db.WithDbAsync(d => d.Users.Where(u => u.PhoneNumber == TestData.AdminPhoneE164).Select(u => u.Id).SingleAsync());
        using (DatabaseFixture.ActAs(adminId))
        {
            var list = await Jobs.GetListAsync();
            list.Select(j => j.Name).ShouldBe(JobOptions.DefaultSchedules.Keys, ignoreOrder: true);
            list.ShouldAllBe(j => j.Schedule.Length > 0 && j.Description.Length > 0);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Jobs.TriggerAsync("no-such-job")), MoyeoraErrorCodes.JobNotFound, ErrorKind.NotFound);

            var before = (await Jobs.GetListAsync()).Single(j => j.Name == JobNames.ExpireInvitations).RunCount;
            await Jobs.TriggerAsync(JobNames.ExpireInvitations);
            for (var i = 0; i < 100 && (await Jobs.GetListAsync()).Single(j => j.Name == JobNames.ExpireInvitations).RunCount == before; i++)
            {
                await Task.Delay(50);
            }

            var after = (await Jobs.GetListAsync()).Single(j => j.Name == JobNames.ExpireInvitations);
            after.RunCount.ShouldBe(before + 1);
            after.LastSucceeded.ShouldBe(true);
        }
    }
}

public sealed class MaintenanceJobs_Sqlite_Tests(SqliteFixture db) : MaintenanceJobs_Tests(db), IClassFixture<SqliteFixture>;

public sealed class MaintenanceJobs_PostgreSql_Tests(PostgreSqlFixture db) : MaintenanceJobs_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class MaintenanceJobs_MariaDb_Tests(MariaDbFixture db) : MaintenanceJobs_Tests(db), IClassFixture<MariaDbFixture>;
