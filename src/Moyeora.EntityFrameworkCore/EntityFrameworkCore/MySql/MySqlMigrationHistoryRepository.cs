using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Moyeora.EntityFrameworkCore;

/// <summary>
/// The migrations history of MySQL/MariaDB with a migration lock that works on both. The provider's own history
/// repository waits for its lock with <c>GET_LOCK(name, -1)</c>; MariaDB answers a negative timeout with NULL,
/// so <c>Database.Migrate()</c> fails there before doing anything. This one waits in bounded rounds instead and
/// holds the session lock for the whole run, so two migrators started together apply each migration once.
/// </summary>
/// <remarks>
/// Idempotent scripts (<c>migrations script --idempotent</c>) are refused with a clear message: MySQL has no
/// <c>IF ... BEGIN</c> outside stored programs. Apply a plain script or run the DbMigrator.
/// </remarks>
public sealed class MySqlMigrationHistoryRepository(HistoryRepositoryDependencies dependencies) : HistoryRepository(dependencies)
{
    /// <summary>One name for every migrator of a database (locks are per server, so the database name is part of it).</summary>
    internal const string LockName = "__EFMigrationsLock";

    private static readonly TimeSpan Round = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(10);

    public override LockReleaseBehavior LockReleaseBehavior => LockReleaseBehavior.Connection;

    protected override string ExistsSql =>
        $"SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '{TableName.Replace("'", "''", StringComparison.Ordinal)}'";

    protected override bool InterpretExistsResult(object? value) => value is not null and not DBNull;

    public override string GetCreateIfNotExistsScript()
    {
        var script = GetCreateScript();
        const string create = "CREATE TABLE ";
        var at = script.IndexOf(create, StringComparison.Ordinal);
        return at < 0 ? script : script.Insert(at + create.Length, "IF NOT EXISTS ");
    }

    public override string GetBeginIfNotExistsScript(string migrationId) => throw IdempotentScriptsUnsupported();

    public override string GetBeginIfExistsScript(string migrationId) => throw IdempotentScriptsUnsupported();

    public override string GetEndIfScript() => throw IdempotentScriptsUnsupported();

    public override IMigrationsDatabaseLock AcquireDatabaseLock()
    {
        var started = Environment.TickCount64;
        while (!TryTake(Command(GetLockSql()).ExecuteScalar(Parameters())))
        {
            ThrowIfWaitedTooLong(started);
        }

        return new Lock(this);
    }

    public override async Task<IMigrationsDatabaseLock> AcquireDatabaseLockAsync(CancellationToken cancellationToken = default)
    {
        var started = Environment.TickCount64;
        while (!TryTake(await Command(GetLockSql()).ExecuteScalarAsync(Parameters(), cancellationToken)))
        {
            ThrowIfWaitedTooLong(started);
        }

        return new Lock(this);
    }

    private string GetLockSql() => $"SELECT GET_LOCK(CONCAT(DATABASE(), '.{LockName}'), {(int)Round.TotalSeconds})";

    private const string ReleaseSql = $"SELECT RELEASE_LOCK(CONCAT(DATABASE(), '.{LockName}'))";

    /// <summary>1: taken; 0: still held by another migrator after one round; NULL: the server refused.</summary>
    private static bool TryTake(object? result) => result switch
    {
        null or DBNull => throw new InvalidOperationException("The MySQL/MariaDB server refused the migration lock (GET_LOCK returned NULL)."),
        _ => Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture) == 1,
    };

    private static void ThrowIfWaitedTooLong(long started)
    {
        if (TimeSpan.FromMilliseconds(Environment.TickCount64 - started) > MaxWait)
        {
            throw new TimeoutException($"Another migrator held the migration lock for more than {MaxWait.TotalMinutes} minutes.");
        }
    }

    private static NotSupportedException IdempotentScriptsUnsupported() => new(
        "Idempotent migration scripts are not supported on MySQL/MariaDB. Generate a plain script from the database's last applied "
        + "migration ('dotnet ef migrations script <from> <to>') or run the DbMigrator, which takes the migration lock.");

    private IRelationalCommand Command(string sql) => Dependencies.RawSqlCommandBuilder.Build(sql);

    private RelationalCommandParameterObject Parameters() => new(
        Dependencies.Connection, null, null, Dependencies.CurrentContext.Context, Dependencies.CommandLogger, CommandSource.Migrations);

    private sealed class Lock(MySqlMigrationHistoryRepository repository) : IMigrationsDatabaseLock
    {
        public IHistoryRepository HistoryRepository => repository;

        public IMigrationsDatabaseLock ReacquireIfNeeded(bool connectionReopened, bool? transactionRestarted) =>
            connectionReopened ? repository.AcquireDatabaseLock() : this;

        public async Task<IMigrationsDatabaseLock> ReacquireIfNeededAsync(bool connectionReopened, bool? transactionRestarted,
            CancellationToken cancellationToken = default) =>
            connectionReopened ? await repository.AcquireDatabaseLockAsync(cancellationToken) : this;

        public void Dispose() => repository.Command(ReleaseSql).ExecuteScalar(repository.Parameters());

        public async ValueTask DisposeAsync() => await repository.Command(ReleaseSql).ExecuteScalarAsync(repository.Parameters());
    }
}
