using Microsoft.EntityFrameworkCore;
using Moyeora.Account;
using Moyeora.Administration;
using Moyeora.Chat;
using Moyeora.Locations;
using Moyeora.Permissions;
using Moyeora.Reports;
using Moyeora.Users;

namespace Moyeora.Application.Tests.Administration;

/// <summary>The admin UI's own application services: dashboard figures, finding people, admin sign-in.</summary>
public abstract class AdministrationAppService_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    private IDashboardAppService Dashboard => Db.Service<IDashboardAppService>();

    private IUserAdministrationAppService Users => Db.Service<IUserAdministrationAppService>();

    private IAdminSessionAppService AdminSessions => Db.Service<IAdminSessionAppService>();

    private Task<Guid> RoleIdAsync(string name) => Db.WithDbAsync(d => d.Roles.Where(r => r.Name == name).Select(r => r.Id).SingleAsync());

    private async Task<Guid> InRoleAsync(string role)
    {
        var roleId = await RoleIdAsync(role);
        return await NewUserAsync(configure: u => u.AddRole(roleId));
    }

    private async Task<T> AsAsync<T>(Guid? caller, Func<Task<T>> call)
    {
        using var _ = DatabaseFixture.ActAs(caller);
        return await call();
    }

    private async Task ReportPersonAsync(Guid reporter, Guid target)
    {
        using var _ = DatabaseFixture.ActAs(reporter);
        await Db.Service<IReportAppService>().CreateAsync(new CreateReportDto { TargetType = ReportTargetType.User, TargetId = target.ToString(), Reason = ReportReason.Spam });
    }

    [Fact]
    public async Task Dashboard_Counts_What_Happened_Today()
    {
        var moderator = await InRoleAsync(MoyeoraRoles.Moderator);
        var before = await AsAsync(moderator, () => Dashboard.GetAsync());

        var (_, _, signedUp) = await SignUpAsync(); // signs in, so active
        await NewUserAsync(configure: u => u.Deactivate(Db.Clock.GetUtcNow().UtcDateTime));
        var (meetup, hostId) = await HostMeetupAsync(NewMeetupInput(startsIn: TimeSpan.FromDays(3)));
        using (DatabaseFixture.ActAs(hostId))
        {
            await Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "안녕하세요" });
        }

        await ReportPersonAsync(signedUp.UserId, hostId);
        var after = await AsAsync(moderator, () => Dashboard.GetAsync());

        after.UsersTotal.ShouldBe(before.UsersTotal + 3); // the signed-up person, the deactivated one, the host
        after.UsersActive24Hours.ShouldBe(before.UsersActive24Hours + 2); // the two who signed up through the log-in
        after.UsersDeactivated.ShouldBe(before.UsersDeactivated + 1);
        after.RecruitingMeetups.ShouldBe(before.RecruitingMeetups + 1);
        after.MeetupsStartingToday.ShouldBe(before.MeetupsStartingToday, "the meetup starts in three days");
        after.OpenReports.ShouldBe(before.OpenReports + 1);
        after.TimeZone.ShouldBe("Asia/Seoul");

        after.Days.Count.ShouldBe(DashboardDto.ChartDays);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Db.Clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul")));
        after.Days[^1].Date.ShouldBe(today);
        after.Days[0].Date.ShouldBe(today.AddDays(1 - DashboardDto.ChartDays));
        var (was, now) = (before.Days[^1], after.Days[^1]);
        (now.SignUps - was.SignUps).ShouldBe(3);
        (now.MeetupsCreated - was.MeetupsCreated).ShouldBe(1);
        (now.ChatMessages - was.ChatMessages).ShouldBe(1, "members' messages count; the room's own notices do not");
        (now.Reports - was.Reports).ShouldBe(1);
    }

    [Fact]
    public async Task Dashboard_Counts_People_With_A_Live_Position_Only()
    {
        var moderator = await InRoleAsync(MoyeoraRoles.Moderator);
        var positions = Db.Service<IGeoStore>();
        var now = Db.Clock.GetUtcNow().UtcDateTime;
        var before = await AsAsync(moderator, () => Dashboard.GetAsync());

        var (fresh, stale) = (Guid.NewGuid(), Guid.NewGuid());
        await positions.SetAsync(new UserPosition(fresh, 37.5663, 126.9779, now.AddMinutes(-1)));
        await positions.SetAsync(new UserPosition(stale, 37.5665, 126.9781, now - LocationPrivacy.PositionLifetime - TimeSpan.FromMinutes(1)));
        var after = await AsAsync(moderator, () => Dashboard.GetAsync());
        await positions.RemoveAsync(fresh);
        await positions.RemoveAsync(stale);

        after.PeopleOnMap.ShouldBe(before.PeopleOnMap + 1, "an expired position is no longer on the map");
        after.LiveConnections.ShouldBeNull("no live hub runs in the application layer's tests");
    }

    [Fact]
    public async Task Dashboard_Counts_Meetups_Starting_Today_By_The_Korean_Calendar()
    {
        var admin = await InRoleAsync(MoyeoraRoles.Admin);
        var before = await AsAsync(admin, () => Dashboard.GetAsync());
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        var now = Db.Clock.GetUtcNow().UtcDateTime;
        var startsIn = TimeSpan.FromHours(1);
        var startsToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now + startsIn, zone)) == DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, zone));
        await HostMeetupAsync(NewMeetupInput(startsIn: startsIn));

        (await AsAsync(admin, () => Dashboard.GetAsync())).MeetupsStartingToday.ShouldBe(before.MeetupsStartingToday + (startsToday ? 1 : 0));
    }

    [Fact]
    public async Task Dashboard_Needs_Its_Permission()
    {
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsAsync(null, () => Dashboard.GetAsync())), MoyeoraErrorCodes.NotSignedIn, ErrorKind.Unauthenticated);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(async () => await AsAsync(await NewUserAsync(), () => Dashboard.GetAsync())),
            MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
        (await AsAsync(await InRoleAsync(MoyeoraRoles.Moderator), () => Dashboard.GetAsync())).Days.Count.ShouldBe(DashboardDto.ChartDays);
    }

    [Fact]
    public async Task People_Are_Found_By_Phone_Nickname_Id_And_State()
    {
        var admin = await InRoleAsync(MoyeoraRoles.Admin);
        var phone = TestData.NewPhone();
        var nickname = "찾기" + Guid.NewGuid().ToString("N")[..8];
        var person = await NewUserAsync(phone, nickname);
        var locked = await NewUserAsync(nickname: nickname + "X", configure: u => u.Lock(Db.Clock.GetUtcNow().UtcDateTime.AddDays(1), Db.Clock.GetUtcNow().UtcDateTime));
        var gone = await NewUserAsync(nickname: nickname + "Y", configure: u => u.Deactivate(Db.Clock.GetUtcNow().UtcDateTime));

        async Task<IReadOnlyList<Guid>> FindAsync(string? filter, UserStateFilter? state = null, int take = 20) =>
            (await AsAsync(admin, () => Users.GetListAsync(new GetUsersDto { Filter = filter, State = state, MaxResultCount = take }))).Items.Select(u => u.Id).ToList();

        (await FindAsync(phone.Replace("-", string.Empty, StringComparison.Ordinal))).ShouldBe([person]);
        (await FindAsync(PhoneNumber.Normalize(phone))).ShouldBe([person]);
        (await FindAsync(person.ToString())).ShouldBe([person]);
        (await FindAsync(nickname.ToLowerInvariant())).ShouldBe([gone, locked, person], ignoreOrder: true);
        (await FindAsync(nickname, UserStateFilter.Locked)).ShouldBe([locked]);
        (await FindAsync(nickname, UserStateFilter.Deactivated)).ShouldBe([gone]);
        (await FindAsync(nickname, UserStateFilter.Active)).ShouldBe([person]);
        (await FindAsync("없는사람" + Guid.NewGuid().ToString("N")[..6])).ShouldBeEmpty();

        var page = await AsAsync(admin, () => Users.GetListAsync(new GetUsersDto { Filter = nickname, MaxResultCount = 2 }));
        page.TotalCount.ShouldBe(3);
        page.Items.Count.ShouldBe(2);
        var item = (await AsAsync(admin, () => Users.GetListAsync(new GetUsersDto { Filter = locked.ToString() }))).Items.Single();
        item.LockedUntil!.Value.ShouldBe(Db.Clock.GetUtcNow().UtcDateTime.AddDays(1), TimeSpan.FromMilliseconds(1)); // PostgreSQL keeps microseconds
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsAsync(admin, () => Users.GetListAsync(new GetUsersDto { Filter = new string('가', 65) }))),
            MoyeoraErrorCodes.ValidationFailed, ErrorKind.Invalid);
    }

    [Fact]
    public async Task A_Persons_Detail_Shows_Profile_Meetups_And_Reports_About_And_By_Them()
    {
        var admin = await InRoleAsync(MoyeoraRoles.Admin);
        var (meetup, hostId) = await HostMeetupAsync();
        var (reporter, other) = (await NewUserAsync(), await NewUserAsync());
        await ReportPersonAsync(reporter, hostId);
        await ReportPersonAsync(hostId, other);

        var detail = await AsAsync(admin, () => Users.GetAsync(hostId));
        detail.Id.ShouldBe(hostId);
        detail.Interests.ShouldBe(["등산"]);
        detail.Rating.ShouldBe(UserConsts.InitialRating);
        detail.Security.IsActive.ShouldBeTrue();
        detail.Meetups.Select(m => m.Id).ShouldBe([meetup.Id]);
        detail.MeetupCount.ShouldBe(1);
        detail.ReportsAbout.Select(r => r.Reporter.Id).ShouldBe([reporter]);
        detail.ReportsAbout.Single().AllowedActions.ShouldBe([ReportAction.LockUser]);
        detail.ReportsBy.Select(r => r.TargetUser!.Id).ShouldBe([other]);
        (detail.ReportsAboutCount, detail.ReportsByCount).ShouldBe((1, 1));
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsAsync(admin, () => Users.GetAsync(Guid.NewGuid()))), MoyeoraErrorCodes.UserNotFound, ErrorKind.NotFound);
    }

    [Fact]
    public async Task Only_User_Managers_Find_Or_Read_People()
    {
        var target = await NewUserAsync();
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsAsync(null, () => Users.GetListAsync(new GetUsersDto()))), MoyeoraErrorCodes.NotSignedIn, ErrorKind.Unauthenticated);
        foreach (var caller in new[] { await NewUserAsync(), await InRoleAsync(MoyeoraRoles.Moderator) })
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsAsync(caller, () => Users.GetListAsync(new GetUsersDto()))), MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsAsync(caller, () => Users.GetAsync(target))), MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
        }
    }

    [Fact]
    public async Task Lock_Unlock_And_End_Sessions_Take_A_Reason_Of_Bounded_Length()
    {
        var admin = await InRoleAsync(MoyeoraRoles.Admin);
        var target = await NewUserAsync();
        var tooLong = new string('가', UserConsts.MaxAdministrationReasonLength + 1);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsAsync(admin, () => Users.LockAsync(target, new LockUserDto { Reason = tooLong }))),
            MoyeoraErrorCodes.ValidationFailed, ErrorKind.Invalid);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsAsync(admin, () => Users.EndSessionsAsync(target, new UserActionDto { Reason = tooLong }))),
            MoyeoraErrorCodes.ValidationFailed, ErrorKind.Invalid);
        (await Db.WithDbAsync(d => d.Users.Where(u => u.Id == target).Select(u => u.SecurityStamp).SingleAsync())).ShouldBe(0, "a refused action changes nothing");

        (await AsAsync(admin, () => Users.LockAsync(target, new LockUserDto { Days = 3, Reason = "스팸 반복" }))).LockedUntil.ShouldNotBeNull();
        (await AsAsync(admin, () => Users.UnlockAsync(target, new UserActionDto { Reason = "소명 확인" }))).LockedUntil.ShouldBeNull();
    }

    [Fact]
    public async Task Admin_Sign_In_Goes_Through_The_Log_In_And_Needs_An_Admin_Area_Permission()
    {
        var (phone, password, member) = await SignUpAsync();
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AdminSessions.SignInAsync(new AdminSignInDto { PhoneNumber = phone, Password = password })),
            MoyeoraErrorCodes.AdminAreaForbidden, ErrorKind.Forbidden);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AdminSessions.SignInAsync(new AdminSignInDto { PhoneNumber = phone, Password = "wrong-pass-1" })),
            MoyeoraErrorCodes.InvalidCredentials, ErrorKind.Unauthenticated);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AdminSessions.SignInAsync(new AdminSignInDto { PhoneNumber = "010-0000-9999", Password = password })),
            MoyeoraErrorCodes.InvalidCredentials, ErrorKind.Unauthenticated);

        var session = await AdminSessions.SignInAsync(new AdminSignInDto { PhoneNumber = TestData.AdminPhone, Password = TestData.AdminPassword });
        session.Permissions.ShouldBe(MoyeoraPermissions.All.Select(p => p.Name), ignoreOrder: true);
        (await AdminSessions.ValidateAsync(session.UserId, session.SecurityStamp)).ShouldNotBeNull();
        (await AdminSessions.ValidateAsync(session.UserId, session.SecurityStamp + 1)).ShouldBeNull();
        (await Db.WithDbAsync(d => d.RefreshTokens.CountAsync(t => t.UserId == session.UserId && t.RevocationReason == null)))
            .ShouldBe(0, "the cookie is the admin session; the API session the log-in opened is closed at once");
        (await AdminSessions.ValidateAsync(member.UserId, 0)).ShouldBeNull("a plain member has no admin session");
    }

    [Fact]
    public async Task An_Admin_Session_Ends_When_The_Person_Is_Locked_Or_Loses_The_Permission()
    {
        var admin = await InRoleAsync(MoyeoraRoles.Admin);
        var (phone, password, tokens) = await SignUpAsync();
        using (DatabaseFixture.ActAs(admin))
        {
            await Db.Service<IPermissionAppService>().AddUserToRoleAsync(new UserRoleDto { UserId = tokens.UserId, RoleName = MoyeoraRoles.Moderator });
        }

        var session = await AdminSessions.SignInAsync(new AdminSignInDto { PhoneNumber = phone, Password = password });
        session.Permissions.ShouldBe(MoyeoraPermissions.ModeratorDefaults, ignoreOrder: true);
        (await AdminSessions.ValidateAsync(session.UserId, session.SecurityStamp)).ShouldNotBeNull();

        using (DatabaseFixture.ActAs(admin))
        {
            await Db.Service<IPermissionAppService>().RemoveUserFromRoleAsync(new UserRoleDto { UserId = tokens.UserId, RoleName = MoyeoraRoles.Moderator });
        }

        (await AdminSessions.ValidateAsync(session.UserId, session.SecurityStamp)).ShouldBeNull("the permission is gone");
        using (DatabaseFixture.ActAs(admin))
        {
            await Db.Service<IPermissionAppService>().AddUserToRoleAsync(new UserRoleDto { UserId = tokens.UserId, RoleName = MoyeoraRoles.Moderator });
        }

        (await AdminSessions.ValidateAsync(session.UserId, session.SecurityStamp)).ShouldNotBeNull();
        await AsAsync(admin, () => Users.LockAsync(tokens.UserId, new LockUserDto { Days = 1, Reason = "테스트" }));
        (await AdminSessions.ValidateAsync(session.UserId, session.SecurityStamp)).ShouldBeNull("a lock ends every session, the admin one too");
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AdminSessions.SignInAsync(new AdminSignInDto { PhoneNumber = phone, Password = password })),
            MoyeoraErrorCodes.AccountLocked, ErrorKind.Forbidden);
    }
}

public sealed class AdministrationAppService_Sqlite_Tests(SqliteFixture db) : AdministrationAppService_Tests(db), IClassFixture<SqliteFixture>;

public sealed class AdministrationAppService_PostgreSql_Tests(PostgreSqlFixture db) : AdministrationAppService_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class AdministrationAppService_MariaDb_Tests(MariaDbFixture db) : AdministrationAppService_Tests(db), IClassFixture<MariaDbFixture>;
