using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Auditing;
using Moyeora.Meetups;
using Moyeora.Permissions;
using Moyeora.Settings;
using Moyeora.Users;

namespace Moyeora.Application.Tests.Auditing;

/// <summary>Deactivation, roles and the permission grid, meetup moderation and settings land in the audit log; refusals leave nothing.</summary>
public abstract class AuditLog_AdminOperations_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    private const string AdminAddress = "203.0.113.21";

    private IUserAdministrationAppService Users => Db.Service<IUserAdministrationAppService>();

    private IRoleAdministrationAppService Roles => Db.Service<IRoleAdministrationAppService>();

    private IMeetupAdministrationAppService MeetupAdmin => Db.Service<IMeetupAdministrationAppService>();

    private ISettingsAppService Settings => Db.Service<ISettingsAppService>();

    private Task<Guid> RoleIdAsync(string name) => Db.WithDbAsync(d => d.Roles.Where(r => r.Name == name).Select(r => r.Id).SingleAsync());

    private async Task<Guid> InRoleAsync(string role, string? nickname = null)
    {
        var roleId = await RoleIdAsync(role);
        return await NewUserAsync(nickname: nickname, configure: u => u.AddRole(roleId));
    }

    /// <summary>Newest first; read straight from the table so a test sees every row, whoever may read the log.</summary>
    private Task<List<AuditLogEntry>> EntriesAsync(string targetType, string targetId, string? action = null) =>
        Db.WithDbAsync(d => d.AuditLogEntries.Where(e => e.TargetType == targetType && e.TargetId == targetId && (action == null || e.Action == action))
            .OrderByDescending(e => e.Time).ToListAsync());

    private static void ShouldBeRecorded(AuditLogEntry entry, string action, Guid actor, string? nickname, string? reason, params (string Field, string? Before, string? After)[] changes)
    {
        entry.Action.ShouldBe(action);
        entry.ActorId.ShouldBe(actor);
        if (nickname is not null)
        {
            entry.ActorNickname.ShouldBe(nickname);
        }

        entry.Reason.ShouldBe(reason);
        entry.GetChanges().Select(c => (c.Field, c.Before, c.After)).ShouldBe(changes, ignoreOrder: true);
    }

    [Fact]
    public async Task Deactivate_And_Restore_Are_Recorded_With_Reason_And_Before_After()
    {
        var nickname = TestData.NewNickname();
        var admin = await InRoleAsync(MoyeoraRoles.Admin, nickname);
        var target = await NewUserAsync();
        using (DatabaseFixture.ActAs(admin, AdminAddress))
        {
            await Users.DeactivateAsync(target, new UserActionDto { Reason = "  사기 의심  " });
            Db.Clock.Advance(TimeSpan.FromSeconds(1));
            await Users.RestoreAsync(target, new UserActionDto { Reason = "소명 확인" });
        }

        var entries = await EntriesAsync(AuditTargetTypes.User, target.ToString());
        entries.Count.ShouldBe(2);
        entries.ShouldAllBe(e => e.IpAddress == AdminAddress);
        ShouldBeRecorded(entries[1], AuditActions.UserDeactivate, admin, nickname, "사기 의심",
            ("isActive", "true", "false"), ("deactivatedByAdministrator", "false", "true"), ("securityStamp", "0", "1"));
        ShouldBeRecorded(entries[0], AuditActions.UserRestore, admin, nickname, "소명 확인",
            ("isActive", "false", "true"), ("deactivatedByAdministrator", "true", "false"));
    }

    [Fact]
    public async Task Refused_Deactivations_And_Restores_Leave_No_Audit_Row()
    {
        var admin = await InRoleAsync(MoyeoraRoles.Admin);
        var moderator = await InRoleAsync(MoyeoraRoles.Moderator);
        var target = await NewUserAsync();
        using (DatabaseFixture.ActAs(admin))
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Users.DeactivateAsync(admin, new UserActionDto { Reason = "r" })),
                MoyeoraErrorCodes.CannotDeactivateSelf, ErrorKind.Conflict);
        }

        using (DatabaseFixture.ActAs(moderator))
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Users.DeactivateAsync(target, new UserActionDto { Reason = "r" })),
                MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Users.RestoreAsync(target, new UserActionDto { Reason = "r" })),
                MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
        }

        // An account its owner deleted is not the administrator's to bring back.
        var deleted = await NewUserAsync(configure: u => u.Deactivate(Db.Clock.GetUtcNow().UtcDateTime));
        using (DatabaseFixture.ActAs(admin))
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Users.RestoreAsync(deleted, new UserActionDto { Reason = "r" })),
                MoyeoraErrorCodes.AccountDeletedByOwner, ErrorKind.Conflict);
        }

        (await EntriesAsync(AuditTargetTypes.User, admin.ToString())).ShouldBeEmpty();
        (await EntriesAsync(AuditTargetTypes.User, target.ToString())).ShouldBeEmpty();
        (await EntriesAsync(AuditTargetTypes.User, deleted.ToString())).ShouldBeEmpty();
    }

    [Fact]
    public async Task Creating_Granting_Assigning_And_Deleting_A_Role_Are_Recorded()
    {
        var admin = await InRoleAsync(MoyeoraRoles.Admin);
        var person = await NewUserAsync();
        var name = "audit-" + Guid.NewGuid().ToString("N")[..8];
        var moderatorRoleId = await RoleIdAsync(MoyeoraRoles.Moderator);
        var moderatorPermissions = (await Db.WithDbAsync(d => d.Roles.SingleAsync(r => r.Id == moderatorRoleId))).Permissions.ToList();
        var moderatorRowsBefore = (await EntriesAsync(AuditTargetTypes.Role, MoyeoraRoles.Moderator, AuditActions.RoleSetPermissions)).Count;
        using (DatabaseFixture.ActAs(admin, AdminAddress))
        {
            var role = await Roles.CreateAsync(new CreateRoleDto { Name = name, Reason = "운영팀 신설" });
            Db.Clock.Advance(TimeSpan.FromSeconds(1));
            // The moderator's row is sent unchanged: only the role whose permissions changed is recorded.
            await Roles.SavePermissionsAsync(new SaveRolePermissionsDto
            {
                Reason = "사용자 관리 위임",
                Roles =
                [
                    new() { RoleId = role.Id, Permissions = [MoyeoraPermissions.UsersManage, MoyeoraPermissions.AuditLogsView] },
                    new() { RoleId = moderatorRoleId, Permissions = moderatorPermissions },
                ],
            });
            Db.Clock.Advance(TimeSpan.FromSeconds(1));
            await Roles.SetUserRolesAsync(person, new SetUserRolesDto { RoleNames = [name, MoyeoraRoles.Moderator], Reason = "운영팀 합류" });
            Db.Clock.Advance(TimeSpan.FromSeconds(1));
            await Roles.SetUserRolesAsync(person, new SetUserRolesDto { RoleNames = [MoyeoraRoles.Moderator], Reason = "운영팀 탈퇴" });
            Db.Clock.Advance(TimeSpan.FromSeconds(1));
            await Roles.SetUserRolesAsync(person, new SetUserRolesDto { RoleNames = [name, MoyeoraRoles.Moderator] });
            Db.Clock.Advance(TimeSpan.FromSeconds(1));
            await Roles.DeleteAsync(role.Id, new RoleActionDto { Reason = "운영팀 해체" });
        }

        var granted = $"[{string.Join(", ", new[] { MoyeoraPermissions.UsersManage, MoyeoraPermissions.AuditLogsView }.Order(StringComparer.Ordinal))}]";
        var onRole = await EntriesAsync(AuditTargetTypes.Role, name);
        onRole.Count.ShouldBe(3);
        onRole.ShouldAllBe(e => e.IpAddress == AdminAddress);
        ShouldBeRecorded(onRole[2], AuditActions.RoleCreate, admin, null, "운영팀 신설", ("name", null, name), ("permissions", null, "[]"));
        ShouldBeRecorded(onRole[1], AuditActions.RoleSetPermissions, admin, null, "사용자 관리 위임", ("permissions", "[]", granted));
        ShouldBeRecorded(onRole[0], AuditActions.RoleDelete, admin, null, "운영팀 해체", ("name", name, null), ("permissions", granted, null), ("holders", "1", "0"));
        (await EntriesAsync(AuditTargetTypes.Role, MoyeoraRoles.Moderator, AuditActions.RoleSetPermissions)).Count.ShouldBe(moderatorRowsBefore);

        var both = $"[{string.Join(", ", new[] { name, MoyeoraRoles.Moderator }.Order(StringComparer.Ordinal))}]";
        var onPerson = await EntriesAsync(AuditTargetTypes.User, person.ToString());
        onPerson.Count.ShouldBe(3);
        ShouldBeRecorded(onPerson[2], AuditActions.UserSetRoles, admin, null, "운영팀 합류", ("roles", "[]", both));
        ShouldBeRecorded(onPerson[1], AuditActions.UserSetRoles, admin, null, "운영팀 탈퇴", ("roles", both, $"[{MoyeoraRoles.Moderator}]"));
        ShouldBeRecorded(onPerson[0], AuditActions.UserSetRoles, admin, null, null, ("roles", $"[{MoyeoraRoles.Moderator}]", both));
    }

    [Fact]
    public async Task Refused_Role_Changes_Leave_No_Audit_Row()
    {
        var admin = await InRoleAsync(MoyeoraRoles.Admin);
        var moderator = await InRoleAsync(MoyeoraRoles.Moderator);
        var person = await NewUserAsync();
        var adminRoleId = await RoleIdAsync(MoyeoraRoles.Admin);
        var moderatorRoleId = await RoleIdAsync(MoyeoraRoles.Moderator);
        var name = "denied-" + Guid.NewGuid().ToString("N")[..8];
        var onAdminRole = (await EntriesAsync(AuditTargetTypes.Role, MoyeoraRoles.Admin)).Count;
        var onModeratorRole = (await EntriesAsync(AuditTargetTypes.Role, MoyeoraRoles.Moderator)).Count;
        using (DatabaseFixture.ActAs(admin))
        {
            // The admin role holds everything: taking a permission from it is the last-administrator refusal.
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Roles.SavePermissionsAsync(new SaveRolePermissionsDto
            {
                Reason = "r",
                Roles = [new() { RoleId = adminRoleId, Permissions = [MoyeoraPermissions.RolesManage] }],
            })), MoyeoraErrorCodes.CannotRemoveLastAdministrator, ErrorKind.Conflict);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Roles.DeleteAsync(moderatorRoleId, new RoleActionDto { Reason = "r" })),
                MoyeoraErrorCodes.CannotDeleteBuiltInRole, ErrorKind.Conflict);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Roles.SetUserRolesAsync(person, new SetUserRolesDto { RoleNames = ["no-such-role"] })),
                MoyeoraErrorCodes.RoleNotFound, ErrorKind.NotFound);
        }

        using (DatabaseFixture.ActAs(moderator))
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Roles.CreateAsync(new CreateRoleDto { Name = name, Reason = "r" })),
                MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Roles.SetUserRolesAsync(person, new SetUserRolesDto { RoleNames = [MoyeoraRoles.Admin] })),
                MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
        }

        (await EntriesAsync(AuditTargetTypes.Role, MoyeoraRoles.Admin)).Count.ShouldBe(onAdminRole);
        (await EntriesAsync(AuditTargetTypes.Role, MoyeoraRoles.Moderator)).Count.ShouldBe(onModeratorRole);
        (await EntriesAsync(AuditTargetTypes.Role, name)).ShouldBeEmpty();
        (await EntriesAsync(AuditTargetTypes.User, person.ToString())).ShouldBeEmpty();
    }

    [Fact]
    public async Task Hiding_Unhiding_And_Cancelling_A_Meetup_Are_Recorded_And_A_Denied_Moderation_Is_Not()
    {
        var nickname = TestData.NewNickname();
        var moderator = await InRoleAsync(MoyeoraRoles.Moderator, nickname);
        var plain = await NewUserAsync();
        var (meetup, _) = await HostMeetupAsync();
        using (DatabaseFixture.ActAs(plain))
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => MeetupAdmin.HideAsync(meetup.Id, new MeetupModerationDto { Reason = "r" })),
                MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => MeetupAdmin.CancelAsync(meetup.Id, new MeetupModerationDto { Reason = "r" })),
                MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
        }

        using (DatabaseFixture.ActAs(moderator, AdminAddress))
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => MeetupAdmin.HideAsync(meetup.Id, new MeetupModerationDto { Reason = " " })),
                MoyeoraErrorCodes.ValidationFailed, ErrorKind.Invalid);
            (await EntriesAsync(AuditTargetTypes.Meetup, meetup.Id.ToString())).ShouldBeEmpty("neither the denied nor the invalid call records anything");

            await MeetupAdmin.HideAsync(meetup.Id, new MeetupModerationDto { Reason = "광고성 모임" });
            Db.Clock.Advance(TimeSpan.FromSeconds(1));
            await MeetupAdmin.UnhideAsync(meetup.Id, new MeetupModerationDto { Reason = "확인 결과 문제 없음" });
            Db.Clock.Advance(TimeSpan.FromSeconds(1));
            await MeetupAdmin.HideAsync(meetup.Id, new MeetupModerationDto { Reason = "다시 신고됨" });
            Db.Clock.Advance(TimeSpan.FromSeconds(1));
            await MeetupAdmin.CancelAsync(meetup.Id, new MeetupModerationDto { Reason = "운영 정책 위반" });
        }

        var entries = await EntriesAsync(AuditTargetTypes.Meetup, meetup.Id.ToString());
        entries.Count.ShouldBe(4);
        entries.ShouldAllBe(e => e.IpAddress == AdminAddress);
        ShouldBeRecorded(entries[3], AuditActions.MeetupHide, moderator, nickname, "광고성 모임", ("hidden", "false", "true"));
        ShouldBeRecorded(entries[2], AuditActions.MeetupUnhide, moderator, nickname, "확인 결과 문제 없음", ("hidden", "true", "false"));
        ShouldBeRecorded(entries[1], AuditActions.MeetupHide, moderator, nickname, "다시 신고됨", ("hidden", "false", "true"));
        ShouldBeRecorded(entries[0], AuditActions.MeetupCancel, moderator, nickname, "운영 정책 위반",
            ("status", nameof(MeetupStatus.Recruiting), nameof(MeetupStatus.Cancelled)));

        using (DatabaseFixture.ActAs(moderator))
        {
            // A cancelled meetup cannot be cancelled again: the refusal adds nothing.
            await Should.ThrowAsync<BusinessException>(() => MeetupAdmin.CancelAsync(meetup.Id, new MeetupModerationDto { Reason = "r" }));
        }

        (await EntriesAsync(AuditTargetTypes.Meetup, meetup.Id.ToString())).Count.ShouldBe(4);
    }

    [Fact]
    public async Task A_Settings_Change_Records_Only_The_Changed_Settings_And_Every_Setting_Is_Covered()
    {
        var nickname = TestData.NewNickname();
        var admin = await InRoleAsync(MoyeoraRoles.Admin, nickname);
        var moderator = await InRoleAsync(MoyeoraRoles.Moderator);
        static UpdateOperationalSettingsDto Input(OperationalSettingsDto c, int add, string? reason) => new()
        {
            AccountPermitsPerMinute = c.AccountPermitsPerMinute + add, WritePermitsPerMinute = c.WritePermitsPerMinute + add,
            ChatMessagesPerTenSeconds = c.ChatMessagesPerTenSeconds + add, SearchesPerMinute = c.SearchesPerMinute + add,
            PeopleSearchesPerMinute = c.PeopleSearchesPerMinute + add, ReportsPerHour = c.ReportsPerHour + add, MaxFailedLogins = c.MaxFailedLogins + add,
            LockoutMinutes = c.LockoutMinutes + add, DefaultRadiusMeters = c.DefaultRadiusMeters + add, Reason = reason,
        };

        OperationalSettingsDto before;
        using (DatabaseFixture.ActAs(admin))
        {
            before = await Settings.GetAsync();
        }

        var target = AuditTargetTypes.OperationalSettingsId;
        var rowsBefore = (await EntriesAsync(AuditTargetTypes.Settings, target)).Count;
        try
        {
            using (DatabaseFixture.ActAs(moderator))
            {
                ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Settings.UpdateAsync(Input(before, 1, "r"))), MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
            }

            using (DatabaseFixture.ActAs(admin, AdminAddress))
            {
                var invalid = Input(before, 0, "r");
                invalid.MaxFailedLogins = 1;
                await Should.ThrowAsync<BusinessException>(() => Settings.UpdateAsync(invalid));
                (await EntriesAsync(AuditTargetTypes.Settings, target)).Count.ShouldBe(rowsBefore, "neither the denied nor the invalid change records anything");

                var two = Input(before, 0, "야간 스팸 대응");
                two.MaxFailedLogins = before.MaxFailedLogins + 2;
                two.DefaultRadiusMeters = before.DefaultRadiusMeters + 500;
                await Settings.UpdateAsync(two);
                Db.Clock.Advance(TimeSpan.FromSeconds(1));
                await Settings.UpdateAsync(two);
                (await EntriesAsync(AuditTargetTypes.Settings, target)).Count.ShouldBe(rowsBefore + 1, "saving the same values again changes nothing");
                Db.Clock.Advance(TimeSpan.FromSeconds(1));
                await Settings.UpdateAsync(Input(before, 1, "전체 조정"));
            }

            var entries = await EntriesAsync(AuditTargetTypes.Settings, target);
            entries.Count.ShouldBe(rowsBefore + 2);
            entries[0].IpAddress.ShouldBe(AdminAddress);
            ShouldBeRecorded(entries[1], AuditActions.SettingsUpdate, admin, nickname, "야간 스팸 대응",
                ("maxFailedLogins", AuditChange.Text(before.MaxFailedLogins), AuditChange.Text(before.MaxFailedLogins + 2)),
                ("defaultRadiusMeters", AuditChange.Text(before.DefaultRadiusMeters), AuditChange.Text(before.DefaultRadiusMeters + 500)));

            // Every operational setting appears by its API name when it changes (a new setting must be audited too).
            var every = typeof(OperationalSettingValues).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]).ToList();
            entries[0].Action.ShouldBe(AuditActions.SettingsUpdate);
            entries[0].Reason.ShouldBe("전체 조정");
            entries[0].GetChanges().Select(c => c.Field).ShouldBe(every, ignoreOrder: true);
            entries[0].GetChanges().Single(c => c.Field == "lockoutMinutes")
                .ShouldSatisfyAllConditions(c => c.Before.ShouldBe(AuditChange.Text(before.LockoutMinutes)), c => c.After.ShouldBe(AuditChange.Text(before.LockoutMinutes + 1)));
            entries[0].GetChanges().Single(c => c.Field == "maxFailedLogins").Before.ShouldBe(AuditChange.Text(before.MaxFailedLogins + 2));
        }
        finally
        {
            using (DatabaseFixture.ActAs(admin))
            {
                await Settings.UpdateAsync(Input(before, 0, "원래대로"));
            }

            await Db.Services.GetRequiredService<OperationalSettingsProvider>().RefreshAsync(CancellationToken.None);
        }
    }
}

public sealed class AuditLog_AdminOperations_Sqlite_Tests(SqliteFixture db) : AuditLog_AdminOperations_Tests(db), IClassFixture<SqliteFixture>;

public sealed class AuditLog_AdminOperations_PostgreSql_Tests(PostgreSqlFixture db) : AuditLog_AdminOperations_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class AuditLog_AdminOperations_MariaDb_Tests(MariaDbFixture db) : AuditLog_AdminOperations_Tests(db), IClassFixture<MariaDbFixture>;
