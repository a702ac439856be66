using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Account;
using Moyeora.Meetups;
using Moyeora.Notifications;
using Moyeora.People;
using Moyeora.Permissions;
using Moyeora.Reports;
using Moyeora.Settings;
using Moyeora.Users;

namespace Moyeora.Application.Tests.Administration;

/// <summary>Deactivation, roles and the permission grid, meetup moderation, report context and settings, with their denials.</summary>
public abstract class AdminOperations_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    private IUserAdministrationAppService Users => Db.Service<IUserAdministrationAppService>();

    private IRoleAdministrationAppService Roles => Db.Service<IRoleAdministrationAppService>();

    private IMeetupAdministrationAppService MeetupAdmin => Db.Service<IMeetupAdministrationAppService>();

    private ISettingsAppService Settings => Db.Service<ISettingsAppService>();

    private Task<Guid> RoleIdAsync(string name) => Db.WithDbAsync(d => d.Roles.Where(r => r.Name == name).Select(r => r.Id).SingleAsync());

    private async Task<Guid> AdministratorAsync()
    {
        var roleId = await RoleIdAsync(MoyeoraRoles.Admin);
        return await NewUserAsync(configure: u => u.AddRole(roleId));
    }

    private async Task<Guid> ModeratorAsync()
    {
        var roleId = await RoleIdAsync(MoyeoraRoles.Moderator);
        return await NewUserAsync(configure: u => u.AddRole(roleId));
    }

    private static async Task ForbiddenAsync(Func<Task> call) =>
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(call), MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);

    private static async Task KeepsAnAdministratorAsync(Func<Task> call) =>
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(call), MoyeoraErrorCodes.CannotRemoveLastAdministrator, ErrorKind.Conflict);

    [Fact]
    public async Task A_Moderator_Cannot_Manage_Users_Roles_Or_Settings_And_A_Plain_User_Can_Do_Nothing()
    {
        var target = await NewUserAsync();
        var (meetup, _) = await HostMeetupAsync();
        var moderatorRoleId = await RoleIdAsync(MoyeoraRoles.Moderator);
        var plain = await NewUserAsync();
        var moderator = await ModeratorAsync();
        foreach (var caller in new[] { plain, moderator })
        {
            using var _ = DatabaseFixture.ActAs(caller);
            await ForbiddenAsync(() => Users.DeactivateAsync(target, new UserActionDto { Reason = "r" }));
            await ForbiddenAsync(() => Users.RestoreAsync(target, new UserActionDto { Reason = "r" }));
            await ForbiddenAsync(() => Roles.GetGridAsync());
            await ForbiddenAsync(() => Roles.CreateAsync(new CreateRoleDto { Name = "sneaky" }));
            await ForbiddenAsync(() => Roles.DeleteAsync(moderatorRoleId));
            await ForbiddenAsync(() => Roles.SavePermissionsAsync(new SaveRolePermissionsDto { Roles = [new() { RoleId = moderatorRoleId, Permissions = [MoyeoraPermissions.UsersManage] }] }));
            await ForbiddenAsync(() => Roles.SetUserRolesAsync(caller, new SetUserRolesDto { RoleNames = [MoyeoraRoles.Admin] }));
            await ForbiddenAsync(() => Settings.GetAsync());
            await ForbiddenAsync(() => Settings.UpdateAsync(new UpdateOperationalSettingsDto()));
        }

        using (DatabaseFixture.ActAs(plain))
        {
            await ForbiddenAsync(() => MeetupAdmin.GetListAsync(new GetMeetupsForAdministrationDto()));
            await ForbiddenAsync(() => MeetupAdmin.HideAsync(meetup.Id, new MeetupModerationDto { Reason = "r" }));
            await ForbiddenAsync(() => MeetupAdmin.CancelAsync(meetup.Id, new MeetupModerationDto { Reason = "r" }));
            await ForbiddenAsync(() => Db.Service<IReportModerationAppService>().GetContextAsync(Guid.NewGuid()));
        }

        using (DatabaseFixture.ActAs(null))
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => MeetupAdmin.GetAsync(meetup.Id)), MoyeoraErrorCodes.NotSignedIn, ErrorKind.Unauthenticated);
        }

        using (DatabaseFixture.ActAs(moderator))
        {
            (await MeetupAdmin.GetAsync(meetup.Id)).Title.ShouldBe(meetup.Title, "moderators moderate meetups");
        }

        (await Db.WithDbAsync(d => d.Users.Where(u => u.Id == target).Select(u => u.DeactivationTime).SingleAsync())).ShouldBeNull();
        (await Db.WithDbAsync(d => d.Meetups.Where(m => m.Id == meetup.Id).Select(m => new { m.HiddenTime, m.Status }).SingleAsync()))
            .ShouldBe(new { HiddenTime = (DateTime?)null, Status = MeetupStatus.Recruiting });
    }

    [Fact]
    public async Task A_Deactivated_Person_Cannot_Sign_In_Or_Refresh_And_Is_Not_Found_Until_Restored()
    {
        var admin = await AdministratorAsync();
        var (phone, password, tokens) = await SignUpAsync();
        var nickname = await Db.WithDbAsync(d => d.Users.Where(u => u.Id == tokens.UserId).Select(u => u.Nickname).SingleAsync());
        var seeker = await NewUserAsync();
        using (DatabaseFixture.ActAs(seeker))
        {
            (await Db.Service<IPeopleAppService>().SearchAsync(new SearchPeopleDto { Nickname = nickname })).UserId.ShouldBe(tokens.UserId);
        }

        using (DatabaseFixture.ActAs(admin))
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Users.DeactivateAsync(admin, new UserActionDto())), MoyeoraErrorCodes.CannotDeactivateSelf, ErrorKind.Conflict);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Users.DeactivateAsync(tokens.UserId, new UserActionDto { Reason = new string('x', 501) })),
                MoyeoraErrorCodes.ValidationFailed, ErrorKind.Invalid);
            var deactivated = await Users.DeactivateAsync(tokens.UserId, new UserActionDto { Reason = "스팸 계정" });
            deactivated.IsActive.ShouldBeFalse();
            deactivated.DeactivatedByAdministrator.ShouldBeTrue();
            deactivated.SecurityStamp.ShouldBe(1);
        }

        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = password })),
            MoyeoraErrorCodes.InvalidCredentials, ErrorKind.Unauthenticated);
        (await Should.ThrowAsync<BusinessException>(() => Account.RefreshAsync(new RefreshTokenDto { RefreshToken = tokens.RefreshToken }))).Kind.ShouldBe(ErrorKind.Unauthenticated);
        (await Db.Service<SessionValidator>().IsCurrentAsync(tokens.UserId, "0")).ShouldBeFalse();
        using (DatabaseFixture.ActAs(seeker))
        {
            (await Should.ThrowAsync<BusinessException>(() => Db.Service<IPeopleAppService>().SearchAsync(new SearchPeopleDto { Nickname = nickname }))).Kind.ShouldBe(ErrorKind.NotFound);
        }

        Db.Clock.Advance(TimeSpan.FromDays(40));
        await Db.Services.GetRequiredService<Moyeora.Jobs.MaintenanceJobRunner>().RunAsync(Moyeora.Jobs.JobNames.EraseDeactivatedAccounts);
        (await Db.WithDbAsync(d => d.Users.AnyAsync(u => u.Id == tokens.UserId))).ShouldBeTrue("an administrator's deactivation is never erased");

        using (DatabaseFixture.ActAs(admin))
        {
            (await Users.RestoreAsync(tokens.UserId, new UserActionDto { Reason = "이의 신청 받아들임" })).IsActive.ShouldBeTrue();
        }

        (await Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = password })).UserId.ShouldBe(tokens.UserId);
        using (DatabaseFixture.ActAs(seeker))
        {
            (await Db.Service<IPeopleAppService>().SearchAsync(new SearchPeopleDto { Nickname = nickname })).UserId.ShouldBe(tokens.UserId);
        }
    }

    [Fact]
    public async Task An_Owners_Own_Deletion_Is_Not_Restored_By_An_Administrator()
    {
        var admin = await AdministratorAsync();
        var (_, password, tokens) = await SignUpAsync();
        using (DatabaseFixture.ActAs(tokens.UserId))
        {
            await Db.Service<Moyeora.Profile.IProfileAppService>().DeleteAsync(new Moyeora.Profile.DeleteAccountDto { Password = password });
        }

        using var _ = DatabaseFixture.ActAs(admin);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Users.RestoreAsync(tokens.UserId, new UserActionDto())), MoyeoraErrorCodes.AccountDeletedByOwner, ErrorKind.Conflict);
    }

    [Fact]
    public async Task Roles_Are_Created_Granted_Through_The_Grid_Assigned_And_Deleted()
    {
        var admin = await AdministratorAsync();
        var person = await NewUserAsync();
        var name = "support-" + Guid.NewGuid().ToString("N")[..8];
        using (DatabaseFixture.ActAs(admin))
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Roles.CreateAsync(new CreateRoleDto { Name = "x" })), MoyeoraErrorCodes.ValidationFailed, ErrorKind.Invalid);
            var role = await Roles.CreateAsync(new CreateRoleDto { Name = name, Reason = "고객 지원팀" });
            role.IsBuiltIn.ShouldBeFalse();
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Roles.CreateAsync(new CreateRoleDto { Name = name.ToUpperInvariant() })), MoyeoraErrorCodes.RoleNameTaken, ErrorKind.Conflict);

            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Roles.SavePermissionsAsync(new SaveRolePermissionsDto { Roles = [new() { RoleId = role.Id, Permissions = ["Moyeora.Nope"] }] })),
                MoyeoraErrorCodes.UnknownPermission, ErrorKind.Invalid);
            var adminRoleId = await RoleIdAsync(MoyeoraRoles.Admin);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Roles.SavePermissionsAsync(new SaveRolePermissionsDto { Roles = [new() { RoleId = adminRoleId, Permissions = [MoyeoraPermissions.UsersManage] }] })),
                MoyeoraErrorCodes.CannotRemoveLastAdministrator, ErrorKind.Conflict);
            var grid = await Roles.SavePermissionsAsync(new SaveRolePermissionsDto
            {
                Roles = [new() { RoleId = role.Id, Permissions = [MoyeoraPermissions.ReportsManage, MoyeoraPermissions.DashboardView] }],
                Reason = "신고 처리만",
            });
            grid.Roles.Single(r => r.Id == role.Id).Permissions.ShouldBe([MoyeoraPermissions.DashboardView, MoyeoraPermissions.ReportsManage]);
            grid.Roles.Single(r => r.Name == MoyeoraRoles.Admin).Permissions.Count.ShouldBe(MoyeoraPermissions.All.Count, "roles not listed keep theirs");

            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Roles.SetUserRolesAsync(person, new SetUserRolesDto { RoleNames = ["nope"] })), MoyeoraErrorCodes.RoleNotFound, ErrorKind.NotFound);
            (await Roles.SetUserRolesAsync(person, new SetUserRolesDto { RoleNames = [name], Reason = "지원팀 합류" })).RoleNames.ShouldBe([name]);
            (await Users.GetAsync(person)).Roles.ShouldBe([name]);
            (await Roles.GetGridAsync()).Roles.Single(r => r.Id == role.Id).HolderCount.ShouldBe(1);
        }

        using (DatabaseFixture.ActAs(person))
        {
            (await Db.Service<IReportModerationAppService>().GetListAsync(new GetReportsDto())).ShouldNotBeNull("the new role's grant works at once");
        }

        using (DatabaseFixture.ActAs(admin))
        {
            var moderatorRoleId = await RoleIdAsync(MoyeoraRoles.Moderator);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Roles.DeleteAsync(moderatorRoleId)), MoyeoraErrorCodes.CannotDeleteBuiltInRole, ErrorKind.Conflict);
            var roleId = (await Roles.GetGridAsync()).Roles.Single(r => r.Name == name).Id;
            await Roles.DeleteAsync(roleId, new RoleActionDto { Reason = "팀 해체" });
            (await Roles.GetGridAsync()).Roles.ShouldNotContain(r => r.Name == name);
            (await Users.GetAsync(person)).Roles.ShouldBeEmpty("holders lose a deleted role");
        }

        using (DatabaseFixture.ActAs(person))
        {
            (await Should.ThrowAsync<BusinessException>(() => Db.Service<IReportModerationAppService>().GetListAsync(new GetReportsDto()))).Kind.ShouldBe(ErrorKind.Forbidden);
        }
    }

    [Fact]
    public async Task The_Last_Administrator_Can_Never_Be_Removed()
    {
        var seeded = await Db.WithDbAsync(d => d.Users.Where(u => u.PhoneNumber == TestData.AdminPhoneE164).Select(u => u.Id).SingleAsync());
        var adminRoleId = await RoleIdAsync(MoyeoraRoles.Admin);
        var opsName = "ops-" + Guid.NewGuid().ToString("N")[..8];
        Guid opsId;
        using (DatabaseFixture.ActAs(seeded))
        {
            opsId = (await Roles.CreateAsync(new CreateRoleDto { Name = opsName })).Id;
            await Roles.SavePermissionsAsync(new SaveRolePermissionsDto { Roles = [new() { RoleId = opsId, Permissions = [MoyeoraPermissions.UsersManage, MoyeoraPermissions.RolesManage] }] });
        }

        var operatorId = await NewUserAsync(configure: u => u.AddRole(opsId));
        var onlyAdmin = await AdministratorAsync();
        // Everyone else who holds the admin role steps aside for this test (put back at the end).
        var others = await Db.WithDbAsync(async d =>
        {
            var holders = await d.Users.Where(u => u.Id != onlyAdmin && d.Set<UserRole>().Any(ur => ur.UserId == u.Id && ur.RoleId == adminRoleId)).ToListAsync();
            holders.ForEach(u => u.RemoveRole(adminRoleId));
            await d.SaveChangesAsync();
            return holders.Select(u => u.Id).ToList();
        });
        var superName = "super-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            using (DatabaseFixture.ActAs(operatorId))
            {
                await KeepsAnAdministratorAsync(() => Roles.SetUserRolesAsync(onlyAdmin, new SetUserRolesDto { RoleNames = [MoyeoraRoles.Moderator] }));
                await KeepsAnAdministratorAsync(() => Users.DeactivateAsync(onlyAdmin, new UserActionDto { Reason = "r" }));
                await KeepsAnAdministratorAsync(() => Users.LockAsync(onlyAdmin, new LockUserDto { Days = 1, Reason = "r" }));
                await KeepsAnAdministratorAsync(() => Db.Service<IPermissionAppService>().RemoveUserFromRoleAsync(new UserRoleDto { UserId = onlyAdmin, RoleName = MoyeoraRoles.Admin }));

                // A custom role holding everything makes its holder an administrator too: then the admin role may go.
                var superRole = await Roles.CreateAsync(new CreateRoleDto { Name = superName });
                await Roles.SavePermissionsAsync(new SaveRolePermissionsDto { Roles = [new() { RoleId = superRole.Id, Permissions = MoyeoraPermissions.All.Select(p => p.Name).ToList() }] });
                await Roles.SetUserRolesAsync(onlyAdmin, new SetUserRolesDto { RoleNames = [superName] });
                await KeepsAnAdministratorAsync(() => Roles.DeleteAsync(superRole.Id));
                await KeepsAnAdministratorAsync(() => Roles.SavePermissionsAsync(new SaveRolePermissionsDto { Roles = [new() { RoleId = superRole.Id, Permissions = [MoyeoraPermissions.RolesManage] }] }));
                await KeepsAnAdministratorAsync(() => Users.DeactivateAsync(onlyAdmin, new UserActionDto()));
                (await Users.GetAsync(onlyAdmin)).Security.IsActive.ShouldBeTrue();
                (await Users.GetAsync(onlyAdmin)).Roles.ShouldBe([superName]);
            }
        }
        finally
        {
            await Db.WithDbAsync(async d =>
            {
                foreach (var user in await d.Users.Where(u => others.Contains(u.Id) || u.Id == onlyAdmin).ToListAsync())
                {
                    user.AddRole(adminRoleId);
                }

                await d.SaveChangesAsync();
                await d.Roles.Where(r => r.Name == superName || r.Name == opsName).ExecuteDeleteAsync();
                return 0;
            });
        }
    }

    [Fact]
    public async Task A_Hidden_Meetup_Is_Gone_For_Others_But_Not_Its_Members_And_Comes_Back()
    {
        var moderator = await ModeratorAsync();
        var title = "숨길모임" + Guid.NewGuid().ToString("N")[..6];
        var (meetup, hostId) = await HostMeetupAsync(NewMeetupInput(title: title));
        var stranger = await NewUserAsync();

        using (DatabaseFixture.ActAs(moderator))
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => MeetupAdmin.HideAsync(meetup.Id, new MeetupModerationDto { Reason = " " })), MoyeoraErrorCodes.ValidationFailed, ErrorKind.Invalid);
            (await MeetupAdmin.HideAsync(meetup.Id, new MeetupModerationDto { Reason = "광고성 모임" })).HiddenTime.ShouldNotBeNull();
            (await MeetupAdmin.GetListAsync(new GetMeetupsForAdministrationDto { Filter = title, Hidden = true })).Items.Single().Id.ShouldBe(meetup.Id);
            (await MeetupAdmin.GetListAsync(new GetMeetupsForAdministrationDto { Filter = title, Hidden = false })).TotalCount.ShouldBe(0);
        }

        using (DatabaseFixture.ActAs(stranger))
        {
            (await Meetups.SearchAsync(new SearchMeetupsDto { Keyword = title })).TotalCount.ShouldBe(0);
            (await Meetups.GetRecruitingListAsync(new Moyeora.Dtos.PagedRequestDto { MaxResultCount = 100 })).Items.ShouldNotContain(m => m.Id == meetup.Id);
            (await Meetups.GetNearbyAsync(new GetNearbyMeetupsDto { Latitude = 37.5, Longitude = 127.0, RadiusMeters = 1000, MaxResultCount = 100 })).Items.ShouldNotContain(m => m.Id == meetup.Id);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Meetups.GetAsync(meetup.Id)), MoyeoraErrorCodes.MeetupNotFound, ErrorKind.NotFound);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Meetups.JoinAsync(meetup.Id)), MoyeoraErrorCodes.MeetupNotFound, ErrorKind.NotFound);
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            (await Meetups.GetAsync(meetup.Id)).Title.ShouldBe(title, "its members still see it");
            (await Meetups.SearchMineAsync(new SearchMeetupsDto { Keyword = title })).TotalCount.ShouldBe(1);
        }

        using (DatabaseFixture.ActAs(moderator))
        {
            (await MeetupAdmin.UnhideAsync(meetup.Id, new MeetupModerationDto { Reason = "확인 결과 문제 없음" })).HiddenTime.ShouldBeNull();
        }

        using (DatabaseFixture.ActAs(stranger))
        {
            (await Meetups.SearchAsync(new SearchMeetupsDto { Keyword = title })).TotalCount.ShouldBe(1);
            (await Meetups.GetAsync(meetup.Id)).Id.ShouldBe(meetup.Id);
        }
    }

    [Fact]
    public async Task Cancelling_Tells_Every_Member_And_The_Detail_Shows_Members_Chat_And_Reports()
    {
        var moderator = await ModeratorAsync();
        var (meetup, hostId) = await HostMeetupAsync();
        var (_, _, member) = await SignUpAsync();
        using (DatabaseFixture.ActAs(member.UserId))
        {
            await Meetups.JoinAsync(meetup.Id);
            await Chat.SendAsync(meetup.Id, new Moyeora.Chat.SendChatMessageDto { Text = "안녕하세요" });
            await Db.Service<IReportAppService>().CreateAsync(new CreateReportDto { TargetType = ReportTargetType.Meetup, TargetId = meetup.Id.ToString(), Reason = ReportReason.Spam });
        }

        using (DatabaseFixture.ActAs(moderator))
        {
            var detail = await MeetupAdmin.GetAsync(meetup.Id);
            detail.Members.Select(m => m.UserId).ShouldBe([hostId, member.UserId], ignoreOrder: true);
            detail.Members.Single(m => m.IsHost).UserId.ShouldBe(hostId);
            detail.ChatMessageCount.ShouldBe(1, "system messages are not people's chat");
            detail.ChatMessagesLastDay.ShouldBe(1);
            detail.ReportCount.ShouldBe(1);
            (await MeetupAdmin.GetListAsync(new GetMeetupsForAdministrationDto { Host = hostId.ToString() })).Items.Single().Id.ShouldBe(meetup.Id);
            var day = TimeZoneInfo.ConvertTime(DateTime.SpecifyKind(meetup.StartTime, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            (await MeetupAdmin.GetListAsync(new GetMeetupsForAdministrationDto { Host = hostId.ToString(), Date = day, Status = MeetupStatus.Recruiting })).TotalCount.ShouldBe(1);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => MeetupAdmin.GetListAsync(new GetMeetupsForAdministrationDto { Date = "2026-13-01" })), MoyeoraErrorCodes.ValidationFailed, ErrorKind.Invalid);

            var cancelled = await MeetupAdmin.CancelAsync(meetup.Id, new MeetupModerationDto { Reason = "운영 정책 위반" });
            cancelled.Status.ShouldBe(MeetupStatus.Cancelled);
            cancelled.CancelReason.ShouldBe("운영 정책 위반");
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => MeetupAdmin.CancelAsync(meetup.Id, new MeetupModerationDto { Reason = "again" })), MoyeoraErrorCodes.MeetupNotRecruiting, ErrorKind.Conflict);
        }

        foreach (var person in new[] { hostId, member.UserId })
        {
            using var _ = DatabaseFixture.ActAs(person);
            (await Db.Service<INotificationAppService>().GetListAsync(new Moyeora.Dtos.PagedRequestDto())).Items.ShouldContain(n => n.Kind == NotificationKind.MeetupCancelled);
        }
    }

    [Fact]
    public async Task A_Report_Comes_With_Its_Target_Now_And_The_Earlier_Reports_About_It()
    {
        var moderator = await ModeratorAsync();
        var target = await NewUserAsync();
        var first = await NewUserAsync();
        var second = await NewUserAsync();
        var reports = Db.Service<IReportAppService>();
        using (DatabaseFixture.ActAs(first))
        {
            await reports.CreateAsync(new CreateReportDto { TargetType = ReportTargetType.User, TargetId = target.ToString(), Reason = ReportReason.Harassment });
        }

        Db.Clock.Advance(TimeSpan.FromMinutes(5));
        Guid latest;
        using (DatabaseFixture.ActAs(second))
        {
            latest = (await reports.CreateAsync(new CreateReportDto { TargetType = ReportTargetType.User, TargetId = target.ToString(), Reason = ReportReason.Spam })).Id;
        }

        using var _ = DatabaseFixture.ActAs(moderator);
        var context = await Db.Service<IReportModerationAppService>().GetContextAsync(latest);
        var person = context.Person.ShouldNotBeNull();
        person.Id.ShouldBe(target);
        person.ReportCount.ShouldBe(2);
        context.Message.ShouldBeNull();
        context.Meetup.ShouldBeNull();
        context.EarlierReportCount.ShouldBe(1);
        context.EarlierReports.Single().Reporter.Id.ShouldBe(first);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Db.Service<IReportModerationAppService>().GetContextAsync(Guid.NewGuid())), MoyeoraErrorCodes.ReportNotFound, ErrorKind.NotFound);
    }

    [Fact]
    public async Task Settings_Are_Validated_Stored_And_Applied_To_The_Lock_Out()
    {
        var admin = await AdministratorAsync();
        var provider = Db.Services.GetRequiredService<OperationalSettingsProvider>();
        UpdateOperationalSettingsDto Input(OperationalSettingsDto c, Action<UpdateOperationalSettingsDto> change)
        {
            var input = new UpdateOperationalSettingsDto
            {
                AccountPermitsPerMinute = c.AccountPermitsPerMinute, WritePermitsPerMinute = c.WritePermitsPerMinute,
                ChatMessagesPerTenSeconds = c.ChatMessagesPerTenSeconds, SearchesPerMinute = c.SearchesPerMinute,
                PeopleSearchesPerMinute = c.PeopleSearchesPerMinute, ReportsPerHour = c.ReportsPerHour, MaxFailedLogins = c.MaxFailedLogins,
                LockoutMinutes = c.LockoutMinutes, DefaultRadiusMeters = c.DefaultRadiusMeters, Reason = "테스트",
            };
            change(input);
            return input;
        }

        OperationalSettingsDto before;
        using (DatabaseFixture.ActAs(admin))
        {
            before = await Settings.GetAsync();
            var refused = await Should.ThrowAsync<BusinessException>(() => Settings.UpdateAsync(Input(before, i => { i.MaxFailedLogins = 1; i.DefaultRadiusMeters = 50; })));
            ShouldHaveCode(refused, MoyeoraErrorCodes.ValidationFailed, ErrorKind.Invalid);
            refused.FieldErrors.Keys.ShouldBe(["maxFailedLogins", "defaultRadiusMeters"], ignoreOrder: true);

            var saved = await Settings.UpdateAsync(Input(before, i => { i.MaxFailedLogins = 3; i.LockoutMinutes = 60; }));
            saved.IsStored.ShouldBeTrue();
            saved.MaxFailedLogins.ShouldBe(3);
            (await Settings.GetAsync()).LockoutMinutes.ShouldBe(60);
        }

        try
        {
            provider.Current.MaxFailedLogins.ShouldBe(3, "the saving node applies the change at once");
            var (phone, _, _) = await SignUpAsync();
            for (var i = 0; i < 3; i++)
            {
                await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = "wrong-password-1" }));
            }

            var e164 = PhoneNumber.Normalize(phone);
            var lockedUntil = await Db.WithDbAsync(d => d.Users.Where(u => u.PhoneNumber == e164).Select(u => u.LockoutEnd).SingleAsync());
            lockedUntil.ShouldNotBeNull("three wrong passwords lock under the new policy");
            lockedUntil.Value.ShouldBe(Db.Clock.GetUtcNow().UtcDateTime.AddMinutes(60), TimeSpan.FromSeconds(1), "for an hour");
        }
        finally
        {
            using (DatabaseFixture.ActAs(admin))
            {
                await Settings.UpdateAsync(Input(before, _ => { }));
            }
        }

        // Another node learns the stored values by re-reading them.
        await provider.RefreshAsync(CancellationToken.None);
        provider.Current.MaxFailedLogins.ShouldBe(before.MaxFailedLogins);
    }
}

public sealed class AdminOperations_Sqlite_Tests(SqliteFixture db) : AdminOperations_Tests(db), IClassFixture<SqliteFixture>;

public sealed class AdminOperations_PostgreSql_Tests(PostgreSqlFixture db) : AdminOperations_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class AdminOperations_MariaDb_Tests(MariaDbFixture db) : AdminOperations_Tests(db), IClassFixture<MariaDbFixture>;
