using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Moyeora.Data;
using Moyeora.Domain;
using Moyeora.EntityFrameworkCore;
using Moyeora.TestBase.Servers;
using Xunit;

namespace Moyeora.TestBase.Infrastructure;

/// <summary>
/// A migrated, seeded database of one provider with the application layer composed on it exactly as
/// the host composes it, plus a movable clock and a settable current user. One per test class.
/// </summary>
public abstract class DatabaseFixture : IAsyncLifetime
{
    private readonly ConcurrentBag<AsyncServiceScope> _scopes = [];
    private ServiceProvider? _services;

    public abstract DatabaseProvider Provider { get; }

    public string ConnectionString { get; private set; } = string.Empty;

    public TestClock Clock { get; } = new();

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>A service from a new scope: every call is its own unit of work, as every request is.</summary>
    public T Service<T>()
        where T : notnull
    {
        var scope = Services.CreateAsyncScope();
        _scopes.Add(scope);
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    /// <summary>Reads the database directly in a fresh context, bypassing every cache and tracker.</summary>
    public async Task<TResult> WithDbAsync<TResult>(Func<MoyeoraDbContext, Task<TResult>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MoyeoraDbContext>());
    }

    public static IDisposable ActAs(Guid? userId, string? ipAddress = null) => TestCurrentUser.Change(userId, ipAddress);

    public async Task InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(TestData.Configuration(ConnectionString)).Build();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<TestCurrentUser>();
        services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        services.AddSingleton<ICurrentClient>(sp => sp.GetRequiredService<TestCurrentUser>());
        services.AddMoyeoraApplication(configuration);
        services.AddMoyeoraEntityFrameworkCore(configuration, Path.GetTempPath());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDataSeeder, TestDataSeeder>());
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var scope in _scopes)
        {
            await scope.DisposeAsync();
        }

        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await DropDatabaseAsync();
    }

    protected abstract Task<string> CreateDatabaseAsync();

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;
}

/// <summary>
/// SQLite as the embedded default runs it: a database file (in a temporary folder, deleted afterwards)
/// in WAL mode. An in-memory database with a shared cache was tried first, but it answers concurrent
/// readers with SQLITE_LOCKED at once instead of waiting, so it cannot show real concurrency.
/// </summary>
public sealed class SqliteFixture : DatabaseFixture
{
    private string? _directory;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync()
    {
        _directory = Directory.CreateTempSubdirectory("moyeora-sqlite-").FullName;
        return Task.FromResult($"Data Source={Path.Combine(_directory, "moyeora.db")};Default Timeout=30");
    }

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            if (_directory is not null)
            {
                Directory.Delete(_directory, recursive: true);
            }
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }
}

/// <summary>A fresh database on the test run's private PostgreSQL server.</summary>
public sealed class PostgreSqlFixture : DatabaseFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override async Task<string> CreateDatabaseAsync() => await (await PostgreSqlServer.GetAsync()).CreateDatabaseAsync();
}

/// <summary>A fresh utf8mb4 database on the test run's private MariaDB server.</summary>
public sealed class MariaDbFixture : DatabaseFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.MySql;

    protected override async Task<string> CreateDatabaseAsync() => await (await MariaDbServer.GetAsync()).CreateDatabaseAsync();
}
