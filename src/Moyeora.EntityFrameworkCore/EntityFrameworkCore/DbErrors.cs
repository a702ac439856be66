using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MySql.Data.MySqlClient;
using Npgsql;

namespace Moyeora.EntityFrameworkCore;

internal static class DbErrors
{
    // MySQL/MariaDB server error numbers.
    private const int MySqlDuplicateEntry = 1062;
    private const int MySqlLockWaitTimeout = 1205;
    private const int MySqlDeadlock = 1213;

    /// <summary>Another writer holds the database (SQLite SQLITE_BUSY / SQLITE_LOCKED, PostgreSQL serialization or deadlock,
    /// MySQL deadlock or lock wait timeout): try again.</summary>
    public static bool IsTransientConflict(Exception exception) => (exception is DbUpdateException { InnerException: { } inner } ? inner : exception) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6,
        PostgresException pg => pg.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
        MySqlException my => my.Number is MySqlDeadlock or MySqlLockWaitTimeout,
        _ => false,
    };

    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555, // SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY
        MySqlException my => my.Number == MySqlDuplicateEntry,
        _ => false,
    };
}
