using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Moyeora.EntityFrameworkCore;

/// <summary>
/// Hangfire's job storage tables on PostgreSQL, in their own schema. Prepared by whoever applies the migrations
/// (the DbMigrator or the node with <c>Database:MigrateOnStartup</c>), never by every starting node: the host's
/// storage is configured not to install anything. An advisory lock serialises two migrators started together.
/// </summary>
public static class HangfireSchema
{
    public const string SchemaName = "hangfire";

    // Any constant shared by every migrator of this database; "Hangfire" in ASCII.
    private const long InstallLock = 0x48616E6766697265;

    public static async Task PrepareAsync(MoyeoraDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsNpgsql())
        {
            return; // the embedded default keeps jobs in memory
        }

        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({InstallLock})", connection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            // Idempotent: applies only the scripts newer than the schema's recorded version.
            PostgreSqlObjectsInstaller.Install(connection, SchemaName);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({InstallLock})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
