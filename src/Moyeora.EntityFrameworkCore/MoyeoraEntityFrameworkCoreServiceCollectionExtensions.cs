using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Moyeora.Chat;
using Moyeora.Data;
using Moyeora.Friends;
using Moyeora.Jobs;
using Moyeora.Meetups;
using Moyeora.Notifications;
using Moyeora.Domain;
using Moyeora.EntityFrameworkCore;
using Moyeora.Repositories;
using Moyeora.Roles;
using Moyeora.Outbound;
using Moyeora.Users;
using Moyeora.Verification;

namespace Microsoft.Extensions.DependencyInjection;

public static class MoyeoraEntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary><c>ConnectionStrings:Default</c> chooses the database (see <see cref="DatabaseSettings.From"/>).</summary>
    public static IServiceCollection AddMoyeoraEntityFrameworkCore(this IServiceCollection services, IConfiguration configuration, string defaultDataDirectory)
    {
        var database = DatabaseSettings.From(configuration, defaultDataDirectory);
        services.AddSingleton(database);
        services.AddMetrics();
        services.AddSingleton<DatabaseMetrics>();
        services.AddDbContext<MoyeoraDbContext>((sp, options) =>
        {
            var metrics = sp.GetRequiredService<DatabaseMetrics>();
            database.Configure(options).AddInterceptors(metrics.Commands, metrics.Connections);
        });
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<MoyeoraDbContext>());
        services.AddScoped<IUserRepository, UserRepository>();
        services.AddScoped<IRoleRepository, RoleRepository>();
        services.AddScoped<Moyeora.Settings.IOperationalSettingsRepository, OperationalSettingsRepository>();
        services.AddScoped<IVerificationCodeRepository, VerificationCodeRepository>();
        services.AddScoped<IRefreshTokenRepository, RefreshTokenRepository>();
        services.AddScoped<IOutboxMessageRepository, OutboxMessageRepository>();
        services.AddScoped<IPendingOutboundRepository, PendingOutboundRepository>();
        services.AddScoped<IMeetupRepository, MeetupRepository>();
        services.AddScoped<IChatMessageRepository, ChatMessageRepository>();
        var chat = new ChatWriteOptions();
        configuration.GetSection("Chat").Bind(chat);
        services.AddSingleton(chat);
        services.AddSingleton<ChatMessageBatchWriter>();
        services.AddSingleton<IChatMessageWriter>(sp => sp.GetRequiredService<ChatMessageBatchWriter>());
        services.AddScoped<INotificationRepository, NotificationRepository>();
        services.AddScoped<IJobRecordRepository, JobRecordRepository>();
        services.AddScoped<IFriendshipRepository, FriendshipRepository>();
        services.AddScoped<IBlockRepository, BlockRepository>();
        services.AddScoped<Moyeora.Ratings.IPeerRatingRepository, PeerRatingRepository>();
        services.AddScoped<Moyeora.Reports.IReportRepository, ReportRepository>();
        services.AddScoped<Moyeora.Administration.IDashboardRepository, DashboardRepository>();
        services.AddScoped<Moyeora.Auditing.IAuditTrail, AuditTrail>();
        services.AddScoped<Moyeora.Auditing.IAuditLogRepository, AuditLogRepository>();
        services.AddScoped<Moyeora.Security.ISecurityLog, SecurityLog>();
        services.AddScoped<Moyeora.Security.ISecurityLogRepository, SecurityLogRepository>();
        services.AddScoped<IDatabaseMigrator, DatabaseMigrator>();
        return services;
    }
}

