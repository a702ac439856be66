using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Moyeora.TestBase.Servers;
using Npgsql;

namespace Moyeora.EntityFrameworkCore.Tests;

/// <summary>The DbMigrator console, run as an operator would, against a fresh PostgreSQL database.</summary>
public sealed class DbMigrator_Tests
{
    [Fact]
    public async Task Should_Migrate_And_Seed_A_Fresh_Database_Idempotently()
    {
        var server = await PostgreSqlServer.GetAsync();
        var connectionString = await server.CreateDatabaseAsync();

        var first = await RunMigratorAsync(connectionString);
        first.ExitCode.ShouldBe(0, first.Output);
        first.Output.ShouldContain("Migrations applied and data seeded.");
        var second = await RunMigratorAsync(connectionString);
        second.ExitCode.ShouldBe(0, second.Output); // a second run changes nothing and does not fail

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var migrations = typeof(MoyeoraDbContext).Assembly.GetTypes()
            .Count(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).Length > 0);
        (await ScalarAsync(connection, "SELECT count(*) FROM \"__EFMigrationsHistory\"")).ShouldBe((long)migrations);
        (await ScalarAsync(connection, "SELECT count(*) FROM \"Roles\"")).ShouldBe(2L);
        (await ScalarAsync(connection, "SELECT count(*) FROM \"Users\" WHERE \"PhoneNumber\" = '+821077770000'")).ShouldBe(1L);
        (await ScalarAsync(connection, """
            SELECT count(*) FROM "UserRoles" ur JOIN "Roles" r ON r."Id" = ur."RoleId"
            JOIN "Users" u ON u."Id" = ur."UserId" WHERE r."Name" = 'admin' AND u."PhoneNumber" = '+821077770000'
            """)).ShouldBe(1L);
    }

    [Fact]
    public async Task Should_Fail_With_A_Clear_Exit_Code_When_The_Database_Is_Unreachable()
    {
        var closedPort = ProcessRunner.FreeLoopbackPort();
        var run = await RunMigratorAsync($"Host=127.0.0.1;Port={closedPort};Username=postgres;Database=none;Timeout=2");
        run.ExitCode.ShouldBe(1, run.Output);
        run.Output.ShouldContain("Migration failed");
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<(int ExitCode, string Output)> RunMigratorAsync(string connectionString)
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
