using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Moyeora.Data;

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
