using System.Data.Common;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Moyeora.Hosting;

/// <summary>
/// Tells a dependency that is down or too slow (the database restarting, Redis gone, a connection or command timing
/// out) from a fault in our own code: the first is answered with 503 <see cref="MoyeoraErrorCodes.ServiceUnavailable"/>
/// and a Retry-After (the client tries again), the second stays a 500 <see cref="MoyeoraErrorCodes.InternalError"/>.
/// </summary>
public static class DependencyFailure
{
    /// <summary>Seconds a client is told to wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    public static bool IsUnavailable(Exception exception)
    {
        for (Exception? cause = exception; cause is not null; cause = cause.InnerException)
        {
            switch (cause)
            {
                case RedisConnectionException or RedisTimeoutException:
                case DbException { IsTransient: true }:
                case SocketException:
                case TimeoutException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsUnavailable):
                    return true;
            }

            // Npgsql reports a server that shuts down or is starting up (57P01, 57P03) as PostgresException, not
            // always transient; the connection pool's "no connection available in time" likewise.
            if (cause is DbException db && db.SqlState is { } state && (state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("08", StringComparison.Ordinal) || state == "53300"))
            {
                return true;
            }
        }

        return false;
    }
}
