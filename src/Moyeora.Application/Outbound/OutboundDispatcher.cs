using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Moyeora.Outbound;

/// <summary>
/// Moves the transactional outbox (<see cref="PendingOutboundMessage"/>) to the job system: woken after each commit that
/// stored messages, and every few seconds for messages another node stored and could not hand over (it died). Each
/// round claims up to <see cref="BatchSize"/> messages, hands them to <see cref="IOutboundQueue"/> as one batch and
/// deletes them; a node that dies between the claim and the delete leaves a claim that runs out after
/// <see cref="OutboundOptions.OutboxLeaseSeconds"/>, and another node hands those messages over (delivery is at least once).
/// Idle unless <see cref="OutboundOptions.TransactionalOutbox"/> is on.
/// </summary>
public sealed class OutboundDispatcher(
    IServiceScopeFactory scopes, IOutboundQueue queue, IOptions<OutboundOptions> options, TimeProvider clock, ILogger<OutboundDispatcher> logger)
    : BackgroundService
{
    public const int BatchSize = 200;
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(5);

    // One pending wake-up is enough: a round takes everything due.
    private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wakeUps.Writer.TryWrite(true);

    /// <summary>Claims one batch, hands it over and deletes it; returns how many messages it moved.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var pending = scope.ServiceProvider.GetRequiredService<IPendingOutboundRepository>();
        var lease = TimeSpan.FromSeconds(Math.Clamp(options.Value.OutboxLeaseSeconds, 5, 3600));
        var claimed = await pending.ClaimAsync(BatchSize, clock.GetUtcNow().UtcDateTime, lease, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        queue.Enqueue(claimed.Select(m => m.ToMessage()).ToList());
        await pending.DeleteAsync(claimed.Select(m => m.Id).ToList(), cancellationToken);
        return claimed.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.TransactionalOutbox)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchOnceAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The messages stay stored (or claimed until the lease runs out): the next round tries again.
                logger.LogWarning(ex, "Handing the outbound outbox to the job system failed; retrying in {Seconds} s", SweepInterval.TotalSeconds);
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(SweepInterval);
            try
            {
                await _wakeUps.Reader.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                // the sweep interval passed, or the host is stopping (the loop condition decides)
            }
        }
    }
}
