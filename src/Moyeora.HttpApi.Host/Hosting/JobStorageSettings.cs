using Microsoft.Extensions.Options;


namespace Moyeora.Hosting;

/// <summary>Where Hangfire keeps its jobs (<c>Hangfire:Storage</c>).</summary>
public enum HangfireStorageKind
{
    PostgreSql,
    Redis,
    InMemory,
}

/// <summary>
/// The Hangfire storage of this deployment. <c>Hangfire:Storage</c> (<c>PostgreSql</c>, <c>Redis</c> or <c>InMemory</c>)
/// chooses it; unset, it follows the database: PostgreSQL → PostgreSql, SQLite (the embedded default) → InMemory, and
/// any other database (no Hangfire storage exists for MySQL/MariaDB) → Redis, which needs <c>Redis:Configuration</c>.
/// Redis keys start with <c>Hangfire:RedisPrefix</c> (default <c>moyeora:hangfire:</c>).
/// </summary>
public sealed record JobStorageSettings(HangfireStorageKind Kind, string? RedisConfiguration, string RedisPrefix)
{
    public const string DefaultRedisPrefix = "moyeora:hangfire:";

    public static JobStorageSettings From(IConfiguration configuration, DatabaseSettings database)
    {
        var redis = configuration["Redis:Configuration"];
        redis = string.IsNullOrWhiteSpace(redis) ? null : redis;
        var prefix = configuration["Hangfire:RedisPrefix"];
        prefix = string.IsNullOrWhiteSpace(prefix) ? DefaultRedisPrefix : prefix;
        var named = configuration["Hangfire:Storage"];
        HangfireStorageKind kind;
        if (string.IsNullOrWhiteSpace(named))
        {
            kind = DefaultKind(database.Provider, redis is not null)
                ?? throw Invalid($"No Hangfire storage for a {database.Provider} database: set Redis:Configuration (jobs are then kept in Redis) or Hangfire:Storage.");
        }
        else if (!Enum.TryParse(named, ignoreCase: true, out kind) || !Enum.IsDefined(kind) || int.TryParse(named, out _))
        {
            throw Invalid($"Hangfire:Storage = '{named}' is not one of {string.Join(", ", Enum.GetNames<HangfireStorageKind>())}.");
        }

        if (kind == HangfireStorageKind.PostgreSql && database.Provider != DatabaseProvider.PostgreSql)
        {
            throw Invalid($"Hangfire:Storage = PostgreSql needs a PostgreSQL database; this one is {database.Provider}.");
        }

        if (kind == HangfireStorageKind.Redis && redis is null)
        {
            throw Invalid("Hangfire:Storage = Redis needs Redis:Configuration.");
        }

        return new JobStorageSettings(kind, redis, prefix);
    }

    /// <summary>The storage that follows the database when <c>Hangfire:Storage</c> is not set.</summary>
    public static JobStorageSettings Default(DatabaseSettings database, string? redisConfiguration) =>
        new(DefaultKind(database.Provider, redisConfiguration is not null) ?? throw Invalid($"No Hangfire storage for a {database.Provider} database."),
            redisConfiguration, DefaultRedisPrefix);

    /// <summary>
    /// PostgreSQL has its own storage and SQLite means one embedded node; every other database (MySQL/MariaDB, whose
    /// enum member needs no line here) keeps jobs in Redis, or has no default without it.
    /// </summary>
    private static HangfireStorageKind? DefaultKind(DatabaseProvider provider, bool redisConfigured) => provider switch
    {
        DatabaseProvider.PostgreSql => HangfireStorageKind.PostgreSql,
        DatabaseProvider.Sqlite => HangfireStorageKind.InMemory,
        _ when redisConfigured => HangfireStorageKind.Redis,
        _ => null,
    };

    private static OptionsValidationException Invalid(string problem) =>
        new("Hangfire", typeof(JobStorageSettings), [problem]);
}
