using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Moyeora.Migrations;
using Moyeora.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Moyeora.EntityFrameworkCore.Tests;

/// <summary>The hand-written migrations must produce exactly the schema the EF model expects.</summary>
public abstract class Schema_Tests(DatabaseFixture db)
{
    [Fact]
    public async Task Migrated_Schema_Should_Match_The_Model()
    {
        var (expected, migrated) = await db.WithDbAsync(async context => (DatabaseSchema.FromModel(context), await DatabaseSchema.FromDatabaseAsync(context)));
        var actual = migrated;
        actual.Select(t => t.Name).ShouldBe(expected.Select(t => t.Name));
        foreach (var table in expected)
        {
            var live = actual.Single(t => t.Name == table.Name);
            live.Columns.ShouldBe(table.Columns, $"columns of {table.Name}");
            live.PrimaryKey.ShouldBe(table.PrimaryKey, $"primary key of {table.Name}");
            live.Indexes.ShouldBe(table.Indexes, $"indexes of {table.Name}");
            live.ForeignKeys.ShouldBe(table.ForeignKeys, $"foreign keys of {table.Name}");
        }
    }

    [Fact]
    public async Task Hangfire_Storage_Is_Prepared_Only_Where_It_Lives_In_The_Database()
    {
        var tables = await db.WithDbAsync(async context => context.Database.IsNpgsql()
            ? await context.Database.SqlQueryRaw<string>(
                $"SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = '{HangfireSchema.SchemaName}'").ToListAsync()
            : []);
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            tables.ShouldContain("job");
            tables.ShouldContain("server");
            tables.ShouldContain("lock");
            tables.ShouldContain("schema");
        }
        else
        {
            tables.ShouldBeEmpty("the embedded default keeps Hangfire in memory");
        }

        // Preparing again (a second migrator, a restart) is harmless.
        await db.WithDbAsync(async context =>
        {
            await HangfireSchema.PrepareAsync(context);
            return 0;
        });
    }

    [Fact]
    public async Task Quartz_Tables_Left_By_Earlier_Migrations_Are_Dropped()
    {
        var tables = await db.WithDbAsync(async context => (await DatabaseSchema.FromDatabaseAsync(context)).Select(t => t.Name).ToList());
        tables.ShouldNotContain(t => t.StartsWith("qrtz_", StringComparison.Ordinal));
        if (db.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        // A database migrated while Quartz ran: step back before DropQuartz, leave Quartz tables, migrate again.
        var left = await db.WithDbAsync(async context =>
        {
            var migrator = context.GetService<IMigrator>();
            await migrator.MigrateAsync("20261130000000_SecurityStamp");
            await context.Database.ExecuteSqlRawAsync(
                "CREATE TABLE qrtz_job_details (sched_name text, job_name text, PRIMARY KEY (sched_name, job_name)); " +
                "CREATE TABLE qrtz_triggers (sched_name text, trigger_name text, job_name text, PRIMARY KEY (sched_name, trigger_name), " +
                "FOREIGN KEY (sched_name, job_name) REFERENCES qrtz_job_details (sched_name, job_name)); CREATE TABLE qrtz_locks (lock_name text);");
            await migrator.MigrateAsync();
            return (await DatabaseSchema.FromDatabaseAsync(context)).Select(t => t.Name).Where(t => t.StartsWith("qrtz_", StringComparison.Ordinal)).ToList();
        });
        left.ShouldBeEmpty();
        DropQuartz.QuartzTables.ShouldContain("qrtz_fired_triggers");
    }

    [Fact]
    public async Task No_Migration_Should_Be_Pending()
    {
        var pending = await db.WithDbAsync(async context => (await context.Database.GetPendingMigrationsAsync()).ToList());
        pending.ShouldBeEmpty();
        var applied = await db.WithDbAsync(async context => (await context.Database.GetAppliedMigrationsAsync()).ToList());
        applied.ShouldContain("20261121000000_Initial");
        applied.ShouldContain("20261121020000_Jobs");
        applied.ShouldContain("20261130010000_DropQuartz");
    }
}

public sealed class Schema_Sqlite_Tests(SqliteFixture db) : Schema_Tests(db), IClassFixture<SqliteFixture>;

public sealed class Schema_PostgreSql_Tests(PostgreSqlFixture db) : Schema_Tests(db), IClassFixture<PostgreSqlFixture>;
