using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Moyeora.EntityFrameworkCore;
using Moyeora.Jobs;
using Quartz;

namespace Moyeora.Hosting;

/// <summary>
/// Quartz.NET runs the jobs of spec §8. Embedded default: an in-memory store. PostgreSQL: Quartz's persistent
/// store, clustered, so with several nodes each firing runs on exactly one (its tables come from our
/// migrations; Quartz only validates them).
/// </summary>
public static class JobScheduling
{
    public const string JobGroup = "moyeora";

    public static void AddMoyeoraJobs(this IServiceCollection services, IConfiguration configuration, DatabaseSettings database)
    {
        var options = configuration.GetSection(JobOptions.SectionName).Get<JobOptions>() ?? new JobOptions();
        var problems = options.Schedules.Keys.Where(k => !JobOptions.DefaultSchedules.ContainsKey(k))
            .Select(k => $"Jobs:Schedules:{k} names no job. Known: {string.Join(", ", JobOptions.DefaultSchedules.Keys)}.")
            .Concat(JobOptions.DefaultSchedules.Keys.Where(k => !CronExpression.TryParse(options.ScheduleOf(k), out _))
                .Select(k => $"Jobs:Schedules:{k} = '{options.ScheduleOf(k)}' is not a Quartz cron expression (seconds first, e.g. '0 * * * * ?')."))
            .ToList();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(JobOptions.SectionName, typeof(JobOptions), problems);
        }

        services.AddQuartz(q => Configure(q, options, database));
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = true;
            o.AutoStart = options.Enabled;
        });
        services.AddSingleton<IJobScheduler, QuartzJobScheduler>();
    }

    public static void Configure(IQuartzBuilder q, JobOptions options, DatabaseSettings database)
    {
        UseStore(q, database);
        foreach (var name in JobOptions.DefaultSchedules.Keys)
        {
            var key = new JobKey(name, JobGroup);
            q.AddJob<QuartzMaintenanceJob>(j => j.WithIdentity(key).StoreDurably(true).DisallowConcurrentExecution(true));
            q.AddTrigger<QuartzMaintenanceJob>(t => t.WithIdentity(name, JobGroup).ForJob(key)
                .WithCronSchedule(options.ScheduleOf(name), c => c.InTimeZone(TimeZoneInfo.Utc)));
        }

        q.AddQuartzHealthChecks(h => h.Tags.Add("ready"));
    }

    /// <summary>The scheduler and its store; tests build two of these on one database to prove clustering.</summary>
    public static void UseStore(IQuartzBuilder q, DatabaseSettings database)
    {
        q.ConfigureScheduler(s =>
        {
            s.InstanceName = "moyeora";
            s.GenerateInstanceId = true;
        });
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(database.ConnectionString);
                store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(10));
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = QuartzSchema.TablePrefix;
                    o.SchemaProvisioning = SchemaProvisioning.Validate;
                });
            });
        }
        else
        {
            q.UseInMemoryStore(_ => { });
        }
    }
}

/// <summary>The Quartz job behind every maintenance job: the job's key names the application job it runs.</summary>
[DisallowConcurrentExecution]
internal sealed class QuartzMaintenanceJob(MaintenanceJobRunner runner) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await runner.RunAsync(context.JobDetail.Key.Name, cancellationToken);
}

internal sealed class QuartzJobScheduler(ISchedulerFactory schedulers) : IJobScheduler
{
    public async Task<DateTimeOffset?> GetNextRunTimeAsync(string name, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (scheduler.Status != SchedulerStatus.Running)
        {
            return null;
        }

        var triggers = await scheduler.GetTriggersOfJob(new JobKey(name, JobScheduling.JobGroup), cancellationToken);
        return triggers.Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min();
    }

    public async Task TriggerAsync(string name, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(new JobKey(name, JobScheduling.JobGroup), cancellationToken);
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
