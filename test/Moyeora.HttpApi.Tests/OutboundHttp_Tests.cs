using System.Collections.Concurrent;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.ClientProxies;
using Moyeora.Friends;
using Moyeora.Hosting;
using Moyeora.Outbound;

namespace Moyeora.HttpApi.Tests;

/// <summary>Notification pushes leave the host as Hangfire background jobs (durable where the job storage is).</summary>
public abstract class OutboundHttp_Tests<TFactory>(TFactory factory)
    where TFactory : MoyeoraWebApplicationFactory
{
    [Fact]
    public async Task A_Notification_Push_Leaves_Through_A_Hangfire_Background_Job()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (sender, _, _, _) = await factory.SignUpAsync(admin);
        var (_, _, _, receiver) = await factory.SignUpAsync(admin);

        await sender.Friends.SendRequestAsync(new SendFriendRequestDto { UserId = receiver.UserId });

        var pushed = await WaitForPushAsync(factory, admin, receiver.UserId);
        pushed.ShouldBe(1);
        // The job's state turns Succeeded just after the sender has recorded the push.
        var monitor = factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        // One job per message where the job storage lives in memory; one per outbox batch where it is durable.
        bool Delivered() => monitor.SucceededJobs(0, 1_000).Any(j =>
            (j.Value.Job?.Type == typeof(OutboundDelivery) && Equals(j.Value.Job.Args[1], receiver.UserId.ToString("D")))
            || (j.Value.Job?.Type == typeof(OutboundBatchDelivery)
                && ((IEnumerable<OutboundMessage>)j.Value.Job.Args[0]).Any(m => m.Recipient == receiver.UserId.ToString("D"))));
        for (var i = 0; i < 50 && !Delivered(); i++)
        {
            await Task.Delay(100);
        }

        Delivered().ShouldBeTrue();
    }

    internal static async Task<long> WaitForPushAsync(MoyeoraWebApplicationFactory factory, MoyeoraApiClient admin, Guid userId)
    {
        long count = 0;
        for (var i = 0; i < 200 && count == 0; i++)
        {
            count = (await admin.Outbox.GetListAsync(new GetOutboxMessagesDto { Channel = OutboundChannel.Push, Recipient = userId.ToString("D") })).TotalCount;
            if (count == 0)
            {
                await Task.Delay(100);
            }
        }

        return count;
    }
}

public sealed class OutboundHttp_Sqlite_Tests(MoyeoraWebApplicationFactory factory) : OutboundHttp_Tests<MoyeoraWebApplicationFactory>(factory), IClassFixture<MoyeoraWebApplicationFactory>;

public sealed class OutboundHttp_PostgreSql_Tests(PostgreSqlHostFactory factory) : OutboundHttp_Tests<PostgreSqlHostFactory>(factory), IClassFixture<PostgreSqlHostFactory>;

public sealed class OutboundHttp_MariaDb_Tests(MariaDbHostFactory factory) : OutboundHttp_Tests<MariaDbHostFactory>(factory), IClassFixture<MariaDbHostFactory>;

/// <summary>A host whose push gateway fails the first attempt of every message.</summary>
public class FlakyGatewayFactory : MoyeoraWebApplicationFactory
{
    public ConcurrentDictionary<string, int> Attempts { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Decorate(Attempts));
    }
}

internal static class FlakySenderRegistration
{
    public static void Decorate(this IServiceCollection services, ConcurrentDictionary<string, int> attempts)
    {
        var inner = services.Last(d => d.ServiceType == typeof(IOutboundSender));
        services.Add(new ServiceDescriptor(inner.ImplementationType!, inner.ImplementationType!, inner.Lifetime));
        services.Add(new ServiceDescriptor(typeof(IOutboundSender),
            sp => new FlakySender((IOutboundSender)sp.GetRequiredService(inner.ImplementationType!), attempts), inner.Lifetime));
    }

    private sealed class FlakySender(IOutboundSender inner, ConcurrentDictionary<string, int> attempts) : IOutboundSender
    {
        public Task SendAsync(OutboundMessage message, CancellationToken cancellationToken = default) =>
            message.Channel == OutboundChannel.Push && attempts.AddOrUpdate(message.Recipient, 1, (_, n) => n + 1) == 1
                ? throw new HttpRequestException("the push gateway is down")
                : inner.SendAsync(message, cancellationToken);
    }
}

/// <summary>The same, with the transactional outbox: pushes leave in batch jobs, and a failed one is retried as a job of its own.</summary>
public sealed class FlakyGatewayOutboxFactory : FlakyGatewayFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Outbound:TransactionalOutbox"] = "true",
    };
}

public sealed class OutboundRetry_Tests(FlakyGatewayFactory factory) : OutboundRetry_Tests<FlakyGatewayFactory>(factory), IClassFixture<FlakyGatewayFactory>;

public sealed class OutboundRetry_Outbox_Tests(FlakyGatewayOutboxFactory factory) : OutboundRetry_Tests<FlakyGatewayOutboxFactory>(factory), IClassFixture<FlakyGatewayOutboxFactory>;

public abstract class OutboundRetry_Tests<TFactory>(TFactory factory)
    where TFactory : FlakyGatewayFactory
{
    [Fact]
    public async Task A_Failed_Push_Is_Retried_Until_It_Leaves()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (sender, _, _, _) = await factory.SignUpAsync(admin);
        var (_, _, _, receiver) = await factory.SignUpAsync(admin);

        await sender.Friends.SendRequestAsync(new SendFriendRequestDto { UserId = receiver.UserId });

        var pushed = await OutboundHttp_Tests<TFactory>.WaitForPushAsync(factory, admin, receiver.UserId);
        var monitor = factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        pushed.ShouldBe(1, $"attempts={string.Join(",", factory.Attempts)} stats: scheduled={monitor.ScheduledCount()} failed={monitor.FailedCount()} " +
            $"succeeded={monitor.SucceededListCount()} enqueued={monitor.EnqueuedCount("default")} " +
            string.Join(" | ", monitor.FailedJobs(0, 10).Select(j => j.Value.ExceptionMessage)));
        factory.Attempts[receiver.UserId.ToString("D")].ShouldBe(2, "the first attempt failed, the retry sent it");
    }
}
