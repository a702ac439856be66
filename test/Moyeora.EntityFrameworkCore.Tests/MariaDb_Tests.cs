using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Chat;
using Moyeora.Domain;
using Moyeora.Meetups;
using Moyeora.TestBase.Servers;
using Moyeora.Users;
using MySql.Data.MySqlClient;

namespace Moyeora.EntityFrameworkCore.Tests;

/// <summary>
/// The known faults of MySql.EntityFrameworkCore on MariaDB (stack.md), each shown handled on the test run's MariaDB:
/// time precision, the migration lock, 4-byte UTF-8, byte-wise text comparison, SSL settings and DELETE syntax.
/// </summary>
public sealed class MariaDb_Tests(MariaDbFixture db) : IClassFixture<MariaDbFixture>
{
    private static MoyeoraDbContext Context(string connectionString) => new(
        (DbContextOptions<MoyeoraDbContext>)new DatabaseSettings(DatabaseProvider.MySql, connectionString)
            .Configure(new DbContextOptionsBuilder<MoyeoraDbContext>()).Options,
        new ServiceCollection().AddSingleton(TimeProvider.System).BuildServiceProvider());

    private async Task<T> SaveAsync<T>(T entity, Func<IServiceProvider, T, Task> insert)
    {
        await using var scope = db.Services.CreateAsyncScope();
        await insert(scope.ServiceProvider, entity);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return entity;
    }

    [Fact]
    public async Task Instants_Keep_Their_Microseconds_And_Come_Back_As_Utc()
    {
        // 12:34:56.123456 UTC: the provider's plain datetime would keep 12:34:56 only.
        var instant = new DateTime(2026, 11, 30, 12, 34, 56, DateTimeKind.Utc).AddTicks(1_234_560);
        var user = await SaveAsync(new User(Guid.NewGuid(), PhoneNumber.Normalize(TestData.NewPhone()), "시간", TestData.NewNickname(), instant),
            (sp, u) => sp.GetRequiredService<IUserRepository>().InsertAsync(u));

        var loaded = await db.WithDbAsync(d => d.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        loaded.CreationTime.ShouldBe(instant);
        loaded.CreationTime.Kind.ShouldBe(DateTimeKind.Utc);
        (await db.WithDbAsync(d => d.Users.CountAsync(u => u.Id == user.Id && u.CreationTime == instant))).ShouldBe(1, "queries compare the full fraction");
        var columnType = await db.WithDbAsync(d => d.Database.SqlQueryRaw<string>(
            "SELECT column_type AS `Value` FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'Users' AND column_name = 'CreationTime'")
            .SingleAsync());
        columnType.ShouldBe("datetime(6)");
    }

    [Fact]
    public async Task Two_Migrators_Racing_On_One_Empty_Database_Apply_Each_Migration_Once()
    {
        var connectionString = await (await MariaDbServer.GetAsync()).CreateDatabaseAsync();
        await using var first = Context(connectionString);
        await using var second = Context(connectionString);

        await Task.WhenAll(first.Database.MigrateAsync(), second.Database.MigrateAsync());

        var migrations = first.Database.GetMigrations().ToList();
        migrations.ShouldNotBeEmpty();
        (await first.Database.GetAppliedMigrationsAsync()).ShouldBe(migrations);
        (await first.Database.SqlQueryRaw<long>("SELECT count(*) AS `Value` FROM `__EFMigrationsHistory`").SingleAsync()).ShouldBe(migrations.Count);
        var lockFree = await first.Database.SqlQueryRaw<long>(
            $"SELECT IS_FREE_LOCK(CONCAT(DATABASE(), '.{MySqlMigrationHistoryRepository.LockName}')) AS `Value`").SingleAsync();
        lockFree.ShouldBe(1L, "the lock is released after migrating");
    }

    [Fact]
    public async Task The_Providers_Own_Lock_Wait_Is_Refused_By_MariaDB()
    {
        // Why MySqlMigrationHistoryRepository exists: GET_LOCK with a negative timeout is NULL on MariaDB.
        var result = await db.WithDbAsync(d => d.Database.SqlQueryRaw<long?>("SELECT GET_LOCK('moyeora-probe', -1) AS `Value`").SingleAsync());
        result.ShouldBeNull();
    }

    [Fact]
    public async Task Idempotent_Scripts_Are_Refused_With_A_Clear_Message()
    {
        var ex = await Should.ThrowAsync<NotSupportedException>(() => db.WithDbAsync(d =>
            Task.FromResult(d.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent))));
        ex.Message.ShouldContain("not supported on MySQL/MariaDB");
        var plain = await db.WithDbAsync(d => Task.FromResult(d.GetService<IMigrator>().GenerateScript()));
        plain.ShouldContain("CREATE TABLE `Meetups`");
    }

