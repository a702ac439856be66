using System.Diagnostics;
using Moyeora.Live;
using Moyeora.TestBase.Servers;
using Xunit.Abstractions;

namespace Moyeora.HttpApi.Tests.Faults;

/// <summary>
/// Fault 4: a node given SIGTERM while its database, its Redis or both are gone finishes its graceful shutdown within
/// its configured timeout (Hosting:ShutdownTimeoutSeconds; FaultCluster sets 10 s, the default is 30 s). Before the fix,
/// a PostgreSQL node whose database had stopped took about 2.5 minutes, Hangfire retrying the connection.
/// </summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Faults")]
public sealed class ShutdownWithDeadDependency_Fault_Tests(FaultCluster cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task A_Node_Stops_Within_Its_Shutdown_Timeout_With_The_Database_Redis_Or_Both_Gone()
    {
        await cluster.EnsureHealthyAsync();
        // One node per case, started together; each has a live client and REST calls going when its dependencies die.
        var nodes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => cluster.StartExtraNodeAsync()));
        var admin = await cluster.AdminAsync();
        var results = new List<string>();
        foreach (var (node, gone) in nodes.Zip(new[] { "database", "redis", "both" }))
        {
            await node.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)); // back on the dependencies the previous case stopped
            var (api, tokens) = await cluster.SignUpAsync(admin);
            var direct = FaultCluster.Api(node.Root);
            direct.UseTokens(tokens);
            LiveClient? live = null;
            // Like any client, it tries again while the node's backplane connection is still coming back.
            (await FaultCluster.WithinAsync(TimeSpan.FromSeconds(20), async () => (live = await LiveClient.ConnectAsync(node.Root, tokens.AccessToken)) is not null, 250))
                .ShouldNotBeNull($"a live client connects to the node for the {gone} case");
            await using var _ = live!;
            using var stopping = new CancellationTokenSource();
            var load = Task.Run(async () =>
            {
                while (!stopping.IsCancellationRequested)
                {
                    try
                    {
                        await direct.Notifications.GetUnreadCountAsync(stopping.Token);
                        await live!.InvokeAsync("ReportPosition", 37.55, 126.97);
                    }
                    catch (Exception)
                    {
                        // the node is going down; what it answers is the other tests' concern
                    }

                    await Task.Delay(200, CancellationToken.None);
                }
            });

            if (gone is "database" or "both")
            {
                cluster.Postgres.Stop();
            }

            if (gone is "redis" or "both")
            {
                cluster.Redis.Stop();
            }

            await Task.Delay(TimeSpan.FromSeconds(2)); // the node notices: Hangfire, subscriptions and the pool start retrying
            var took = await node.TerminateAsync(FaultCluster.ShutdownTimeout + TimeSpan.FromSeconds(20));
            await stopping.CancelAsync();
            await load;
            results.Add($"{gone} gone: {(took is { } t ? $"{t.TotalSeconds:0.0} s" : "did not exit")}");

            if (gone is "database" or "both")
            {
                await cluster.Postgres.StartAgainAsync();
            }

            if (gone is "redis" or "both")
            {
                await cluster.Redis.StartAgainAsync();
            }

            took.ShouldNotBeNull($"the node with the {gone} gone exited after SIGTERM");
            // The host's deadline, plus what the runtime needs to unload after it (well under a second here).
            took.Value.ShouldBeLessThan(FaultCluster.ShutdownTimeout + TimeSpan.FromSeconds(2), $"the node with the {gone} gone stopped within its shutdown timeout");
        }

        output.WriteLine($"SIGTERM to exit (shutdown timeout {FaultCluster.ShutdownTimeout.TotalSeconds:0} s): " + string.Join("; ", results));
        await cluster.EnsureHealthyAsync();
    }
}
