using Hangfire;
using Microsoft.AspNetCore.Authentication;
using Hangfire.Common;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Redis.StackExchange;
using Hangfire.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Moyeora.Authorization;
using Moyeora.EntityFrameworkCore;
using Moyeora.Jobs;
using Moyeora.Permissions;

namespace Moyeora.Hosting;

/// <summary>
/// Hangfire runs the jobs of spec §8 as recurring jobs. Storage follows the database unless <c>Hangfire:Storage</c>
/// says otherwise (<see cref="JobStorageSettings"/>): PostgreSQL → Hangfire's PostgreSQL storage (its schema is
/// prepared with the migrations, see <see cref="HangfireSchema"/>); a database with no Hangfire storage of its own
/// (MySQL/MariaDB) → Redis storage; the embedded default → in-memory storage. With a shared storage and several
/// nodes each occurrence is enqueued once and run by one worker, and queued jobs outlive a node.
/// Everything Hangfire-specific lives here: the application only knows <see cref="IJobScheduler"/>.
/// </summary>
public static class JobScheduling
{
    /// <summary>Where the Hangfire dashboard is served (holders of <see cref="MoyeoraPermissions.JobsManage"/> only).</summary>
    public const string DashboardPath = "/admin/jobs";

    public static void AddMoyeoraJobs(this IServiceCollection services, IConfiguration configuration, DatabaseSettings database)
    {
        var options = configuration.GetSection(JobOptions.SectionName).Get<JobOptions>() ?? new JobOptions();
        var problems = ValidateSchedules(options);
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(JobOptions.SectionName, typeof(JobOptions), problems);
        }

        var storage = JobStorageSettings.From(configuration, database);

        var polling = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Jobs:PollingIntervalSeconds", 1.0), 0.1, 60));

