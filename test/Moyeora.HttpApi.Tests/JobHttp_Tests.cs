using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moyeora.ClientProxies;
using Moyeora.EntityFrameworkCore;
using Moyeora.Hosting;
using Moyeora.Jobs;
using Moyeora.TestBase.Infrastructure;
using Hangfire;
using Hangfire.Server;

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
    public async Task The_Dashboard_Is_Served_Only_To_Holders_Of_The_Jobs_Permission()
    {
        var http = factory.CreateClient();
        async Task<HttpResponseMessage> GetAsync(string path, string? token)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (token is not null)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            }

            return await http.SendAsync(request);
        }

        (await GetAsync(JobScheduling.DashboardPath, null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await GetAsync(JobScheduling.DashboardPath + "/recurring", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await GetAsync(JobScheduling.DashboardPath, "not-a-token")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var admin = await factory.CreateAdminClientAsync();
        var (_, _, _, userTokens) = await factory.SignUpAsync(admin);
        (await GetAsync(JobScheduling.DashboardPath, userTokens.AccessToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await GetAsync(JobScheduling.DashboardPath + "/recurring", userTokens.AccessToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var adminTokens = await factory.CreateApiClient().SignInAsync(TestData.AdminPhone, TestData.AdminPassword);
        using var page = await GetAsync(JobScheduling.DashboardPath + "/recurring", adminTokens.AccessToken);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        foreach (var name in JobOptions.DefaultSchedules.Keys)
        {
            html.ShouldContain(name);
        }
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
            (scheduler, jobs) = (checks.GetProperty("hangfire-server").GetProperty("status").GetString(), checks.GetProperty("jobs").GetProperty("status").GetString());
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

public sealed class JobHttp_MariaDb_Tests(MariaDbHostFactory factory) : JobHttp_Tests<MariaDbHostFactory>(factory), IClassFixture<MariaDbHostFactory>;

/// <summary>
/// Two Hangfire servers with storages built exactly as the host builds them, on one PostgreSQL database prepared by
/// our migrations: a recurring job due every second is enqueued and run once per occurrence, never by both.
/// </summary>
public sealed class HangfireCluster_Tests(PostgreSqlFixture db) : IClassFixture<PostgreSqlFixture>
{
    [Fact]
    public async Task Two_Servers_On_One_Database_Run_Each_Occurrence_Once()
    {
        var database = new DatabaseSettings(Microsoft.Extensions.DependencyInjection.DatabaseProvider.PostgreSql, db.ConnectionString);
        var polling = TimeSpan.FromMilliseconds(200);
        await TwoServers.RunEachOccurrenceOnceAsync(JobScheduling.CreateStorage(database, polling), JobScheduling.CreateStorage(database, polling), polling);
    }
}

/// <summary>
/// The same on the Redis storage (Hangfire.Redis.StackExchange on StackExchange.Redis 3.x), the one MySQL/MariaDB
/// deployments use: two servers, each with its own connection as two nodes have, share one Redis storage.
/// </summary>
public sealed class HangfireRedisCluster_Tests
{
    [Fact]
    public async Task Two_Servers_On_One_Redis_Storage_Run_Each_Occurrence_Once()
    {
        var redis = (await Moyeora.TestBase.Servers.RedisServer.GetAsync()).Configuration;
        var prefix = $"moyeora-test:{Guid.NewGuid():N}:hangfire:";
        var settings = JobStorageSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hangfire:Storage"] = "Redis", ["Hangfire:RedisPrefix"] = prefix, ["Redis:Configuration"] = redis,
        }).Build(), new DatabaseSettings(Microsoft.Extensions.DependencyInjection.DatabaseProvider.PostgreSql, "Host=unused"));
        settings.Kind.ShouldBe(HangfireStorageKind.Redis);
        var polling = TimeSpan.FromMilliseconds(200);
        var database = new DatabaseSettings(Microsoft.Extensions.DependencyInjection.DatabaseProvider.PostgreSql, "Host=unused");
        await TwoServers.RunEachOccurrenceOnceAsync(JobScheduling.CreateStorage(database, polling, settings), JobScheduling.CreateStorage(database, polling, settings), polling);

        using var connection = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis);
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        server.Keys(pattern: prefix + "*").ShouldNotBeEmpty("the storage keeps its keys under Hangfire:RedisPrefix");
    }
}

/// <summary>Which Hangfire storage a configuration gets (Hangfire:Storage, else the database's default).</summary>
public sealed class JobStorageSettings_Tests
{
    private const string Redis = "127.0.0.1:6379";
    private static readonly DatabaseSettings PostgreSql = new(Microsoft.Extensions.DependencyInjection.DatabaseProvider.PostgreSql, "Host=db");
    private static readonly DatabaseSettings Sqlite = new(Microsoft.Extensions.DependencyInjection.DatabaseProvider.Sqlite, "Data Source=x.db");
    // A database with no Hangfire storage of its own.
    private static readonly DatabaseSettings Other = new(Microsoft.Extensions.DependencyInjection.DatabaseProvider.MySql, "Server=db");

    private static JobStorageSettings From(DatabaseSettings database, string? storage = null, string? redis = null, string? prefix = null) =>
        JobStorageSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hangfire:Storage"] = storage, ["Redis:Configuration"] = redis, ["Hangfire:RedisPrefix"] = prefix,
        }).Build(), database);

    [Fact]
    public void Unset_It_Follows_The_Database_And_Any_Other_Database_Keeps_Jobs_In_Redis()
    {
        From(PostgreSql).Kind.ShouldBe(HangfireStorageKind.PostgreSql);
        From(PostgreSql, redis: Redis).Kind.ShouldBe(HangfireStorageKind.PostgreSql);
        From(Sqlite).Kind.ShouldBe(HangfireStorageKind.InMemory);
        From(Sqlite, redis: Redis).Kind.ShouldBe(HangfireStorageKind.InMemory);
        var other = From(Other, redis: Redis);
        other.Kind.ShouldBe(HangfireStorageKind.Redis);
        other.RedisPrefix.ShouldBe("moyeora:hangfire:");
        other.RedisConfiguration.ShouldBe(Redis);
        Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => From(Other)).Message.ShouldContain("Redis:Configuration");
    }

    [Fact]
    public void Named_It_Wins_When_It_Can_Work_And_Stops_Start_Up_When_It_Cannot()
    {
        From(PostgreSql, "redis", Redis, "p:").ShouldBe(new JobStorageSettings(HangfireStorageKind.Redis, Redis, "p:"));
        From(Sqlite, "Redis", Redis).Kind.ShouldBe(HangfireStorageKind.Redis);
        From(PostgreSql, "InMemory").Kind.ShouldBe(HangfireStorageKind.InMemory);
        Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => From(PostgreSql, "Redis")).Message.ShouldContain("Redis:Configuration");
        Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => From(Sqlite, "PostgreSql")).Message.ShouldContain("PostgreSQL database");
        Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => From(PostgreSql, "MySql")).Message.ShouldContain("PostgreSql, Redis, InMemory");
        Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => From(PostgreSql, "1"));
    }
}

