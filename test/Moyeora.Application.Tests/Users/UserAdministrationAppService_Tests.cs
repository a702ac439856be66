using Microsoft.EntityFrameworkCore;
using Moyeora.Account;
using Moyeora.Users;

namespace Moyeora.Application.Tests.Users;

public abstract class UserAdministrationAppService_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    private IUserAdministrationAppService Admin => Db.Service<IUserAdministrationAppService>();

    private async Task<Guid> AdministratorAsync()
    {
        var roleId = await Db.WithDbAsync(d => d.Roles.Where(r => r.Name == MoyeoraRoles.Admin).Select(r => r.Id).SingleAsync());
        return await NewUserAsync(configure: u => u.AddRole(roleId));
    }

    [Fact]
    public async Task Only_User_Managers_Lock_Unlock_Or_End_Sessions()
    {
        var target = await NewUserAsync();
        using (DatabaseFixture.ActAs(null))
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Admin.LockAsync(target, new LockUserDto())), MoyeoraErrorCodes.NotSignedIn, ErrorKind.Unauthenticated);
        }

        var moderatorRole = await Db.WithDbAsync(d => d.Roles.Where(r => r.Name == MoyeoraRoles.Moderator).Select(r => r.Id).SingleAsync());
        foreach (var caller in new[] { await NewUserAsync(), await NewUserAsync(configure: u => u.AddRole(moderatorRole)) })
        {
            using var _ = DatabaseFixture.ActAs(caller);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Admin.LockAsync(target, new LockUserDto())), MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Admin.UnlockAsync(target)), MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Admin.EndSessionsAsync(target)), MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Admin.GetSecurityAsync(target)), MoyeoraErrorCodes.Forbidden, ErrorKind.Forbidden);
        }

        (await Db.WithDbAsync(d => d.Users.Where(u => u.Id == target).Select(u => new { u.ModerationLockEnd, u.SecurityStamp }).SingleAsync()))
            .ShouldBe(new { ModerationLockEnd = (DateTime?)null, SecurityStamp = 0 });
    }

    [Fact]
    public async Task Lock_Ends_Every_Session_And_Holds_Until_Unlocked()
    {
        var admin = await AdministratorAsync();
        var (phone, password, tokens) = await SignUpAsync();
        using var _ = DatabaseFixture.ActAs(admin);

        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Admin.LockAsync(tokens.UserId, new LockUserDto { Days = 0 })), MoyeoraErrorCodes.ValidationFailed, ErrorKind.Invalid);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Admin.LockAsync(admin, new LockUserDto())), MoyeoraErrorCodes.CannotLockSelf, ErrorKind.Conflict);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Admin.LockAsync(Guid.NewGuid(), new LockUserDto())), MoyeoraErrorCodes.UserNotFound, ErrorKind.NotFound);

        var locked = await Admin.LockAsync(tokens.UserId, new LockUserDto { Days = 2 });
        locked.LockedUntil.ShouldBe(Db.Clock.GetUtcNow().UtcDateTime.AddDays(2));
        locked.SecurityStamp.ShouldBe(1);
        (await Db.WithDbAsync(d => d.RefreshTokens.Where(t => t.UserId == tokens.UserId).AllAsync(t => t.RevocationReason != null))).ShouldBeTrue();
        (await Db.Service<SessionValidator>().IsCurrentAsync(tokens.UserId, "0")).ShouldBeFalse("the access token issued before the lock no longer stands");
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = password })),
            MoyeoraErrorCodes.AccountLocked, ErrorKind.Forbidden);

        (await Admin.UnlockAsync(tokens.UserId)).LockedUntil.ShouldBeNull();
        var again = await Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = password });
        again.UserId.ShouldBe(tokens.UserId);
        var session = (await Admin.GetAsync(tokens.UserId)).ActiveSessions.ShouldHaveSingleItem("the lock ended the first sign-in; the new one is the only session");
        session.ExpirationTime.ShouldBeGreaterThan(Db.Clock.GetUtcNow().UtcDateTime);

        var ended = await Admin.EndSessionsAsync(tokens.UserId);
        (await Admin.GetAsync(tokens.UserId)).ActiveSessions.ShouldBeEmpty();
        ended.SecurityStamp.ShouldBe(2);
        ended.LockedUntil.ShouldBeNull("ending sessions locks nobody");
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Account.RefreshAsync(new RefreshTokenDto { RefreshToken = again.RefreshToken })),
            MoyeoraErrorCodes.RefreshTokenInvalid, ErrorKind.Unauthenticated);
    }
}

public sealed class UserAdministrationAppService_Sqlite_Tests(SqliteFixture db) : UserAdministrationAppService_Tests(db), IClassFixture<SqliteFixture>;

public sealed class UserAdministrationAppService_PostgreSql_Tests(PostgreSqlFixture db) : UserAdministrationAppService_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class UserAdministrationAppService_MariaDb_Tests(MariaDbFixture db) : UserAdministrationAppService_Tests(db), IClassFixture<MariaDbFixture>;
