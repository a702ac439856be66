using Moyeora.Settings;

namespace Moyeora.Hosting;

/// <summary>
/// Keeps this node's operational settings in step with the database: read at start, then every
/// <see cref="OperationalSettingsProvider.RefreshInterval"/>, so a change saved on any node is in force everywhere within
/// seconds, without a restart and without depending on Redis.
/// </summary>
internal sealed class OperationalSettingsRefresher(OperationalSettingsProvider settings, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(OperationalSettingsProvider.RefreshInterval, clock);
        do
        {
            await settings.RefreshAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