        // Our own storage instance per host (never Hangfire's static JobStorage.Current): the client, the recurring
        // job manager, the server and the dashboard all take it from the container.
        var invisibility = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Jobs:InvisibilityTimeoutSeconds", 300.0), 5, 24 * 3600));
        services.AddSingleton<JobStorage>(sp => CreateStorage(database, polling, storage, sp.GetService<RedisConnection>()?.Multiplexer, invisibility));
        // Likewise jobs are built from this host's container, never from Hangfire's process-wide JobActivator.Current.
        services.AddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, c) => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            // Hangfire's log provider is process-wide: one that outlives a stopped host (tests run many).
            .UseLogProvider(new HangfireLogProvider(sp.GetRequiredService<ILoggerFactory>())));
        services.AddTransient<HangfireMaintenanceJob>();
        services.AddSingleton<IJobScheduler, HangfireJobScheduler>();
        services.AddTransient<OutboundDelivery>();
        services.AddTransient<OutboundBatchDelivery>();
        services.AddSingleton<Moyeora.Outbound.IOutboundQueue, HangfireOutboundQueue>();
        // A durable job storage gets a durable way in: notification messages are stored with the notification and
        // handed over in batches (the transactional outbox), never lost between a commit and the storage.
        services.PostConfigure<Moyeora.Outbound.OutboundOptions>(o => o.TransactionalOutbox |= storage.Kind != HangfireStorageKind.InMemory);
        services.AddSingleton<Moyeora.Outbound.IFailedDeliveryReader, HangfireFailedDeliveries>();

        // Registered before the server so the schedules are written before it starts.
        services.AddHostedService<RecurringJobRegistration>();
        var serverName = $"{Environment.MachineName}-{Guid.NewGuid():N}".ToLowerInvariant();
        services.AddSingleton(new HangfireNode(options.Enabled ? serverName : null));
        if (options.Enabled)
        {
            services.AddHangfireServer((sp, o) =>
            {
                // This host's container, never the process-wide activator another host may have set.
                o.Activator = sp.GetRequiredService<JobActivator>();
                o.ServerName = serverName;
                o.WorkerCount = Math.Clamp(configuration.GetValue("Jobs:WorkerCount", 4), 1, 64);
                // Recurring jobs and delayed retries are looked for this often (seconds-first schedules need about 1 s).
                o.SchedulePollingInterval = polling;
                o.HeartbeatInterval = TimeSpan.FromSeconds(15);
                // Stopping must fit in the node's shutdown timeout even when the storage is gone (a stopped database
                // made a node retry for minutes): workers get a third of it to finish their job, the rest of the
                // server another third, and the hosted service gives up waiting at the host's own deadline.
                var shutdown = MoyeoraHostExtensions.ShutdownTimeoutOf(configuration);
                o.StopTimeout = shutdown / 3;
                o.ShutdownTimeout = shutdown / 3;
            });
        }
    }

    /// <summary>Unknown job names and expressions Hangfire cannot read; empty when the configuration is valid.</summary>
    public static IReadOnlyList<string> ValidateSchedules(JobOptions options)
    {
        var problems = options.Schedules.Keys.Where(k => !JobOptions.DefaultSchedules.ContainsKey(k))
            .Select(k => $"Jobs:Schedules:{k} names no job. Known: {string.Join(", ", JobOptions.DefaultSchedules.Keys)}.")
            .ToList();
        // Hangfire's own parser decides, through a throw-away in-memory manager.
        using var scratch = new InMemoryStorage();
        var manager = new RecurringJobManager(scratch);
        foreach (var name in JobOptions.DefaultSchedules.Keys)
        {
            var cron = options.ScheduleOf(name);
            try
            {
                manager.AddOrUpdate(name, Job.FromExpression<HangfireMaintenanceJob>(j => j.RunAsync(name, CancellationToken.None)), cron,
                    new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
            }
            catch (ArgumentException)
            {
                problems.Add($"Jobs:Schedules:{name} = '{cron}' is not a cron expression: five fields (e.g. '7 * * * *') or six with seconds first (e.g. '30 * * * * *'), in UTC.");
            }
        }

        return problems;
    }

    /// <summary>The job storage for this database; tests build two servers on one of these to prove "once per occurrence".</summary>
    public static JobStorage CreateStorage(DatabaseSettings database, TimeSpan polling) =>
        CreateStorage(database, polling, JobStorageSettings.Default(database, redisConfiguration: null));

    /// <summary>
    /// The job storage <paramref name="settings"/> name; the Redis storage uses <paramref name="redis"/> (the node's own
    /// connection) when given, else connects with the settings' configuration.
    /// </summary>
    public static JobStorage CreateStorage(DatabaseSettings database, TimeSpan polling, JobStorageSettings settings, StackExchange.Redis.IConnectionMultiplexer? redis = null,
        TimeSpan? invisibility = null) =>
        settings.Kind switch
        {
            HangfireStorageKind.PostgreSql => new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, StorageOptions(polling, invisibility)),
                StorageOptions(polling, invisibility)),
            HangfireStorageKind.Redis => redis is null
                ? new RedisStorage(settings.RedisConfiguration!, RedisOptions(settings))
                : new RedisStorage(redis, RedisOptions(settings)),
            _ => new InMemoryStorage(new InMemoryStorageOptions()),
        };

    private static RedisStorageOptions RedisOptions(JobStorageSettings settings) => new()
    {
        Prefix = settings.RedisPrefix,
        // A job fetched by a worker that died (a killed node) is handed out again after this long. It must stay above
        // the longest run (a run still going would be started a second time), so the storage's default is kept.
        InvisibilityTimeout = TimeSpan.FromMinutes(30),
    };

    private static PostgreSqlStorageOptions StorageOptions(TimeSpan polling, TimeSpan? invisibility) => new()
    {
        SchemaName = HangfireSchema.SchemaName,
        PrepareSchemaIfNecessary = false, // prepared once with the migrations, not raced by starting nodes
        QueuePollInterval = polling,
        // A job fetched by a node that died (SIGKILL) is handed out again after Jobs:InvisibilityTimeoutSeconds (default
        // 5 min). Sliding: a live node keeps extending the jobs it runs, so a long run is never started twice.
        InvisibilityTimeout = invisibility ?? TimeSpan.FromMinutes(5),
        UseSlidingInvisibilityTimeout = true,
    };

    /// <summary>Serves the dashboard at <see cref="DashboardPath"/>; call after authentication.</summary>
    public static void UseMoyeoraJobDashboard(this WebApplication app) =>
        app.UseHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new JobDashboardAuthorizationFilter()],
            DashboardTitle = "Moyeora jobs",
            AppPath = null,
        });
}

