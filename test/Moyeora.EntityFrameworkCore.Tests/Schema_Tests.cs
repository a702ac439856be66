using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Moyeora.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Moyeora.EntityFrameworkCore.Tests;

/// <summary>The generated migrations of each provider must produce exactly the schema the EF model expects.</summary>
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
    public async Task No_Migration_Should_Be_Pending()
    {
        var pending = await db.WithDbAsync(async context => (await context.Database.GetPendingMigrationsAsync()).ToList());
        pending.ShouldBeEmpty();
        var applied = await db.WithDbAsync(async context => (await context.Database.GetAppliedMigrationsAsync()).ToList());
        applied.ShouldNotBeEmpty();
        applied.ShouldBe(await db.WithDbAsync(context => Task.FromResult(context.Database.GetMigrations().ToList())));
    }

    [Fact]
    public async Task Generated_Migrations_Should_Match_The_Model()
    {
        // Fails when the model changed without a migration: run etc/migrations-add.sh <Name> (see the README).
        var drift = await db.WithDbAsync(context => Task.FromResult(context.Database.HasPendingModelChanges()));
        drift.ShouldBeFalse("the model has changes no generated migration holds");
    }

    [Fact]
    public async Task Migrations_Come_From_The_Providers_Own_Assembly()
    {
        var assembly = await db.WithDbAsync(context => Task.FromResult(context.GetService<IMigrationsAssembly>().Assembly.GetName().Name));
        assembly.ShouldBe(Microsoft.Extensions.DependencyInjection.DatabaseSettings.MigrationsAssemblyOf(db.Provider));
    }
}

public sealed class Schema_Sqlite_Tests(SqliteFixture db) : Schema_Tests(db), IClassFixture<SqliteFixture>;

public sealed class Schema_PostgreSql_Tests(PostgreSqlFixture db) : Schema_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class Schema_MariaDb_Tests(MariaDbFixture db) : Schema_Tests(db), IClassFixture<MariaDbFixture>;
