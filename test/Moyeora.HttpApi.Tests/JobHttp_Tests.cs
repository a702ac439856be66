using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moyeora.ClientProxies;
using Moyeora.EntityFrameworkCore;
using Moyeora.Hosting;
using Moyeora.Jobs;
using Moyeora.TestBase.Infrastructure;
using Quartz;

namespace Moyeora.HttpApi.Tests;

/// <summary>The scheduler inside the real host: listing and triggering jobs through the API, and readiness.</summary>
public abstract class JobHttp_Tests<TFactory>(TFactory factory)
    where TFactory : MoyeoraWebApplicationFactory
{
    [Fact]
    public async Task Jobs_Are_Listed_And_Triggered_Only_With_The_Permission()
    {
        var anonymous = factory.CreateApiClient();
        (await Should.ThrowAsync<MoyeoraApiException>(() => anonymous.Jobs.GetListAsync())).Code.ShouldBe(MoyeoraErrorCodes.NotSignedIn);
        var admin = await factory.CreateAdminClientAsync();
        var (user, _, _, _) = await factory.SignUpAsync(admin);
        var denied = await Should.ThrowAsync<MoyeoraApiException>(() => user.Jobs.TriggerAsync(JobNames.ExpireInvitations));
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        denied.Code.ShouldBe(MoyeoraErrorCodes.Forbidden);
        (await Should.ThrowAsync<MoyeoraApiException>(() => user.Jobs.GetListAsync())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var jobs = await admin.Jobs.GetListAsync();
        jobs.Select(j => j.Name).ShouldBe(JobOptions.DefaultSchedules.Keys, ignoreOrder: true);
        jobs.ShouldAllBe(j => j.NextRunTime != null, "the scheduler runs in the host");
        var missing = await Should.ThrowAsync<MoyeoraApiException>(() => admin.Jobs.TriggerAsync("no-such-job"));
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Code.ShouldBe(MoyeoraErrorCodes.JobNotFound);

        var before = jobs.Single(j => j.Name == JobNames.ExpireInvitations).RunCount;
        await admin.Jobs.TriggerAsync(JobNames.ExpireInvitations);
        JobDto after;
        var waited = 0;
        do
        {
            await Task.Delay(100);
            after = (await admin.Jobs.GetListAsync()).Single(j => j.Name == JobNames.ExpireInvitations);
        }
        while (after.RunCount == before && ++waited < 150);

        after.RunCount.ShouldBeGreaterThan(before);
        after.LastSucceeded.ShouldBe(true);
        after.LastCounts!.ShouldContain("expired=");
    }

    [Fact]
    public async Task Readiness_Reports_The_Scheduler_And_Degrades_While_A_Job_Keeps_Failing()
    {
        var client = factory.CreateClient();
        // The scheduler starts once the application has started: readiness follows within moments.
        string? scheduler = null, jobs = null;
        for (var i = 0; i < 100 && scheduler != "Healthy"; i++)
        {
            using var ready = await client.GetAsync("/health/ready");
            using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
            var checks = json.RootElement.GetProperty("checks");
            (scheduler, jobs) = (checks.GetProperty("quartz-scheduler").GetProperty("status").GetString(), checks.GetProperty("jobs").GetProperty("status").GetString());
            if (scheduler != "Healthy")
            {
                await Task.Delay(100);
            }
        }

        scheduler.ShouldBe("Healthy");
        jobs.ShouldBe("Healthy");

        // A job that failed three runs in a row (as its record says) degrades readiness until it succeeds again.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<MoyeoraDbContext>();
            var record = await context.Set<JobRecord>().FindAsync(JobNames.EraseEndedMeetups) ?? new JobRecord(JobNames.EraseEndedMeetups);
            if (context.Entry(record).State == Microsoft.EntityFrameworkCore.EntityState.Detached)
            {
                context.Add(record);
            }

            for (var i = 0; i < JobConsts.UnhealthyAfterConsecutiveFailures; i++)
            {
                record.RecordFailure(DateTime.UtcNow, TimeSpan.FromSeconds(1), "NpgsqlException: the disk is full");
            }

            await context.SaveChangesAsync();
        }

        using (var degraded = await client.GetAsync("/health/ready"))
        {
            degraded.StatusCode.ShouldBe(HttpStatusCode.OK, "degraded, not down: the API still serves");
            var body = await degraded.Content.ReadAsStringAsync();
            using var json = JsonDocument.Parse(body);
            json.RootElement.GetProperty("status").GetString().ShouldBe("Degraded");
            json.RootElement.GetProperty("checks").GetProperty("jobs").GetProperty("description").GetString()!.ShouldContain(JobNames.EraseEndedMeetups);
        }

        var admin = await factory.CreateAdminClientAsync();
        await admin.Jobs.TriggerAsync(JobNames.EraseEndedMeetups);
        for (var i = 0; i < 150 && (await admin.Jobs.GetListAsync()).Single(j => j.Name == JobNames.EraseEndedMeetups).ConsecutiveFailures > 0; i++)
        {
            await Task.Delay(100);
        }

        using var healed = await client.GetAsync("/health/ready");
        using var healedJson = JsonDocument.Parse(await healed.Content.ReadAsStringAsync());
        healedJson.RootElement.GetProperty("checks").GetProperty("jobs").GetProperty("status").GetString().ShouldBe("Healthy");
    }
}