/// <summary>Which provider and connection the product runs on, decided once from configuration.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>Optional override of the rule below: <c>Sqlite</c>, <c>PostgreSql</c> or <c>MySql</c>.</summary>
    public const string ProviderKey = "Database:Provider";

    /// <summary>
    /// The connection string alone decides: empty means the embedded SQLite file <c>{defaultDataDirectory}/moyeora.db</c>;
    /// <c>Data Source=</c>/<c>Filename=</c> means SQLite; <c>Host=</c> means PostgreSQL; <c>Server=</c> (without <c>Host=</c>)
    /// means MySQL/MariaDB. <c>Database:Provider</c> overrides the rule for a string that reads otherwise.
    /// </summary>
    public static DatabaseSettings From(IConfiguration configuration, string defaultDataDirectory)
    {
        var connectionString = configuration.GetConnectionString("Default");
        var configured = configuration[ProviderKey];
        DatabaseProvider? forced = null;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            forced = Enum.TryParse<DatabaseProvider>(configured, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new InvalidOperationException(
                    $"{ProviderKey} = '{configured}' is not a database provider; use one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return forced is null or DatabaseProvider.Sqlite
                ? new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(defaultDataDirectory, "moyeora.db")}")
                : throw new InvalidOperationException($"{ProviderKey} = {forced} needs ConnectionStrings:Default.");
        }

        var provider = forced ?? Detect(connectionString);
        return new DatabaseSettings(provider, WithConnectTimeout(provider, connectionString));
    }

    /// <summary>Seconds to open a connection (or wait for one from the pool) when the connection string does not say.</summary>
    public const int DefaultConnectTimeoutSeconds = 5;

    /// <summary>
    /// A database that is down or hangs must not hold requests for the drivers' default 15 s: without a connect timeout of
    /// its own, a PostgreSQL or MySQL connection string gets <see cref="DefaultConnectTimeoutSeconds"/> (README "Resilience").
    /// </summary>
    internal static string WithConnectTimeout(DatabaseProvider provider, string connectionString)
    {
        var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        string[] keys = provider switch
        {
            DatabaseProvider.PostgreSql => ["Timeout", "Connect Timeout", "Connection Timeout"],
            DatabaseProvider.MySql => ["Connection Timeout", "Connect Timeout", "ConnectionTimeout", "Timeout"],
            _ => [],
        };
        return keys.Length == 0 || keys.Any(builder.ContainsKey)
            ? connectionString
            : connectionString.TrimEnd(';', ' ') + $";{keys[0]}={DefaultConnectTimeoutSeconds}";
    }

    /// <summary>The provider a connection string names by its keywords (see <see cref="From"/>).</summary>
    public static DatabaseProvider Detect(string connectionString)
    {
        var builder = new System.Data.Common.DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException("ConnectionStrings:Default is not a valid connection string (key=value;...).", ex);
        }

        if (builder.ContainsKey("Data Source") || builder.ContainsKey("Filename") || builder.ContainsKey("DataSource"))
        {
            return DatabaseProvider.Sqlite;
        }

        if (builder.ContainsKey("Host"))
        {
            return DatabaseProvider.PostgreSql;
        }

        if (builder.ContainsKey("Server"))
        {
            return DatabaseProvider.MySql;
        }

        throw new InvalidOperationException(
            $"ConnectionStrings:Default names no known database: use Data Source= (SQLite), Host= (PostgreSQL) or Server= (MySQL/MariaDB), or set {ProviderKey}.");
    }

    /// <summary>The assembly holding the generated migrations of each provider (chosen with <c>MigrationsAssembly</c>).</summary>
    public static string MigrationsAssemblyOf(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Moyeora.EntityFrameworkCore.Sqlite",
        DatabaseProvider.PostgreSql => "Moyeora.EntityFrameworkCore.PostgreSql",
        DatabaseProvider.MySql => "Moyeora.EntityFrameworkCore.MySql",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    private static readonly SqliteConnectionSetup SqliteSetup = new();

    /// <summary>
    /// MySQL connections talk the server's default character set unless told otherwise (latin1 on a plain MariaDB), which
    /// turns Korean and emoji into '?': a connection string without <c>CharSet</c> gets utf8mb4.
    /// </summary>
    internal static string WithUtf8Mb4(string connectionString)
    {
        var builder = new MySql.Data.MySqlClient.MySqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.CharacterSet))
        {
            builder.CharacterSet = "utf8mb4";
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// PostgreSQL default for a hot, small-statement workload, only where the connection string does not set it:
    /// <c>Max Auto Prepare=64</c> (a statement run five times is prepared on its connection: the server no longer parses
    /// and plans the chat access check or the join's reads every time; Npgsql's reset of a pooled connection keeps
    /// them). <c>No Reset On Close</c> is left off: with it, a node stopped while its database hung waited out the
    /// 30 s command timeout instead of its 10 s shutdown timeout (the SlowDependency fault test).
    /// </summary>
    internal static string WithPostgresDefaults(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }

    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options)
    {
        var migrations = MigrationsAssemblyOf(Provider);
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(migrations)).AddInterceptors(SqliteSetup);
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(WithPostgresDefaults(ConnectionString), o => o.MigrationsAssembly(migrations));
                break;
            case DatabaseProvider.MySql:
                options.UseMySQL(WithUtf8Mb4(ConnectionString), o => o.MigrationsAssembly(migrations)).AddInterceptors(MariaDbDeleteSyntax.Instance);
                // The provider's own migration lock waits with GET_LOCK(..., -1), which MariaDB answers with NULL.
                options.ReplaceService<IHistoryRepository, MySqlMigrationHistoryRepository>();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(Provider), Provider, null);
        }

        return options;
    }
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    MySql,
}
