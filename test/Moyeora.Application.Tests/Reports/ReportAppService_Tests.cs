using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Moyeora.Account;
using Moyeora.Chat;
using Moyeora.Dtos;
using Moyeora.Meetups;
using Moyeora.Notifications;
using Moyeora.Reports;
using Moyeora.Users;

namespace Moyeora.Application.Tests.Reports;

public abstract class ReportAppService_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    private IReportModerationAppService Moderation => Db.Service<IReportModerationAppService>();

    private async Task<ReportReceiptDto> ReportAsync(Guid reporter, ReportTargetType? type, string targetId, ReportReason? reason = ReportReason.Spam, string? text = null)
    {
        using var _ = DatabaseFixture.ActAs(reporter);
        return await Db.Service<IReportAppService>().CreateAsync(new CreateReportDto { TargetType = type, TargetId = targetId, Reason = reason, Text = text });
    }

    private async Task<Guid> ModeratorAsync()
    {
        var roleId = await Db.WithDbAsync(d => d.Roles.Where(r => r.Name == MoyeoraRoles.Moderator).Select(r => r.Id).SingleAsync());
        return await NewUserAsync(configure: u => u.AddRole(roleId));
    }

    private async Task<T> AsModeratorAsync<T>(Guid moderator, Func<IReportModerationAppService, Task<T>> call)
    {
        using var _ = DatabaseFixture.ActAs(moderator);
        return await call(Db.Service<IReportModerationAppService>());
    }

    private async Task<long> PostAsync(Guid sender, Guid meetupId, string text)
    {
        using var _ = DatabaseFixture.ActAs(sender);
        return (await Chat.SendAsync(meetupId, new SendChatMessageDto { Text = text })).Id;
    }

    [Fact]
    public async Task A_Person_Is_Reported_Once_While_Open_With_A_Valid_Reason()
    {
        var (reporter, target) = (await NewUserAsync(), await NewUserAsync());
        var id = target.ToString();
        (await ReportAsync(reporter, ReportTargetType.User, id, ReportReason.Harassment, "계속 쪽지를 보내요")).Id.ShouldNotBe(Guid.Empty);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ReportAsync(reporter, ReportTargetType.User, id)), MoyeoraErrorCodes.ReportAlreadyOpen, ErrorKind.Conflict);
        (await ReportAsync(await NewUserAsync(), ReportTargetType.User, id)).Id.ShouldNotBe(Guid.Empty, "another reporter may report the same person");

        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ReportAsync(reporter, ReportTargetType.User, reporter.ToString())), MoyeoraErrorCodes.CannotReportSelf, ErrorKind.Invalid);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ReportAsync(reporter, ReportTargetType.User, Guid.NewGuid().ToString())), MoyeoraErrorCodes.ReportTargetNotFound, ErrorKind.NotFound);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ReportAsync(reporter, ReportTargetType.User, "not-a-guid")), MoyeoraErrorCodes.InvalidReport, ErrorKind.Invalid);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ReportAsync(reporter, null, id)), MoyeoraErrorCodes.InvalidReport, ErrorKind.Invalid);
        var fresh = (await NewUserAsync()).ToString();
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ReportAsync(reporter, ReportTargetType.User, fresh, reason: null)), MoyeoraErrorCodes.InvalidReport, ErrorKind.Invalid);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ReportAsync(reporter, ReportTargetType.User, fresh, ReportReason.Other)), MoyeoraErrorCodes.InvalidReport, ErrorKind.Invalid);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ReportAsync(reporter, ReportTargetType.User, fresh, ReportReason.Spam, new string('가', 1001))), MoyeoraErrorCodes.InvalidReport, ErrorKind.Invalid);
        var deleted = await NewUserAsync(configure: u => u.Deactivate(Db.Clock.GetUtcNow().UtcDateTime));
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ReportAsync(reporter, ReportTargetType.User, deleted.ToString())), MoyeoraErrorCodes.ReportTargetNotFound, ErrorKind.NotFound);
    }

    [Fact]
    public async Task Meetups_And_Messages_Are_Reported_Only_Where_The_Reporter_Can_See_Them()
    {
        var (meetup, hostId) = await HostMeetupAsync();
        var (member, outsider) = (await NewUserAsync(), await NewUserAsync());
        using (DatabaseFixture.ActAs(member))
        {
            await Meetups.JoinAsync(meetup.Id);
        }

        var hostMessage = await PostAsync(hostId, meetup.Id, "광고 링크입니다");
        var systemMessage = await Db.WithDbAsync(d => d.ChatMessages.Where(m => m.MeetupId == meetup.Id && m.SenderId == null).Select(m => m.Id).FirstAsync());
        var mine = await PostAsync(member, meetup.Id, "안녕하세요");

        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ReportAsync(outsider, ReportTargetType.ChatMessage, hostMessage.ToString(CultureInfo.InvariantCulture))), MoyeoraErrorCodes.ReportTargetNotFound, ErrorKind.NotFound);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ReportAsync(member, ReportTargetType.ChatMessage, systemMessage.ToString(CultureInfo.InvariantCulture))), MoyeoraErrorCodes.InvalidReport, ErrorKind.Invalid);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ReportAsync(member, ReportTargetType.ChatMessage, mine.ToString(CultureInfo.InvariantCulture))), MoyeoraErrorCodes.CannotReportSelf, ErrorKind.Invalid);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ReportAsync(member, ReportTargetType.ChatMessage, "-5")), MoyeoraErrorCodes.InvalidReport, ErrorKind.Invalid);
        await ReportAsync(member, ReportTargetType.ChatMessage, hostMessage.ToString(CultureInfo.InvariantCulture));

        await ReportAsync(outsider, ReportTargetType.Meetup, meetup.Id.ToString(), ReportReason.Scam);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ReportAsync(hostId, ReportTargetType.Meetup, meetup.Id.ToString())), MoyeoraErrorCodes.CannotReportSelf, ErrorKind.Invalid);

        using (DatabaseFixture.ActAs(member))
        {
            await Meetups.ConfirmAsync(meetup.Id);
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            await Meetups.ConfirmAsync(meetup.Id);
        }

        var stranger = await NewUserAsync();
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ReportAsync(stranger, ReportTargetType.Meetup, meetup.Id.ToString())),
            MoyeoraErrorCodes.ReportTargetNotFound, ErrorKind.NotFound);
    }

    [Fact]
    public async Task Only_Moderators_See_Reports_And_A_Dismissed_One_Can_Be_Filed_Again()
    {
        var (reporter, target, plain) = (await NewUserAsync(), await NewUserAsync(), await NewUserAsync());
        var receipt = await ReportAsync(reporter, ReportTargetType.User, target.ToString(), ReportReason.Impersonation, "연예인 사칭");
        using (DatabaseFixture.ActAs(plain))
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Moderation.GetListAsync(new GetReportsDto())), MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Moderation.GetAsync(receipt.Id)), MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Moderation.DismissAsync(receipt.Id, new DismissReportDto())), MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
        }

        using (DatabaseFixture.ActAs(target))
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Moderation.GetAsync(receipt.Id)), MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
        }

        var moderator = await ModeratorAsync();
        var queue = await AsModeratorAsync(moderator, m => m.GetListAsync(new GetReportsDto { Status = ReportStatus.Open, TargetType = ReportTargetType.User, MaxResultCount = 100 }));
        var listed = queue.Items.Single(r => r.Id == receipt.Id);
        listed.Reporter.Id.ShouldBe(reporter);
        listed.TargetUser!.Id.ShouldBe(target);
        listed.Text.ShouldBe("연예인 사칭");
        listed.Snapshot.ShouldContain("닉네임");

        (await AsModeratorAsync(moderator, m => m.StartReviewAsync(receipt.Id))).Status.ShouldBe(ReportStatus.InReview);
        var dismissed = await AsModeratorAsync(moderator, m => m.DismissAsync(receipt.Id, new DismissReportDto { Note = "근거 부족" }));
        dismissed.Status.ShouldBe(ReportStatus.Dismissed);
        dismissed.ReviewerId.ShouldBe(moderator);
        dismissed.ResolutionNote.ShouldBe("근거 부족");
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsModeratorAsync(moderator, m => m.DismissAsync(receipt.Id, new DismissReportDto()))), MoyeoraErrorCodes.ReportAlreadyResolved, ErrorKind.Conflict);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsModeratorAsync(moderator, m => m.GetAsync(Guid.NewGuid()))), MoyeoraErrorCodes.ReportNotFound, ErrorKind.NotFound);

        (await ReportAsync(reporter, ReportTargetType.User, target.ToString())).Id.ShouldNotBe(receipt.Id, "a closed report no longer blocks a new one");
    }

    [Fact]
    public async Task Hiding_A_Message_Resolves_Every_Open_Report_About_It()
    {
        var (meetup, hostId) = await HostMeetupAsync();
        var (a, b) = (await NewUserAsync(), await NewUserAsync());
        foreach (var user in new[] { a, b })
        {
            using var _ = DatabaseFixture.ActAs(user);
            await Meetups.JoinAsync(meetup.Id);
        }

        var bad = await PostAsync(hostId, meetup.Id, "욕설이 담긴 메시지");
        var first = await ReportAsync(a, ReportTargetType.ChatMessage, bad.ToString(CultureInfo.InvariantCulture), ReportReason.Harassment);
        var second = await ReportAsync(b, ReportTargetType.ChatMessage, bad.ToString(CultureInfo.InvariantCulture), ReportReason.Inappropriate);
        var moderator = await ModeratorAsync();
        (await AsModeratorAsync(moderator, m => m.GetAsync(first.Id))).OtherOpenReports.ShouldBe(1);

        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsModeratorAsync(moderator, m => m.ActAsync(first.Id, new ActOnReportDto()))), MoyeoraErrorCodes.InvalidReportAction, ErrorKind.Invalid);
        var acted = await AsModeratorAsync(moderator, m => m.ActAsync(first.Id, new ActOnReportDto { Action = ReportAction.HideMessage, Note = "욕설" }));
        acted.Status.ShouldBe(ReportStatus.Actioned);
        acted.Action.ShouldBe(ReportAction.HideMessage);
        (await AsModeratorAsync(moderator, m => m.GetAsync(second.Id))).Status.ShouldBe(ReportStatus.Actioned);

        using (DatabaseFixture.ActAs(a))
        {
            var shown = (await Chat.GetMessagesAsync(meetup.Id, new GetChatMessagesDto())).Items.Single(m => m.Id == bad);
            shown.IsHidden.ShouldBeTrue();
            shown.Text.ShouldBe(ChatMessage.HiddenText);
        }
    }

    [Fact]
    public async Task Acting_Cancels_A_Meetup_Or_Locks_A_Person_And_Ends_Their_Sessions()
    {
        var (meetup, hostId) = await HostMeetupAsync();
        var reporter = await NewUserAsync();
        var moderator = await ModeratorAsync();
        var meetupReport = await ReportAsync(reporter, ReportTargetType.Meetup, meetup.Id.ToString(), ReportReason.Scam);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsModeratorAsync(moderator, m => m.ActAsync(meetupReport.Id, new ActOnReportDto { Action = ReportAction.HideMessage }))),
            MoyeoraErrorCodes.InvalidReportAction, ErrorKind.Invalid);
        await AsModeratorAsync(moderator, m => m.ActAsync(meetupReport.Id, new ActOnReportDto { Action = ReportAction.CancelMeetup, Note = "사기 의심" }));
        using (DatabaseFixture.ActAs(hostId))
        {
            var cancelled = await Meetups.GetAsync(meetup.Id);
            cancelled.Status.ShouldBe(MeetupStatus.Cancelled);
            cancelled.CancelReason.ShouldBe("사기 의심");
        }

        (await Db.WithDbAsync(d => d.Set<Notification>().AnyAsync(n => n.UserId == hostId && n.Kind == NotificationKind.MeetupCancelled)))
            .ShouldBeTrue("the host did not cancel it, so the host is told too");

        var (phone, password, _) = await SignUpAsync();
        var offender = await Db.WithDbAsync(d => d.Users.Where(u => u.PhoneNumber == PhoneNumber.Normalize(phone)).Select(u => u.Id).SingleAsync());
        var userReport = await ReportAsync(reporter, ReportTargetType.User, offender.ToString(), ReportReason.Dangerous);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsModeratorAsync(moderator, m => m.ActAsync(userReport.Id, new ActOnReportDto { Action = ReportAction.LockUser, LockDays = 0 }))),
            MoyeoraErrorCodes.InvalidReportAction, ErrorKind.Invalid);
        await AsModeratorAsync(moderator, m => m.ActAsync(userReport.Id, new ActOnReportDto { Action = ReportAction.LockUser, LockDays = 3 }));

        var lockEnd = await Db.WithDbAsync(d => d.Users.Where(u => u.Id == offender).Select(u => u.ModerationLockEnd).SingleAsync());
        lockEnd!.Value.ShouldBe(Db.Clock.GetUtcNow().UtcDateTime.AddDays(3), TimeSpan.FromSeconds(1));
        (await Db.WithDbAsync(d => d.RefreshTokens.Where(t => t.UserId == offender).AllAsync(t => t.RevocationReason != null))).ShouldBeTrue();
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = password })), MoyeoraErrorCodes.AccountLocked, ErrorKind.Forbidden);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = "wrong-pass-1" })),
            MoyeoraErrorCodes.InvalidCredentials, ErrorKind.Unauthenticated);
    }
}

public sealed class ReportAppService_Sqlite_Tests(SqliteFixture db) : ReportAppService_Tests(db), IClassFixture<SqliteFixture>;

public sealed class ReportAppService_PostgreSql_Tests(PostgreSqlFixture db) : ReportAppService_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class ReportAppService_MariaDb_Tests(MariaDbFixture db) : ReportAppService_Tests(db), IClassFixture<MariaDbFixture>;