    [Fact]
    public async Task Korean_And_Emoji_Round_Trip_In_A_Nickname_A_Status_And_A_Chat_Message()
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var nickname = "모여라" + Random.Shared.Next(10_000, 99_999);
        var user = await SaveAsync(new User(Guid.NewGuid(), PhoneNumber.Normalize(TestData.NewPhone()), "모여라", nickname, now),
            (sp, u) =>
            {
                u.SetStatusMessage("모여라 🎉 같이 뛰어요 🏃‍♀️");
                return sp.GetRequiredService<IUserRepository>().InsertAsync(u);
            });
        var meetup = await SaveAsync(new Meetup(Guid.NewGuid(), user.Id, new MeetupDetails(
                "모여라 🎉 한강", "🎉", null, 3, now.AddDays(1), now.AddDays(1).AddHours(2), false, "여의도", 37.5, 127.0, null, ["🎉"]), now),
            (sp, m) => sp.GetRequiredService<IMeetupRepository>().InsertAsync(m));
        await SaveAsync(ChatMessage.FromMember(meetup.Id, user.Id, "모여라 🎉 😀👍🏽", now),
            (sp, m) => sp.GetRequiredService<IChatMessageRepository>().InsertAsync(m));

        var loaded = await db.WithDbAsync(d => d.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        loaded.Nickname.ShouldBe(nickname);
        loaded.Name.ShouldBe("모여라");
        loaded.StatusMessage.ShouldBe("모여라 🎉 같이 뛰어요 🏃‍♀️");
        (await db.WithDbAsync(d => d.ChatMessages.Where(m => m.MeetupId == meetup.Id && m.SenderId == user.Id).Select(m => m.Text).SingleAsync()))
            .ShouldBe("모여라 🎉 😀👍🏽");
        (await db.WithDbAsync(d => d.Meetups.AsNoTracking().SingleAsync(m => m.Id == meetup.Id))).Tags.ShouldBe(["🎉"]);
        (await db.WithDbAsync(d => d.Users.CountAsync(u => u.Nickname == nickname))).ShouldBe(1, "a Korean nickname is found by equality");
    }

    [Fact]
    public async Task Text_Compares_Byte_For_Byte_As_On_PostgreSQL()
    {
        // MariaDB's default collation is case-insensitive: two token hashes differing only in case would collide.
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var hash = "Hash-" + Guid.NewGuid().ToString("N");
        await SaveAsync(new RefreshToken(Guid.NewGuid(), TestData.AliceId, Guid.NewGuid(), hash, null, now),
            (sp, t) => sp.GetRequiredService<IRefreshTokenRepository>().InsertAsync(t));
        await SaveAsync(new RefreshToken(Guid.NewGuid(), TestData.AliceId, Guid.NewGuid(), hash.ToUpperInvariant(), null, now),
            (sp, t) => sp.GetRequiredService<IRefreshTokenRepository>().InsertAsync(t));

        (await db.WithDbAsync(d => d.RefreshTokens.CountAsync(t => t.TokenHash == hash))).ShouldBe(1);
        (await db.WithDbAsync(d => d.RefreshTokens.CountAsync(t => t.TokenHash == hash.ToLowerInvariant()))).ShouldBe(0);
        var ordered = await db.WithDbAsync(d => d.RefreshTokens.Where(t => t.TokenHash == hash || t.TokenHash == hash.ToUpperInvariant())
            .OrderBy(t => t.TokenHash).Select(t => t.TokenHash).ToListAsync());
        ordered.ShouldBe([hash.ToUpperInvariant(), hash], "upper case sorts first, byte by byte");
    }

    [Fact]
    public async Task SslMode_Required_Fails_Clearly_Against_A_Server_Without_Tls_And_Disabled_Works()
    {
        var server = await MariaDbServer.GetAsync();
        var name = new MySqlConnectionStringBuilder(db.ConnectionString).Database;

        await using (var disabled = Context(server.ConnectionString(name, sslMode: "Disabled")))
        {
            (await disabled.Database.CanConnectAsync()).ShouldBeTrue();
        }

        await using var required = Context(server.ConnectionString(name, sslMode: "Required"));
        var ex = await Should.ThrowAsync<MySqlException>(() => required.Database.OpenConnectionAsync());
        ex.Message.ShouldContain("SSL", Case.Insensitive);
    }

    [Fact]
    public void Deletes_Use_The_Multi_Table_Form_MariaDB_Accepts()
    {
        MariaDbDeleteSyntax.Rewrite("DELETE FROM `Blocks` AS `b`\nWHERE `b`.`BlockerId` = @p")
            .ShouldBe("DELETE `b` FROM `Blocks` AS `b`\nWHERE `b`.`BlockerId` = @p");
        MariaDbDeleteSyntax.Rewrite("SELECT 1").ShouldBe("SELECT 1");
    }
}
