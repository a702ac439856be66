using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Moyeora.EntityFrameworkCore;

/// <summary>
/// Every SQLite connection commits in WAL mode with <c>synchronous=NORMAL</c>: a commit no longer waits for
/// the disk (the WAL is synced at checkpoints), which multiplies write throughput; a crash of the process
/// loses nothing, a power cut at most the last moments of writes — SQLite's own advice for WAL.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
