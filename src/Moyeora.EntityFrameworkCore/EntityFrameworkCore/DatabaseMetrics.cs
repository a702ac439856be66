using System.Data.Common;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Moyeora.EntityFrameworkCore;

/// <summary>
/// Database calls as this node sees them (meter <c>Moyeora.Database</c>): the duration of every command by kind and
/// outcome, and failed connection attempts. Tags: the database system and the kind of call, never SQL or values.
/// </summary>
public sealed class DatabaseMetrics
{
    public const string MeterName = "Moyeora.Database";

    private static readonly IReadOnlyList<double> LatencyBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly Histogram<double> _duration;
    private readonly Counter<long> _connectionFailures;
    private readonly string _system;

    public DatabaseMetrics(IMeterFactory meters, DatabaseSettings database)
    {
        _system = database.Provider switch
        {
            DatabaseProvider.PostgreSql => "postgresql",
            DatabaseProvider.MySql => "mysql",
            _ => "sqlite",
        };
        var meter = meters.Create(MeterName);
        _duration = meter.CreateHistogram("moyeora.db.command.duration", "s",
            "Database commands, by kind (query, non_query, scalar); error.type names the exception of a failed or cancelled one.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _connectionFailures = meter.CreateCounter<long>("moyeora.db.connection.failures", "{failure}",
            "Attempts to open a database connection that failed, by error.type.");
        Commands = new CommandTimer(this);
        Connections = new ConnectionWatcher(this);
    }

    /// <summary>Added to every DbContext of the host (after the provider's own interceptors).</summary>
    public IInterceptor Commands { get; }

    public IInterceptor Connections { get; }

    private void Record(DbCommandMethod method, TimeSpan duration, Exception? error)
    {
        var tags = new TagList
        {
            { "db.system.name", _system },
            {
                "db.operation.kind", method switch
                {
                    DbCommandMethod.ExecuteNonQuery => "non_query",
                    DbCommandMethod.ExecuteScalar => "scalar",
                    _ => "query",
                }
            },
        };
        if (error is not null)
        {
            tags.Add("error.type", error is OperationCanceledException ? "canceled" : error.GetType().Name);
        }

        _duration.Record(duration.TotalSeconds, tags);
    }

    private void ConnectionFailed(Exception error) =>
        _connectionFailures.Add(1, new TagList { { "db.system.name", _system }, { "error.type", error.GetType().Name } });

    private sealed class CommandTimer(DatabaseMetrics metrics) : DbCommandInterceptor
    {
        public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
        {
            metrics.Record(eventData.ExecuteMethod, eventData.Duration, null);
            return result;
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            metrics.Record(eventData.ExecuteMethod, eventData.Duration, null);
            return ValueTask.FromResult(result);
        }

        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            metrics.Record(eventData.ExecuteMethod, eventData.Duration, null);
            return result;
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            metrics.Record(eventData.ExecuteMethod, eventData.Duration, null);
            return ValueTask.FromResult(result);
        }

        public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
        {
            metrics.Record(eventData.ExecuteMethod, eventData.Duration, null);
            return result;
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            metrics.Record(eventData.ExecuteMethod, eventData.Duration, null);
            return ValueTask.FromResult(result);
        }

        public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
            metrics.Record(eventData.ExecuteMethod, eventData.Duration, eventData.Exception);

        public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            metrics.Record(eventData.ExecuteMethod, eventData.Duration, eventData.Exception);
            return Task.CompletedTask;
        }

        public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) =>
            metrics.Record(eventData.ExecuteMethod, eventData.Duration, new OperationCanceledException());

        public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
        {
            metrics.Record(eventData.ExecuteMethod, eventData.Duration, new OperationCanceledException());
            return Task.CompletedTask;
        }
    }

    private sealed class ConnectionWatcher(DatabaseMetrics metrics) : DbConnectionInterceptor
    {
        public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => metrics.ConnectionFailed(eventData.Exception);

        public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            metrics.ConnectionFailed(eventData.Exception);
            return Task.CompletedTask;
        }
    }
}
