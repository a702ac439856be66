using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
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
    /// <summary>
    /// <c>ConnectionStrings:Default</c> chooses the database: empty means the embedded SQLite file
    /// <c>{defaultDataDirectory}/moyeora.db</c>; <c>Host=...</c> means PostgreSQL; <c>Data Source=...</c> means SQLite.
    /// </summary>
    public static IServiceCollection AddMoyeoraEntityFrameworkCore(this IServiceCollection services, IConfiguration configuration, string defaultDataDirectory)
    {
        var database = DatabaseSettings.From(configuration, defaultDataDirectory);
        services.AddSingleton(database);
        services.AddDbContext<MoyeoraDbContext>(options => database.Configure(options));
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<MoyeoraDbContext>());
        services.AddScoped<IUserRepository, UserRepository>();
        services.AddScoped<IRoleRepository, RoleRepository>();
        services.AddScoped<IVerificationCodeRepository, VerificationCodeRepository>();
        services.AddScoped<IRefreshTokenRepository, RefreshTokenRepository>();
        services.AddScoped<IOutboxMessageRepository, OutboxMessageRepository>();
        services.AddScoped<IMeetupRepository, MeetupRepository>();
        services.AddScoped<IChatMessageRepository, ChatMessageRepository>();
        services.AddScoped<INotificationRepository, NotificationRepository>();
        services.AddScoped<IJobRecordRepository, JobRecordRepository>();
        services.AddScoped<IFriendshipRepository, FriendshipRepository>();
        services.AddScoped<IBlockRepository, BlockRepository>();
        services.AddScoped<Moyeora.Ratings.IPeerRatingRepository, PeerRatingRepository>();
        services.AddScoped<Moyeora.Reports.IReportRepository, ReportRepository>();
        services.AddScoped<Moyeora.Administration.IDashboardRepository, DashboardRepository>();
        services.AddScoped<IDatabaseMigrator, DatabaseMigrator>();
        return services;
    }
}

/// <summary>Which provider and connection the product runs on, decided once from configuration.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseSettings From(IConfiguration configuration, string defaultDataDirectory)
    {
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(defaultDataDirectory, "moyeora.db")}");
        }

        var isSqlite = connectionString.TrimStart().StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase)
            || connectionString.TrimStart().StartsWith("Filename=", StringComparison.OrdinalIgnoreCase);
        return new DatabaseSettings(isSqlite ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql, connectionString);
    }

    private static readonly SqliteConnectionSetup SqliteSetup = new();

    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(ConnectionString).AddInterceptors(SqliteSetup);
        }
        else
        {
            options.UseNpgsql(ConnectionString);
        }

        // Migrations are written by hand without a model snapshot; the schema test guards them instead.
        return options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