/// <summary>Hangfire's logs into this host's logging; silent once the host has stopped.</summary>
internal sealed class HangfireLogProvider(ILoggerFactory factory) : Hangfire.Logging.ILogProvider
{
    public Hangfire.Logging.ILog GetLogger(string name) => new Logger(factory, name);

    private sealed class Logger(ILoggerFactory factory, string name) : Hangfire.Logging.ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var level = logLevel switch
            {
                Hangfire.Logging.LogLevel.Trace => LogLevel.Trace,
                Hangfire.Logging.LogLevel.Debug => LogLevel.Debug,
                Hangfire.Logging.LogLevel.Info => LogLevel.Information,
                Hangfire.Logging.LogLevel.Warn => LogLevel.Warning,
                Hangfire.Logging.LogLevel.Error => LogLevel.Error,
                _ => LogLevel.Critical,
            };
            try
            {
                var logger = factory.CreateLogger(name);
                if (messageFunc is null)
                {
                    return logger.IsEnabled(level);
                }

                if (logger.IsEnabled(level))
                {
                    logger.Log(level, 0, messageFunc(), exception, static (message, _) => message);
                }

                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}

/// <summary>This node's Hangfire server name; null when <c>Jobs:Enabled</c> keeps the server off on this node.</summary>
internal sealed record HangfireNode(string? ServerName);

/// <summary>The Hangfire job behind every maintenance job: its argument names the application job it runs.</summary>
public sealed class HangfireMaintenanceJob(MaintenanceJobRunner runner)
{
    // No retries: the run is recorded as failed and the next occurrence tries again (every job is idempotent).
    // One run of a job at a time across all nodes, like a schedule that is still busy skipping ahead.
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [JobDisplayName("{0}")]
    public async Task RunAsync(string name, CancellationToken cancellationToken) => await runner.RunAsync(name, cancellationToken);
}

/// <summary>Writes every job's schedule to the storage at start-up (idempotent: each node writes the same).</summary>
internal sealed class RecurringJobRegistration(IRecurringJobManager manager, JobStorage storage, IOptions<JobOptions> options, ILogger<RecurringJobRegistration> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Register();
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // e.g. the migrating node has not prepared the schema yet.
                logger.LogWarning(ex, "Could not register the recurring jobs yet; retrying in 5 s");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    private void Register()
    {
        foreach (var name in JobOptions.DefaultSchedules.Keys)
        {
            manager.AddOrUpdate<HangfireMaintenanceJob>(name, j => j.RunAsync(name, CancellationToken.None), options.Value.ScheduleOf(name),
                new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        }

        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Where(j => !JobOptions.DefaultSchedules.ContainsKey(j.Id)))
        {
            manager.RemoveIfExists(stale.Id);
        }
    }
}

internal sealed class HangfireJobScheduler(JobStorage storage, IBackgroundJobClient client, TimeProvider clock) : IJobScheduler
{
    public Task<DateTimeOffset?> GetNextRunTimeAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!HangfireHealthCheck.AliveServers(storage, clock).Any())
        {
            return Task.FromResult<DateTimeOffset?>(null);
        }

