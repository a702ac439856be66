using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Domain;
using Moyeora.Roles;
using Moyeora.Users;

namespace Moyeora.EntityFrameworkCore.Tests;

public abstract class Persistence_Tests(DatabaseFixture db)
{
    private static User NewUser(DateTime now) =>
        new(Guid.NewGuid(), PhoneNumber.Normalize(TestData.NewPhone()), "홍길동", TestData.NewNickname(), now);

    private DateTime Now => db.Clock.GetUtcNow().UtcDateTime;

    private async Task<User> InsertAsync(Action<User>? change = null)
    {
        var user = NewUser(Now);
        change?.Invoke(user);
        await using var scope = db.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IUserRepository>().InsertAsync(user);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return user;
    }

    [Fact]
    public async Task Should_Round_Trip_A_User_With_Hangul_Interests_And_Utc_Times()
    {
        var user = await InsertAsync(u =>
        {
            u.SetInterests(["등산", "보드게임", "coffee"]);
            u.SetStatusMessage("안녕하세요 👋");
            u.SetPasswordHash("hash", isChange: false);
        });
        var loaded = await db.WithDbAsync(d => d.Users.SingleAsync(u => u.Id == user.Id));
        loaded.Interests.ShouldBe(["등산", "보드게임", "coffee"]);
        loaded.StatusMessage.ShouldBe("안녕하세요 👋");
        loaded.CreationTime.Kind.ShouldBe(DateTimeKind.Utc);
        loaded.CreationTime.ShouldBe(user.CreationTime, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Should_Fill_Auditing_Fields_From_The_Current_User()
    {
        User user;
        using (DatabaseFixture.ActAs(TestData.AliceId))
        {
            user = await InsertAsync();
        }

        var loaded = await db.WithDbAsync(d => d.Users.SingleAsync(u => u.Id == user.Id));
        loaded.CreatorId.ShouldBe(TestData.AliceId);
        loaded.LastModificationTime.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Enforce_Unique_Phone_Numbers_In_The_Database()
    {
        var first = await InsertAsync();
        var twin = new User(Guid.NewGuid(), first.PhoneNumber, "쌍둥이", TestData.NewNickname(), Now);
        await using var scope = db.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IUserRepository>().InsertAsync(twin);
        var ex = await Should.ThrowAsync<BusinessException>(() => scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync());
        ex.Code.ShouldBe(MoyeoraErrorCodes.ConcurrencyConflict);
        ex.Kind.ShouldBe(ErrorKind.Conflict);
    }

    [Fact]
    public async Task Should_Enforce_Unique_Nicknames_Case_Insensitively_In_The_Database()
    {
        var first = await InsertAsync(u => u.SetNickname("Unique" + Random.Shared.Next(100000)));
        var twin = new User(Guid.NewGuid(), PhoneNumber.Normalize(TestData.NewPhone()), "쌍둥이", first.Nickname.ToLowerInvariant(), Now);
        await using var scope = db.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IUserRepository>().InsertAsync(twin);
        (await Should.ThrowAsync<BusinessException>(() => scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync()))
            .Code.ShouldBe(MoyeoraErrorCodes.ConcurrencyConflict);
    }

    [Fact]
    public async Task Should_Detect_A_Lost_Update_Even_When_Only_A_Child_Collection_Changed()
    {
        var user = await InsertAsync();
        await using var first = db.Services.CreateAsyncScope();
        await using var second = db.Services.CreateAsyncScope();
        var a = await first.ServiceProvider.GetRequiredService<IUserRepository>().FindAsync(user.Id);
        var b = await second.ServiceProvider.GetRequiredService<IUserRepository>().FindAsync(user.Id);
        a!.SetInterests(["하나"]);
        await first.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        b!.SetInterests(["둘"]);
        var ex = await Should.ThrowAsync<BusinessException>(() => second.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync());
        ex.Code.ShouldBe(MoyeoraErrorCodes.ConcurrencyConflict);
        (await db.WithDbAsync(d => d.Users.SingleAsync(u => u.Id == user.Id))).Interests.ShouldBe(["하나"]);
    }

    [Fact]
    public async Task Should_Read_Permissions_Through_Role_Claims()
    {
        var user = await InsertAsync();
        await using (var scope = db.Services.CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<IRoleRepository>();
            var moderator = await roles.FindByNameAsync("MODERATOR");
            var loaded = await scope.ServiceProvider.GetRequiredService<IUserRepository>().FindAsync(user.Id);
            loaded!.AddRole(moderator!.Id);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }

        await using var read = db.Services.CreateAsyncScope();
        var users = read.ServiceProvider.GetRequiredService<IUserRepository>();
        (await users.GetPermissionsAsync(user.Id)).ShouldBe(Moyeora.Permissions.MoyeoraPermissions.ModeratorDefaults, ignoreOrder: true);
        (await users.GetRoleNamesAsync(user.Id)).ShouldBe([MoyeoraRoles.Moderator]);
        (await users.GetPermissionsAsync(TestData.AliceId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Revoke_Sessions_In_The_Same_Save_As_A_Password_Change()
    {
        var user = await InsertAsync(u => u.SetPasswordHash("old", isChange: false));
        await using (var scope = db.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IRefreshTokenRepository>()
                .InsertAsync(new RefreshToken(Guid.NewGuid(), user.Id, Guid.NewGuid(), "hash-" + Guid.NewGuid().ToString("N"), null, Now));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }

        await using (var scope = db.Services.CreateAsyncScope())
        {
            var loaded = await scope.ServiceProvider.GetRequiredService<IUserRepository>().FindAsync(user.Id);
            loaded!.SetPasswordHash("new", isChange: true);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }

        var tokens = await db.WithDbAsync(d => d.RefreshTokens.Where(t => t.UserId == user.Id).ToListAsync());
        tokens.ShouldAllBe(t => t.RevocationReason == RefreshTokenRevocationReason.PasswordChanged);
    }

    [Fact]
    public async Task Should_Treat_Sql_Fragments_As_Plain_Values()
    {
        await using var scope = db.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<IUserRepository>();
        (await users.NicknameExistsAsync("' OR '1'='1")).ShouldBeFalse();
        (await users.FindByPhoneNumberAsync("'; DROP TABLE \"Users\"; --")).ShouldBeNull();
        (await db.WithDbAsync(d => d.Users.CountAsync())).ShouldBeGreaterThan(0);
    }
}

public sealed class Persistence_Sqlite_Tests(SqliteFixture db) : Persistence_Tests(db), IClassFixture<SqliteFixture>;

public sealed class Persistence_PostgreSql_Tests(PostgreSqlFixture db) : Persistence_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class Persistence_MariaDb_Tests(MariaDbFixture db) : Persistence_Tests(db), IClassFixture<MariaDbFixture>;
