using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Auditing;
using Moyeora.Domain;
using Moyeora.EntityFrameworkCore;
using Moyeora.Jobs;
using Moyeora.Permissions;
using Moyeora.Reports;
using Moyeora.Users;

namespace Moyeora.Application.Tests.Auditing;

public abstract class AuditLog_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    private const string AdminAddress = "203.0.113.7";

    private IAuditLogAppService AuditLog => Db.Service<IAuditLogAppService>();

    private async Task<Guid> InRoleAsync(string role, string? nickname = null)
    {
        var roleId = await Db.WithDbAsync(d => d.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync());
        return await NewUserAsync(nickname: nickname, configure: u => u.AddRole(roleId));
    }

    private async Task<IReadOnlyList<AuditLogEntryDto>> EntriesForAsync(Guid admin, string targetType, string targetId)
    {
        using var _ = DatabaseFixture.ActAs(admin);
        return (await AuditLog.GetListAsync(new GetAuditLogsDto { TargetType = targetType, TargetId = targetId, MaxResultCount = 100 })).Items;
    }

    [Fact]
    public async Task Lock_Unlock_And_End_Sessions_Are_Recorded_With_Actor_Address_Reason_And_Before_After()
    {
        var nickname = TestData.NewNickname();
        var admin = await InRoleAsync(MoyeoraRoles.Admin, nickname);
        var target = await NewUserAsync();
        var users = Db.Service<IUserAdministrationAppService>();
        var now = Db.Clock.GetUtcNow().UtcDateTime;
        using (DatabaseFixture.ActAs(admin, AdminAddress))
        {
            await users.LockAsync(target, new LockUserDto { Days = 3, Reason = "  반복된 스팸  " });
            Db.Clock.Advance(TimeSpan.FromMinutes(1));
            await Db.Service<IUserAdministrationAppService>().UnlockAsync(target, new UserActionDto { Reason = "소명 확인" });
            Db.Clock.Advance(TimeSpan.FromMinutes(1));
            await Db.Service<IUserAdministrationAppService>().EndSessionsAsync(target);
        }

        var entries = await EntriesForAsync(admin, AuditTargetTypes.User, target.ToString());
        entries.Select(e => e.Action).ShouldBe([AuditActions.UserEndSessions, AuditActions.UserUnlock, AuditActions.UserLock], "newest first");
        entries.ShouldAllBe(e => e.ActorId == admin && e.ActorNickname == nickname && e.IpAddress == AdminAddress && e.TargetType == AuditTargetTypes.User);

        var locked = entries[2];
        locked.Reason.ShouldBe("반복된 스팸");
        (locked.Time - now).Duration().ShouldBeLessThan(TimeSpan.FromSeconds(1));
        var until = AuditChange.Text(now.AddDays(3));
        locked.Changes.Single(c => c.Field == "lockedUntil").ShouldSatisfyAllConditions(c => c.Before.ShouldBeNull(), c => c.After.ShouldBe(until));
        locked.Changes.Single(c => c.Field == "securityStamp").ShouldSatisfyAllConditions(c => c.Before.ShouldBe("0"), c => c.After.ShouldBe("1"));
        entries[1].Reason.ShouldBe("소명 확인");
        entries[1].Changes.Single(c => c.Field == "lockedUntil").ShouldSatisfyAllConditions(c => c.Before.ShouldBe(until), c => c.After.ShouldBeNull());
        entries[0].Reason.ShouldBeNull();
        entries[0].Changes.ShouldHaveSingleItem().ShouldSatisfyAllConditions(c => c.Before.ShouldBe("1"), c => c.After.ShouldBe("2"));
    }

    [Fact]
    public async Task A_Refused_Operation_Leaves_No_Audit_Row_And_Recording_Alone_Saves_Nothing()
    {
        var admin = await InRoleAsync(MoyeoraRoles.Admin);
        using (DatabaseFixture.ActAs(admin))
        {
            await Should.ThrowAsync<BusinessException>(() => Db.Service<IUserAdministrationAppService>().LockAsync(admin, new LockUserDto()));
        }

        (await EntriesForAsync(admin, AuditTargetTypes.User, admin.ToString())).ShouldBeEmpty();

        // The trail joins the operation's unit of work: without its save, or with the work discarded, nothing is written.
        var marker = Guid.NewGuid().ToString();
        await using (var scope = Db.Services.CreateAsyncScope())
        {
            using var _ = DatabaseFixture.ActAs(admin);
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(AuditActions.UserLock, AuditTargetTypes.User, marker, "never saved");
            scope.ServiceProvider.GetRequiredService<IUnitOfWork>().DiscardChanges();
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }

        (await Db.WithDbAsync(d => d.AuditLogEntries.CountAsync(e => e.TargetId == marker))).ShouldBe(0);
    }

    [Fact]
    public async Task No_Save_Can_Change_Or_Delete_An_Audit_Or_Security_Row()
    {
        var admin = await InRoleAsync(MoyeoraRoles.Admin);
        var target = await NewUserAsync();
        using (DatabaseFixture.ActAs(admin))
        {
            await Db.Service<IUserAdministrationAppService>().LockAsync(target, new LockUserDto { Days = 1, Reason = "원래 사유" });
        }

        var targetId = target.ToString();
        await using (var scope = Db.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<MoyeoraDbContext>();
            var entry = await context.AuditLogEntries.SingleAsync(e => e.TargetId == targetId);
            context.Entry(entry).Property(e => e.Reason).CurrentValue = "고친 사유";
            (await Should.ThrowAsync<InvalidOperationException>(() => ((IUnitOfWork)context).SaveChangesAsync())).Message.ShouldContain("append-only");
            Should.Throw<InvalidOperationException>(() => context.SaveChanges());

            context.ChangeTracker.Clear();
            context.AuditLogEntries.Remove(await context.AuditLogEntries.SingleAsync(e => e.TargetId == targetId));
            await Should.ThrowAsync<InvalidOperationException>(() => context.SaveChangesAsync());

            context.ChangeTracker.Clear();
            context.SecurityLogEntries.Remove(await context.SecurityLogEntries.FirstAsync(e => e.UserId == target));
            await Should.ThrowAsync<InvalidOperationException>(() => context.SaveChangesAsync());
        }

        (await Db.WithDbAsync(d => d.AuditLogEntries.Where(e => e.TargetId == targetId).Select(e => e.Reason).ToListAsync())).ShouldBe(["원래 사유"]);
        (await Db.WithDbAsync(d => d.SecurityLogEntries.CountAsync(e => e.UserId == target))).ShouldBe(2, "locked, sessions ended");
        typeof(IAuditLogRepository).GetMethods().Select(m => m.Name).ShouldBe(["GetPagedAsync"], "the repository reads; nothing updates or deletes");
    }

    [Fact]
    public async Task Report_Moderation_Job_Triggers_And_Role_Changes_Are_Recorded()
    {
        var admin = await InRoleAsync(MoyeoraRoles.Admin);
        var moderator = await InRoleAsync(MoyeoraRoles.Moderator);
        var (reporter, reported, other) = (await NewUserAsync(), await NewUserAsync(), await NewUserAsync());
        Guid first, second;
        using (DatabaseFixture.ActAs(reporter))
        {
            first = (await Db.Service<IReportAppService>().CreateAsync(new CreateReportDto { TargetType = ReportTargetType.User, TargetId = reported.ToString(), Reason = ReportReason.Spam })).Id;
            second = (await Db.Service<IReportAppService>().CreateAsync(new CreateReportDto { TargetType = ReportTargetType.User, TargetId = other.ToString(), Reason = ReportReason.Scam })).Id;
        }

        using (DatabaseFixture.ActAs(moderator, "198.51.100.9"))
        {
            await Db.Service<IReportModerationAppService>().StartReviewAsync(first);
            Db.Clock.Advance(TimeSpan.FromSeconds(1)); // entries of one instant have no order of their own
            await Db.Service<IReportModerationAppService>().ActAsync(first, new ActOnReportDto { Action = ReportAction.LockUser, LockDays = 7, Note = "사기 계정" });
            await Db.Service<IReportModerationAppService>().DismissAsync(second, new DismissReportDto { Note = "근거 없음" });
        }

        var onReport = await EntriesForAsync(admin, AuditTargetTypes.Report, first.ToString());
        onReport.Select(e => e.Action).ShouldBe([AuditActions.ReportAct, AuditActions.ReportReview]);
        onReport.ShouldAllBe(e => e.ActorId == moderator && e.IpAddress == "198.51.100.9");
        onReport[0].Reason.ShouldBe("사기 계정");
        onReport[0].Changes.Single(c => c.Field == "status").ShouldSatisfyAllConditions(c => c.Before.ShouldBe("InReview"), c => c.After.ShouldBe("Actioned"));
        onReport[0].Changes.Single(c => c.Field == "action").After.ShouldBe("LockUser");
        onReport[1].Changes.ShouldHaveSingleItem().ShouldSatisfyAllConditions(c => c.Before.ShouldBe("Open"), c => c.After.ShouldBe("InReview"));
        (await EntriesForAsync(admin, AuditTargetTypes.User, reported.ToString())).ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(e => e.Action.ShouldBe(AuditActions.UserLock), e => e.Reason.ShouldBe("사기 계정"));
        (await EntriesForAsync(admin, AuditTargetTypes.Report, second.ToString())).ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(e => e.Action.ShouldBe(AuditActions.ReportDismiss), e => e.Changes.Single().After.ShouldBe("Dismissed"));

        var job = JobOptions.DefaultSchedules.Keys.First();
        using (DatabaseFixture.ActAs(admin))
        {
            await Db.Service<IJobAppService>().TriggerAsync(job);
            await Db.Service<IPermissionAppService>().GrantAsync(new RolePermissionDto { RoleName = MoyeoraRoles.Moderator, Permission = MoyeoraPermissions.AuditLogsView });
            Db.Clock.Advance(TimeSpan.FromSeconds(1));
            await Db.Service<IPermissionAppService>().RevokeAsync(new RolePermissionDto { RoleName = MoyeoraRoles.Moderator, Permission = MoyeoraPermissions.AuditLogsView });
            await Db.Service<IPermissionAppService>().AddUserToRoleAsync(new UserRoleDto { UserId = other, RoleName = MoyeoraRoles.Moderator });
            Db.Clock.Advance(TimeSpan.FromSeconds(1));
            await Db.Service<IPermissionAppService>().RemoveUserFromRoleAsync(new UserRoleDto { UserId = other, RoleName = MoyeoraRoles.Moderator });
        }

        (await EntriesForAsync(admin, AuditTargetTypes.Job, job)).ShouldHaveSingleItem().Action.ShouldBe(AuditActions.JobTrigger);
        (await EntriesForAsync(admin, AuditTargetTypes.Role, MoyeoraRoles.Moderator)).Take(2).Select(e => (e.Action, e.Changes.Single().Field, e.Changes.Single().After))
            .ShouldBe([(AuditActions.RoleRevokePermission, MoyeoraPermissions.AuditLogsView, "false"), (AuditActions.RoleGrantPermission, MoyeoraPermissions.AuditLogsView, "true")]);
        (await EntriesForAsync(admin, AuditTargetTypes.User, other.ToString())).Select(e => e.Action).ShouldBe([AuditActions.RoleRemoveUser, AuditActions.RoleAddUser]);
    }

    [Fact]
    public async Task Filters_Narrow_By_Actor_Action_And_Time_And_The_Export_Follows_Them()
    {
        var admin = await InRoleAsync(MoyeoraRoles.Admin);
        var other = await InRoleAsync(MoyeoraRoles.Admin);
        var target = await NewUserAsync();
        var start = Db.Clock.GetUtcNow();
        using (DatabaseFixture.ActAs(admin))
        {
            await Db.Service<IUserAdministrationAppService>().EndSessionsAsync(target, new UserActionDto { Reason = "첫째" });
        }

        Db.Clock.Advance(TimeSpan.FromHours(2));
        using (DatabaseFixture.ActAs(other))
        {
            await Db.Service<IUserAdministrationAppService>().EndSessionsAsync(target, new UserActionDto { Reason = "둘째" });
            Db.Clock.Advance(TimeSpan.FromSeconds(1));
            await Db.Service<IUserAdministrationAppService>().LockAsync(target, new LockUserDto { Days = 1, Reason = "셋째" });
        }

        using var _ = DatabaseFixture.ActAs(admin);
        var byTarget = new GetAuditLogsDto { TargetId = target.ToString() };
        (await AuditLog.GetListAsync(byTarget)).Items.Select(e => e.Reason).ShouldBe(["셋째", "둘째", "첫째"]);
        (await AuditLog.GetListAsync(new GetAuditLogsDto { TargetId = target.ToString(), ActorId = admin })).Items.Select(e => e.Reason).ShouldBe(["첫째"]);
        (await AuditLog.GetListAsync(new GetAuditLogsDto { TargetId = target.ToString(), Action = AuditActions.UserEndSessions })).TotalCount.ShouldBe(2);
        (await AuditLog.GetListAsync(new GetAuditLogsDto { TargetId = target.ToString(), From = start.AddHours(1) })).Items.Select(e => e.Reason).ShouldBe(["셋째", "둘째"]);
        (await AuditLog.GetListAsync(new GetAuditLogsDto { TargetId = target.ToString(), To = start.AddHours(1) })).Items.Select(e => e.Reason).ShouldBe(["첫째"]);
        var page = await AuditLog.GetListAsync(new GetAuditLogsDto { TargetId = target.ToString(), SkipCount = 1, MaxResultCount = 1 });
        (page.TotalCount, page.Items.Single().Reason).ShouldBe((3, "둘째"));
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AuditLog.GetListAsync(new GetAuditLogsDto { From = start, To = start.AddDays(-1) })),
            MoyeoraErrorCodes.ValidationFailed, ErrorKind.Invalid);

        var csv = await AuditLog.ExportCsvAsync(new ExportAuditLogsDto { TargetId = target.ToString(), ActorId = other });
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines[1].ShouldContain(",셋째,");
        lines[2].ShouldContain(",둘째,securityStamp: 1 → 2");
    }

    [Fact]
    public async Task Only_Holders_Of_Audit_Logs_View_Read_Or_Export()
    {
        var moderator = await InRoleAsync(MoyeoraRoles.Moderator);
        var member = await NewUserAsync();
        foreach (var (caller, code, kind) in new[]
                 {
                     ((Guid?)null, MoyeoraErrorCodes.NotSignedIn, ErrorKind.Unauthenticated),
                     (member, MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden),
                     (moderator, MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden),
                 })
        {
            using var _ = DatabaseFixture.ActAs(caller);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AuditLog.GetListAsync(new GetAuditLogsDto())), code, kind);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AuditLog.ExportCsvAsync(new ExportAuditLogsDto())), code, kind);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Db.Service<Moyeora.Security.ISecurityLogAppService>().GetListAsync(new Moyeora.Security.GetSecurityLogsDto())), code, kind);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Db.Service<Moyeora.Outbound.IOutboxAppService>().GetFailedAsync(new Moyeora.Dtos.PagedRequestDto())), code, kind);
        }

        // Granted to the moderator role, the same moderator reads it.
        var admin = await InRoleAsync(MoyeoraRoles.Admin);
        using (DatabaseFixture.ActAs(admin))
        {
            await Db.Service<IPermissionAppService>().GrantAsync(new RolePermissionDto { RoleName = MoyeoraRoles.Moderator, Permission = MoyeoraPermissions.AuditLogsView });
        }

        try
        {
            using var _ = DatabaseFixture.ActAs(moderator);
            (await AuditLog.GetListAsync(new GetAuditLogsDto { Action = AuditActions.RoleGrantPermission })).TotalCount.ShouldBeGreaterThanOrEqualTo(1);
        }
        finally
        {
            using var _ = DatabaseFixture.ActAs(admin);
            await Db.Service<IPermissionAppService>().RevokeAsync(new RolePermissionDto { RoleName = MoyeoraRoles.Moderator, Permission = MoyeoraPermissions.AuditLogsView });
        }
    }
}

public sealed class AuditLog_Sqlite_Tests(SqliteFixture db) : AuditLog_Tests(db), IClassFixture<SqliteFixture>;

public sealed class AuditLog_PostgreSql_Tests(PostgreSqlFixture db) : AuditLog_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class AuditLog_MariaDb_Tests(MariaDbFixture db) : AuditLog_Tests(db), IClassFixture<MariaDbFixture>;