        using var connection = storage.GetConnection();
        var next = connection.GetRecurringJobs([name]).SingleOrDefault()?.NextExecution;
        return Task.FromResult<DateTimeOffset?>(next is { } time ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)) : null);
    }

    public Task TriggerAsync(string name, CancellationToken cancellationToken = default)
    {
        client.Enqueue<HangfireMaintenanceJob>(j => j.RunAsync(name, CancellationToken.None));
        return Task.CompletedTask;
    }
}

/// <summary>Readiness: this node's Hangfire server beats (or, where it runs none, some node's does).</summary>
internal sealed class HangfireHealthCheck(JobStorage storage, HangfireNode node, TimeProvider clock) : IHealthCheck
{
    internal static readonly TimeSpan Silence = TimeSpan.FromMinutes(1);

    // Hangfire's storage API blocks its thread: against a hanging database each probe would hold one more pool thread
    // until the command timeout. One read at a time; probes meanwhile wait for it (up to the check's timeout).
    private Task<HealthCheckResult>? _running;
    private readonly Lock _sync = new();

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        Task<HealthCheckResult> running;
        lock (_sync)
        {
            if (_running is null || _running.IsCompleted)
            {
                _running = Task.Run(Check, CancellationToken.None);
            }

            running = _running;
        }

        return await running.WaitAsync(cancellationToken);
    }

    internal static IEnumerable<Hangfire.Storage.Monitoring.ServerDto> AliveServers(JobStorage storage, TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return storage.GetMonitoringApi().Servers().Where(s => s.Heartbeat is { } beat && now - DateTime.SpecifyKind(beat, DateTimeKind.Utc) < Silence);
    }

    private HealthCheckResult Check()
    {
        try
        {
            var alive = AliveServers(storage, clock).Select(s => s.Name).ToList();
            if (node.ServerName is { } own)
            {
                return alive.Any(s => s.StartsWith(own, StringComparison.OrdinalIgnoreCase))
                    ? HealthCheckResult.Healthy($"This node's Hangfire server is running ({alive.Count} in all).")
                    : HealthCheckResult.Unhealthy("This node's Hangfire server has not sent a heartbeat.");
            }

            return alive.Count > 0
                ? HealthCheckResult.Healthy($"Jobs run on other nodes ({alive.Count} Hangfire servers).")
                : HealthCheckResult.Degraded("No node runs a Hangfire server (Jobs:Enabled is false everywhere?).");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Hangfire's storage cannot be read.", ex);
        }
    }
}

/// <summary>
/// The dashboard is for holders of <see cref="MoyeoraPermissions.JobsManage"/>, checked by the application layer.
/// A bearer token (Authorization header) or the admin UI's cookie authenticates; the cookie is checked like on every
/// admin page (security stamp, admin-area permission). Hangfire answers 401 to anonymous callers and 403 to the others.
/// </summary>
internal sealed class JobDashboardAuthorizationFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.User.Identity?.IsAuthenticated != true
            && await http.AuthenticateAsync(Moyeora.Admin.Infrastructure.AdminAuthentication.Scheme) is { Succeeded: true } cookie)
        {
            http.User = cookie.Principal;
        }

        return await http.RequestServices.GetRequiredService<IPermissionChecker>().IsGrantedAsync(MoyeoraPermissions.JobsManage, http.RequestAborted);
    }
}

/// <summary>Readiness: degraded while any job has failed several runs in a row (its record says which and why).</summary>
internal sealed class JobHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var failing = (await scope.ServiceProvider.GetRequiredService<IJobRecordRepository>().GetAllAsync(cancellationToken))
            .Where(r => r.IsFailingRepeatedly).ToList();
        return failing.Count == 0
            ? HealthCheckResult.Healthy("No job is failing repeatedly.")
            : HealthCheckResult.Degraded($"Failing repeatedly: {string.Join(", ", failing.Select(r => $"{r.Name} ({r.ConsecutiveFailures}x: {r.LastError})"))}");
    }
}