/// <summary>Two Hangfire servers on two storage instances over one store: a recurring job due every second runs once per occurrence.</summary>
public static class TwoServers
{
    private static readonly ConcurrentBag<(string Run, string Server, string JobId, long? Occurrence)> Ran = [];

    public static async Task RunEachOccurrenceOnceAsync(JobStorage first, JobStorage second, TimeSpan polling)
    {
        // Each run counts only its own job: test classes run in parallel.
        var run = Guid.NewGuid().ToString("N");
        var storages = new[] { first, second };
        var name = "count-" + run;
        new RecurringJobManager(storages[0]).AddOrUpdate(name, () => CountingJob.Run(run, null!), "* * * * * *", new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        var servers = storages.Select((storage, i) => new BackgroundJobServer(
            // Its own activator: Hangfire's process-wide one may belong to a host another test has already disposed.
            new BackgroundJobServerOptions { ServerName = $"node-{i}-{run}", WorkerCount = 4, SchedulePollingInterval = polling, Activator = new JobActivator() },
            storage)).ToList();
        List<(string Run, string Server, string JobId, long? Occurrence)> Runs() => Ran.Where(r => r.Run == run).ToList();
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (Runs().Select(r => r.Occurrence).Distinct().Count() < 4 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }

            storages[0].GetMonitoringApi().Servers().Select(s => s.Name).Count(n => n.StartsWith("node-", StringComparison.Ordinal) && n.Contains(run, StringComparison.Ordinal))
                .ShouldBe(2, "both servers competed");
        }
        finally
        {
            new RecurringJobManager(storages[0]).RemoveIfExists(name);
            foreach (var server in servers)
            {
                server.SendStop();
            }

            foreach (var server in servers)
            {
                server.Dispose();
            }
        }

        await Task.Delay(1_500); // a second run of an occurrence, had one been enqueued twice, would show up by now
        var runs = Runs();
        runs.Count.ShouldBeGreaterThanOrEqualTo(4, string.Join("; ", runs.Select(r => $"{r.JobId} {r.Occurrence} {r.Server}")));
        runs.ShouldAllBe(r => r.Occurrence != null, "every run comes from a recurring occurrence");
        runs.GroupBy(r => r.Occurrence).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(r => $"{r.JobId} on {r.Server}"))}")
            .ShouldBeEmpty("an occurrence ran twice");
        runs.Select(r => r.JobId).Distinct().Count().ShouldBe(runs.Count, "a job ran twice");
    }

    public static class CountingJob
    {
        public static void Run(string run, PerformContext context) =>
            Ran.Add((run, context.ServerId, context.BackgroundJob.Id, context.GetJobParameter<long?>("Time")));
    }
}

/// <summary>A host configured with a schedule that is no cron expression and one for a job that does not exist.</summary>
public sealed class BadScheduleFactory : MoyeoraWebApplicationFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Jobs:Schedules:end-meetups"] = "every minute",
        ["Jobs:Schedules:make-coffee"] = "0 * * * * ?",
        ["Jobs:Schedules:erase-ended-meetups"] = "0 17 3 * * ? 2027", // Quartz's year field: Hangfire has none
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
        ex.Message.ShouldContain("Jobs:Schedules:erase-ended-meetups");
        ex.Message.ShouldNotContain("Jobs:Schedules:expire-positions");
    }

    [Fact]
    public void Defaults_And_Five_Or_Six_Field_Overrides_Are_Accepted()
    {
        JobScheduling.ValidateSchedules(new JobOptions()).ShouldBeEmpty();
        JobScheduling.ValidateSchedules(new JobOptions
        {
            Schedules = { [JobNames.EndMeetups] = "*/2 * * * *", [JobNames.ExpirePositions] = "*/10 * * * * *", [JobNames.EraseEndedMeetups] = "0 17 3 * * ?" },
        }).ShouldBeEmpty();
        JobScheduling.ValidateSchedules(new JobOptions { Schedules = { [JobNames.EndMeetups] = "61 * * * *" } }).Count.ShouldBe(1);
    }
}
