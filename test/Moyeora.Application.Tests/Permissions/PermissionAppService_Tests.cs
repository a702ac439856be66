using Microsoft.EntityFrameworkCore;
using Moyeora.Permissions;
using Moyeora.Profile;
using Moyeora.Outbound;
using Moyeora.Users;

namespace Moyeora.Application.Tests.Permissions;

public abstract class PermissionAppService_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    private IPermissionAppService Permissions => Db.Service<IPermissionAppService>();

    private Task<Guid> AdminIdAsync() =>
        Db.WithDbAsync(d => d.Users.Where(u => u.PhoneNumber == TestData.AdminPhoneE164).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task Should_Seed_Admin_With_Every_Permission_And_Moderator_With_Moderation()
    {
        using var _ = DatabaseFixture.ActAs(await AdminIdAsync());
        var roles = await Permissions.GetRolesAsync();
        roles.Single(r => r.Name == MoyeoraRoles.Admin).Permissions.ShouldBe(MoyeoraPermissions.All.Select(p => p.Name), ignoreOrder: true);
        roles.Single(r => r.Name == MoyeoraRoles.Moderator).Permissions.ShouldBe(MoyeoraPermissions.ModeratorDefaults, ignoreOrder: true);
        (await Permissions.GetPermissionsAsync()).Count.ShouldBe(MoyeoraPermissions.All.Count);
    }

    [Fact]
    public async Task Should_Forbid_A_Plain_User_And_Require_Sign_In()
    {
        var anonymous = await Should.ThrowAsync<BusinessException>(() => Permissions.GetRolesAsync());
        ShouldHaveCode(anonymous, MoyeoraErrorCodes.NotSignedIn, ErrorKind.Unauthenticated);
        using var _ = DatabaseFixture.ActAs(TestData.AliceId);
        (await Should.ThrowAsync<BusinessException>(() => Permissions.GetRolesAsync())).Kind.ShouldBe(ErrorKind.Forbidden);
        (await Should.ThrowAsync<BusinessException>(() => Permissions.GrantAsync(new RolePermissionDto { RoleName = "moderator", Permission = MoyeoraPermissions.UsersManage })))
            .Code.ShouldBe(MoyeoraErrorCodes.Forbidden);
        (await Should.ThrowAsync<BusinessException>(() => Permissions.AddUserToRoleAsync(new UserRoleDto { UserId = TestData.AliceId, RoleName = MoyeoraRoles.Admin })))
            .Code.ShouldBe(MoyeoraErrorCodes.Forbidden);
        (await Should.ThrowAsync<BusinessException>(() => Db.Service<IOutboxAppService>().GetListAsync(new GetOutboxMessagesDto())))
            .Code.ShouldBe(MoyeoraErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Should_Grant_And_Revoke_Through_Roles()
    {
        var adminId = await AdminIdAsync();
        using (DatabaseFixture.ActAs(adminId))
        {
            await Permissions.AddUserToRoleAsync(new UserRoleDto { UserId = TestData.BobId, RoleName = MoyeoraRoles.Moderator });
            var role = await Permissions.GrantAsync(new RolePermissionDto { RoleName = MoyeoraRoles.Moderator, Permission = MoyeoraPermissions.OutboxView });
            role.Permissions.ShouldContain(MoyeoraPermissions.OutboxView);
        }

        using (DatabaseFixture.ActAs(TestData.BobId))
        {
            (await Db.Service<IProfileAppService>().GetAsync()).Permissions.ShouldContain(MoyeoraPermissions.OutboxView);
            (await Db.Service<IOutboxAppService>().GetListAsync(new GetOutboxMessagesDto())).ShouldNotBeNull();
        }

        using (DatabaseFixture.ActAs(adminId))
        {
            await Permissions.RevokeAsync(new RolePermissionDto { RoleName = MoyeoraRoles.Moderator, Permission = MoyeoraPermissions.OutboxView });
            await Permissions.RemoveUserFromRoleAsync(new UserRoleDto { UserId = TestData.BobId, RoleName = MoyeoraRoles.Moderator });
        }

        using (DatabaseFixture.ActAs(TestData.BobId))
        {
            (await Should.ThrowAsync<BusinessException>(() => Db.Service<IOutboxAppService>().GetListAsync(new GetOutboxMessagesDto())))
                .Kind.ShouldBe(ErrorKind.Forbidden);
        }
    }

    [Fact]
    public async Task Should_Refuse_Unknown_Roles_Permissions_And_Users()
    {
        using var _ = DatabaseFixture.ActAs(await AdminIdAsync());
        (await Should.ThrowAsync<BusinessException>(() => Permissions.GrantAsync(new RolePermissionDto { RoleName = "nope", Permission = MoyeoraPermissions.UsersManage })))
            .Kind.ShouldBe(ErrorKind.NotFound);
        (await Should.ThrowAsync<BusinessException>(() => Permissions.GrantAsync(new RolePermissionDto { RoleName = MoyeoraRoles.Moderator, Permission = "'; DROP TABLE Roles;--" })))
            .Code.ShouldBe(MoyeoraErrorCodes.UnknownPermission);
        (await Should.ThrowAsync<BusinessException>(() => Permissions.AddUserToRoleAsync(new UserRoleDto { UserId = Guid.NewGuid(), RoleName = MoyeoraRoles.Moderator })))
            .Code.ShouldBe(MoyeoraErrorCodes.UserNotFound);
    }

    [Fact]
    public async Task Should_Keep_The_Admin_Role_Complete_And_One_Administrator()
    {
        var adminId = await AdminIdAsync();
        using var _ = DatabaseFixture.ActAs(adminId);
        (await Should.ThrowAsync<BusinessException>(() => Permissions.RevokeAsync(new RolePermissionDto { RoleName = MoyeoraRoles.Admin, Permission = MoyeoraPermissions.RolesManage })))
            .Code.ShouldBe(MoyeoraErrorCodes.CannotRemoveLastAdministrator);
        (await Should.ThrowAsync<BusinessException>(() => Permissions.RemoveUserFromRoleAsync(new UserRoleDto { UserId = adminId, RoleName = MoyeoraRoles.Admin })))
            .Code.ShouldBe(MoyeoraErrorCodes.CannotRemoveLastAdministrator);
    }

    [Fact]
    public async Task Should_Let_Administrators_Read_The_Outbox()
    {
        var phone = TestData.NewPhone();
        await Account.SendVerificationCodeAsync(new Moyeora.Account.SendVerificationCodeDto { PhoneNumber = phone, Purpose = Moyeora.Verification.VerificationPurpose.SignUp });
        using var _ = DatabaseFixture.ActAs(await AdminIdAsync());
        var page = await Db.Service<IOutboxAppService>().GetListAsync(new GetOutboxMessagesDto { Recipient = phone });
        page.TotalCount.ShouldBe(1);
        page.Items[0].Text.ShouldContain(await LastCodeSentToAsync(phone) ?? "missing");
    }

    [Fact]
    public async Task Should_Give_A_Deactivated_Account_No_Permission()
    {
        var (_, password, tokens) = await SignUpAsync();
        using (DatabaseFixture.ActAs(await AdminIdAsync()))
        {
            await Permissions.AddUserToRoleAsync(new UserRoleDto { UserId = tokens.UserId, RoleName = MoyeoraRoles.Admin });
        }

        using (DatabaseFixture.ActAs(tokens.UserId))
        {
            (await Permissions.GetRolesAsync()).ShouldNotBeEmpty();
            await Db.Service<IProfileAppService>().DeleteAsync(new DeleteAccountDto { Password = password });
            (await Should.ThrowAsync<BusinessException>(() => Permissions.GetRolesAsync())).Kind.ShouldBe(ErrorKind.Forbidden);
        }
    }
}

public sealed class PermissionAppService_Sqlite_Tests(SqliteFixture db) : PermissionAppService_Tests(db), IClassFixture<SqliteFixture>;

public sealed class PermissionAppService_PostgreSql_Tests(PostgreSqlFixture db) : PermissionAppService_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class PermissionAppService_MariaDb_Tests(MariaDbFixture db) : PermissionAppService_Tests(db), IClassFixture<MariaDbFixture>;