public sealed class JobHttp_Sqlite_Tests(MoyeoraWebApplicationFactory factory) : JobHttp_Tests<MoyeoraWebApplicationFactory>(factory), IClassFixture<MoyeoraWebApplicationFactory>;

public sealed class JobHttp_PostgreSql_Tests(PostgreSqlHostFactory factory) : JobHttp_Tests<PostgreSqlHostFactory>(factory), IClassFixture<PostgreSqlHostFactory>;

/// <summary>
/// Two schedulers configured exactly as the host configures its store (clustered, on one PostgreSQL
/// database migrated by our migrations): every firing runs on one of them, never on both.
/// </summary>
public sealed class QuartzCluster_Tests(PostgreSqlFixture db) : IClassFixture<PostgreSqlFixture>
{
    private static readonly ConcurrentBag<(string Instance, DateTimeOffset? Scheduled)> Fired = [];

    [Fact]
    public async Task Two_Clustered_Schedulers_Fire_Each_Trigger_Once()
    {
        const int fires = 5;
        var database = new DatabaseSettings(Microsoft.Extensions.DependencyInjection.DatabaseProvider.PostgreSql, db.ConnectionString);
        var start = DateTimeOffset.UtcNow.AddSeconds(3);
        var nodes = new List<ServiceProvider>();
        for (var node = 0; node < 2; node++)
        {
            var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
            services.AddQuartz(q =>
            {
                JobScheduling.UseStore(q, database);
                q.AddJob<CountingJob>(j => j.WithIdentity("count", "test").StoreDurably(true));
                q.AddTrigger<CountingJob>(t => t.WithIdentity("count", "test").ForJob("count", "test").StartAt(start)
                    .WithSimpleSchedule(TimeSpan.FromSeconds(1), fires - 1));
            });
            nodes.Add(services.BuildServiceProvider());
        }

        var schedulers = new List<IScheduler>();
        foreach (var node in nodes)
        {
            var scheduler = await node.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await scheduler.Start();
            schedulers.Add(scheduler);
        }

        try
        {
            schedulers.Select(s => s.SchedulerInstanceId).Distinct().Count().ShouldBe(2);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (Fired.Count < fires && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }

            await Task.Delay(2_000); // a double firing would show up now
            Fired.Count.ShouldBe(fires);
            Fired.Select(f => f.Scheduled).Distinct().Count().ShouldBe(fires);
            Fired.Select(f => f.Instance).ShouldAllBe(i => schedulers.Any(s => s.SchedulerInstanceId == i));
        }
        finally
        {
            foreach (var scheduler in schedulers)
            {
                await scheduler.Shutdown(waitForJobsToComplete: true);
            }

            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    private sealed class CountingJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            Fired.Add((context.Scheduler.SchedulerInstanceId, context.ScheduledFireTimeUtc));
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>A host configured with a schedule that is no cron expression and one for a job that does not exist.</summary>
public sealed class BadScheduleFactory : MoyeoraWebApplicationFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Jobs:Schedules:end-meetups"] = "every minute",
        ["Jobs:Schedules:make-coffee"] = "0 * * * * ?",
    };
}

public sealed class JobScheduleValidation_Tests
{
    [Fact]
    public void The_Host_Refuses_To_Start_With_A_Bad_Schedule()
    {
        using var factory = new BadScheduleFactory();
        var ex = Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.CreateClient());
        ex.Message.ShouldContain("Jobs:Schedules:end-meetups");
        ex.Message.ShouldContain("make-coffee");
    }
}
