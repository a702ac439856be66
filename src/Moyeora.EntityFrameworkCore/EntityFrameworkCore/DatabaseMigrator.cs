using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Moyeora.Data;
using MySql.EntityFrameworkCore.Extensions;

namespace Moyeora.EntityFrameworkCore;

internal sealed class DatabaseMigrator(MoyeoraDbContext db, IEnumerable<IDataSeeder> seeders, ILogger<DatabaseMigrator> logger) : IDatabaseMigrator
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite() && db.Database.GetDbConnection() is SqliteConnection { DataSource: var file } && !string.IsNullOrEmpty(file)
            && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        if (db.Database.IsMySql())
        {
            // Tables created from here on are 4-byte UTF-8 and compare byte for byte (see MySqlModel); idempotent.
            await db.Database.ExecuteSqlRawAsync(
                $"ALTER DATABASE CHARACTER SET {MySqlModel.CharSet} COLLATE {MySqlModel.Collation}", cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Readers never wait for the writer, and writers queue instead of failing at once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await HangfireSchema.PrepareAsync(db, cancellationToken);
        logger.LogInformation("Database is up to date ({Count} migrations applied)", pending.Count);
        foreach (var seeder in seeders)
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }
}
