using System.Data.Common;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.TestBase.Servers;
using MySql.Data.MySqlClient;
using Npgsql;

namespace Moyeora.EntityFrameworkCore.Tests;

/// <summary>The DbMigrator console, run as an operator would, against a fresh database of each production provider.</summary>
public abstract class DbMigrator_Tests
{
    protected abstract DatabaseProvider Provider { get; }

    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract DbConnection Connect(string connectionString);

    /// <summary>A connection string of this provider to a port nothing listens on.</summary>
    protected abstract string Unreachable(int closedPort);

    /// <summary>Quotes an identifier in the provider's SQL.</summary>
    protected abstract string Q(string identifier);

    [Fact]
    public async Task Should_Migrate_And_Seed_A_Fresh_Database_Idempotently()
    {
        var connectionString = await CreateDatabaseAsync();

        var first = await RunMigratorAsync(connectionString);
        first.ExitCode.ShouldBe(0, first.Output);
        first.Output.ShouldContain("Migrations applied and data seeded.");
        var second = await RunMigratorAsync(connectionString);
        second.ExitCode.ShouldBe(0, second.Output); // a second run changes nothing and does not fail

        await using var connection = Connect(connectionString);
        await connection.OpenAsync();
        var migrations = System.Reflection.Assembly.Load(DatabaseSettings.MigrationsAssemblyOf(Provider)).GetTypes()
            .Count(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).Length > 0);
        migrations.ShouldBeGreaterThan(0);
        (await CountAsync(connection, $"SELECT count(*) FROM {Q("__EFMigrationsHistory")}")).ShouldBe(migrations);
        (await CountAsync(connection, $"SELECT count(*) FROM {Q("Roles")}")).ShouldBe(2);
        (await CountAsync(connection, $"SELECT count(*) FROM {Q("Users")} WHERE {Q("PhoneNumber")} = '+821077770000'")).ShouldBe(1);
        (await CountAsync(connection, $"""
            SELECT count(*) FROM {Q("UserRoles")} ur JOIN {Q("Roles")} r ON r.{Q("Id")} = ur.{Q("RoleId")}
            JOIN {Q("Users")} u ON u.{Q("Id")} = ur.{Q("UserId")} WHERE r.{Q("Name")} = 'admin' AND u.{Q("PhoneNumber")} = '+821077770000'
            """)).ShouldBe(1);
        await AssertProviderSpecificsAsync(connection);
    }

    /// <summary>What else a migrated database of this provider must show.</summary>
    protected virtual Task AssertProviderSpecificsAsync(DbConnection connection) => Task.CompletedTask;

    [Fact]
    public async Task Should_Fail_With_A_Clear_Exit_Code_When_The_Database_Is_Unreachable()
    {
        var run = await RunMigratorAsync(Unreachable(ProcessRunner.FreeLoopbackPort()));
        run.ExitCode.ShouldBe(1, run.Output);
        run.Output.ShouldContain("Migration failed");
    }

    private static async Task<long> CountAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static async Task<(int ExitCode, string Output)> RunMigratorAsync(string connectionString)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Moyeora.DbMigrator.dll"));
        info.Environment["ConnectionStrings__Default"] = connectionString;
        info.Environment["Seed__Admin__PhoneNumber"] = "010-7777-0000";
        info.Environment["Seed__Admin__Password"] = "migrator-pass-1";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}

public sealed class DbMigrator_PostgreSql_Tests : DbMigrator_Tests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override async Task<string> CreateDatabaseAsync() => await (await PostgreSqlServer.GetAsync()).CreateDatabaseAsync();

    protected override DbConnection Connect(string connectionString) => new NpgsqlConnection(connectionString);

    protected override string Unreachable(int closedPort) => $"Host=127.0.0.1;Port={closedPort};Username=postgres;Database=none;Timeout=2";

    protected override string Q(string identifier) => $"\"{identifier}\"";
}

public sealed class DbMigrator_MariaDb_Tests : DbMigrator_Tests
{
    protected override DatabaseProvider Provider => DatabaseProvider.MySql;

    /// <summary>An operator's plain <c>CREATE DATABASE</c>, in the server's default character set (latin1).</summary>
    protected override async Task<string> CreateDatabaseAsync() => await (await MariaDbServer.GetAsync()).CreateDatabaseAsync(serverDefaults: true);

    protected override DbConnection Connect(string connectionString) => new MySqlConnection(connectionString);

    protected override async Task AssertProviderSpecificsAsync(DbConnection connection)
    {
        // The migrator made every text column 4-byte UTF-8 and byte-wise, whatever the database was created with.
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT DISTINCT concat(character_set_name, '/', collation_name) FROM information_schema.columns
            WHERE table_schema = DATABASE() AND collation_name IS NOT NULL AND table_name <> '__EFMigrationsHistory'
            """;
        var collations = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            collations.Add(reader.GetString(0));
        }

        collations.ShouldBe(["utf8mb4/utf8mb4_bin"]);
    }

    protected override string Unreachable(int closedPort) => $"Server=127.0.0.1;Port={closedPort};Uid=moyeora;Database=none;SslMode=Disabled;Connection Timeout=2";

    protected override string Q(string identifier) => $"`{identifier}`";
}
