using Microsoft.EntityFrameworkCore;
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
        var actual = migrated.Where(t => !t.Name.StartsWith(QuartzSchema.TablePrefix, StringComparison.Ordinal)).ToList();
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
    public async Task Quartz_Tables_Are_Migrated_Only_Where_The_Clustered_Store_Runs()
    {
        var tables = await db.WithDbAsync(async context => (await DatabaseSchema.FromDatabaseAsync(context)).Select(t => t.Name).ToList());
        var quartz = tables.Where(t => t.StartsWith(QuartzSchema.TablePrefix, StringComparison.Ordinal)).ToList();
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            quartz.ShouldContain("qrtz_triggers");
            quartz.ShouldContain("qrtz_locks");
            quartz.ShouldContain("qrtz_scheduler_state");
            quartz.ShouldContain("qrtz_fired_triggers");
            quartz.Count.ShouldBe(QuartzSchema.PostgresStatements().Count(s => s.StartsWith("CREATE TABLE", StringComparison.Ordinal)));
        }
        else
        {
            quartz.ShouldBeEmpty("the embedded default keeps Quartz in memory");
        }
    }

    [Fact]
    public async Task No_Migration_Should_Be_Pending()
    {
        var pending = await db.WithDbAsync(async context => (await context.Database.GetPendingMigrationsAsync()).ToList());
        pending.ShouldBeEmpty();
        var applied = await db.WithDbAsync(async context => (await context.Database.GetAppliedMigrationsAsync()).ToList());
        applied.ShouldContain("20261121000000_Initial");
        applied.ShouldContain("20261121020000_Jobs");
    }
}

public sealed class Schema_Sqlite_Tests(SqliteFixture db) : Schema_Tests(db), IClassFixture<SqliteFixture>;

public sealed class Schema_PostgreSql_Tests(PostgreSqlFixture db) : Schema_Tests(db), IClassFixture<PostgreSqlFixture>;
