using Microsoft.Extensions.Options;

namespace Moyeora.Live;

/// <summary>Writes this node's collected "last seen" times every <see cref="LiveOptions.LastSeenFlushInterval"/>, and once more on shutdown.</summary>
internal sealed class LastSeenFlusher(LastSeenTracker tracker, IOptions<LiveOptions> options, ILogger<LastSeenFlusher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.LastSeenFlushInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await tracker.FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Writing last-seen times failed; they are kept for the next attempt");
        }
    }
}
