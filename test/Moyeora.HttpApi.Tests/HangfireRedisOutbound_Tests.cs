using System.Diagnostics;
using Moyeora.ClientProxies;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Friends;
using Moyeora.Hosting;
using Moyeora.Outbound;
using Moyeora.TestBase.Servers;

namespace Moyeora.HttpApi.Tests;

/// <summary>
/// Durable outbound delivery on the Redis job storage: a push enqueued by a host that is then killed (SIGKILL, no
/// shutdown) is delivered once by the host started after it. The first host runs no Hangfire server
/// (Jobs:Enabled=false), so the push can only be waiting in Redis when the host dies. A message a node stored in the
/// outbox but died before handing over is handed over and delivered by the next node.
/// </summary>
public sealed class HangfireRedisOutbound_Tests : IAsyncLifetime
{
    private const string AdminPhone = "010-0000-0000";
    private const string AdminPassword = "redis-jobs-admin-1";
    private readonly List<Process> _processes = [];
    private string _directory = string.Empty;

    public Task InitializeAsync()
    {
        _directory = Directory.CreateTempSubdirectory("moyeora-redis-jobs-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_directory, (UnixFileMode)0b111_101_101);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_Push_Enqueued_Before_The_Host_Is_Killed_Is_Delivered_Once_After_A_Restart()
    {
        var database = await (await PostgreSqlServer.GetAsync()).CreateDatabaseAsync();
        var redis = (await RedisServer.GetAsync()).Configuration;
        var prefix = $"moyeora-test:{Guid.NewGuid():N}:hangfire:";
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Default"] = database,
            ["Redis__Configuration"] = redis,
            ["Hangfire__Storage"] = "Redis",
            ["Hangfire__RedisPrefix"] = prefix,
            ["Jwt__Issuer"] = "moyeora", ["Jwt__Audience"] = "moyeora",
            ["Jwt__SigningKey"] = "redis-jobs-test-signing-key-0123456789-abcdefgh",
            ["Seed__Admin__PhoneNumber"] = AdminPhone, ["Seed__Admin__Password"] = AdminPassword,
            ["Outbound__Provider"] = "Outbox",
            ["Jobs__PollingIntervalSeconds"] = "0.2",
            ["Logging__LogLevel__Default"] = "Warning",
        };

        // The first host takes the friend request and enqueues its push, but runs no Hangfire server.
        var first = await StartHostAsync(new Dictionary<string, string>(environment) { ["Jobs__Enabled"] = "false", ["Database__MigrateOnStartup"] = "true" });
        var admin = await AdminAsync(first.Root);
        var sender = await SignUpAsync(first.Root, admin);
        var receiver = await SignUpAsync(first.Root, admin);
        await sender.Api.Friends.SendRequestAsync(new SendFriendRequestDto { UserId = receiver.Tokens.UserId });
        var storage = JobScheduling.CreateStorage(new DatabaseSettings(Microsoft.Extensions.DependencyInjection.DatabaseProvider.PostgreSql, database), TimeSpan.FromSeconds(1),
            new JobStorageSettings(HangfireStorageKind.Redis, redis, prefix));
        // Stored with the notification, then handed to Redis by the node's outbox dispatcher right after the commit.
        for (var i = 0; i < 50 && (storage.GetMonitoringApi().EnqueuedCount("default") == 0 || await PendingAsync(database) > 0); i++)
        {
            await Task.Delay(100); // the dispatcher enqueues the batch, then deletes its rows
        }

        storage.GetMonitoringApi().EnqueuedCount("default").ShouldBe(1, "the push waits in Redis");
        (await PendingAsync(database)).ShouldBe(0, "handed over, so no longer in the outbox");
        (await PushesAsync(admin, receiver.Tokens.UserId)).ShouldBe(0);

        first.Kill();

        // A new host on the same storage delivers it, once.
        var second = await StartHostAsync(new Dictionary<string, string>(environment) { ["Database__MigrateOnStartup"] = "false" });
        admin = await AdminAsync(second.Root);
        long pushed = 0;
        for (var deadline = Stopwatch.StartNew(); deadline.Elapsed < TimeSpan.FromSeconds(30) && pushed == 0; await Task.Delay(100))
        {
            pushed = await PushesAsync(admin, receiver.Tokens.UserId);
        }

        pushed.ShouldBe(1, "the push enqueued before the kill left after the restart");
        var monitor = storage.GetMonitoringApi();
        int Delivered() => monitor.SucceededJobs(0, 1_000).Count(j => j.Value.Job?.Type == typeof(OutboundBatchDelivery));
        for (var i = 0; i < 50 && Delivered() == 0; i++)
        {
            await Task.Delay(100);
        }

        await Task.Delay(1_000);
        (await PushesAsync(admin, receiver.Tokens.UserId)).ShouldBe(1, "delivered once");
        Delivered().ShouldBe(1);
        monitor.FailedJobs(0, 1_000).Count.ShouldBe(0);

        // A node that stored a message with its change and died before handing it over: the next sweep delivers it.
        var orphan = Guid.NewGuid();
        await using (var connection = new Npgsql.NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var insert = new Npgsql.NpgsqlCommand(
                """
                INSERT INTO "PendingOutboundMessages" ("Id", "Channel", "Recipient", "Text", "CreationTime", "ConcurrencyStamp")
                VALUES (@id, @channel, @recipient, 'orphan', now() at time zone 'utc', 'x')
                """, connection);
            insert.Parameters.AddWithValue("id", Guid.NewGuid());
            insert.Parameters.AddWithValue("channel", (int)OutboundChannel.Push);
            insert.Parameters.AddWithValue("recipient", orphan.ToString("D"));
            await insert.ExecuteNonQueryAsync();
        }

        long orphanPushed = 0;
        for (var deadline = Stopwatch.StartNew(); deadline.Elapsed < TimeSpan.FromSeconds(20) && orphanPushed == 0; await Task.Delay(100))
        {
            orphanPushed = await PushesAsync(admin, orphan);
        }

        orphanPushed.ShouldBe(1, "the sweep handed over what a dead node had stored");
        (await PendingAsync(database)).ShouldBe(0);
    }

    private static async Task<long> PendingAsync(string database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new Npgsql.NpgsqlCommand("""SELECT count(*) FROM "PendingOutboundMessages" """, connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task<long> PushesAsync(MoyeoraApiClient admin, Guid userId) =>
        (await admin.Outbox.GetListAsync(new GetOutboxMessagesDto { Channel = OutboundChannel.Push, Recipient = userId.ToString("D") })).TotalCount;

    private async Task<HostProcess> StartHostAsync(IReadOnlyDictionary<string, string> environment)
    {
        var host = await HostProcess.StartAsync(_directory, environment);
        _processes.Add(host.Watchdog);
        return host;
    }

    private static async Task<MoyeoraApiClient> AdminAsync(Uri root)
    {
        var admin = new MoyeoraApiClient(new HttpClient { BaseAddress = root });
        await admin.SignInAsync(AdminPhone, AdminPassword);
        return admin;
    }

    private static async Task<(MoyeoraApiClient Api, Moyeora.Account.AuthTokensDto Tokens)> SignUpAsync(Uri root, MoyeoraApiClient admin)
    {
        var client = new MoyeoraApiClient(new HttpClient { BaseAddress = root });
        var phone = TestData.NewPhone();
        await client.Account.SendVerificationCodeAsync(new Moyeora.Account.SendVerificationCodeDto { PhoneNumber = phone, Purpose = Moyeora.Verification.VerificationPurpose.SignUp });
        var code = await MoyeoraWebApplicationFactory.ReadCodeAsync(admin, phone);
        var verified = await client.Account.VerifyCodeAsync(new Moyeora.Account.VerifyCodeDto { PhoneNumber = phone, Purpose = Moyeora.Verification.VerificationPurpose.SignUp, Code = code });
        var tokens = await client.Account.RegisterAsync(new Moyeora.Account.RegisterDto
        {
            VerificationToken = verified.VerificationToken, Name = "김모임", Nickname = TestData.NewNickname(), Password = "redis-jobs-pass-1",
        });
        client.UseTokens(tokens);
        return (client, tokens);
    }

    public Task DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            ProcessRunner.StopWatched(process);
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }
}
