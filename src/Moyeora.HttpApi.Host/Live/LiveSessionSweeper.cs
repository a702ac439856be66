using Microsoft.Extensions.Options;
using Moyeora.Account;
using Moyeora.Users;

namespace Moyeora.Live;

/// <summary>
/// The safety net under the live bus: every <see cref="SessionSecurityOptions.LiveSweepSeconds"/> this node reads the security
/// state of everyone connected to it (in batches, one query each) and closes any connection whose sessions ended — so
/// a lock, deactivation or password change reaches an open connection even if its fan-out message was lost.
/// </summary>
internal sealed class LiveSessionSweeper(
    LiveConnections connections,
    LiveDispatcher dispatcher,
    IServiceScopeFactory scopes,
    IOptions<SessionSecurityOptions> options,
    TimeProvider clock,
    ILogger<LiveSessionSweeper> logger) : BackgroundService
{
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.LiveSweepSeconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await SweepAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Checking live connections' sessions failed; trying again at the next sweep");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var open = connections.All.ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var batch in open.Chunk(BatchSize))
        {
            await using var scope = scopes.CreateAsyncScope();
            var states = await scope.ServiceProvider.GetRequiredService<IUserRepository>()
                .GetSecurityStatesAsync(batch.Select(c => c.UserId).Distinct().ToList(), cancellationToken);
            foreach (var connection in batch)
            {
                if (!states.TryGetValue(connection.UserId, out var state) || !state.Allows(connection.SecurityStamp, now))
                {
                    await dispatcher.CloseAsync(connection, "sessionEnded");
                }
            }
        }
    }
}
