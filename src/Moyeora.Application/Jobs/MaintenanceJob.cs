using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moyeora.Domain;
using Moyeora.Meetups;

namespace Moyeora.Jobs;

/// <summary>
/// One scheduled job's logic (spec §8). Idempotent: running it twice changes nothing more. Bounded: it works
/// in batches, each in its own unit of work, and stops after <see cref="JobOptions.MaxBatchesPerRun"/>.
/// The host's scheduler decides when it runs; this decides what a run does.
/// </summary>
public abstract class MaintenanceJob(IServiceScopeFactory scopes, IOptions<JobOptions> options, TimeProvider clock)
{
    public abstract string Name { get; }

    public abstract string Description { get; }

    protected TimeProvider Clock { get; } = clock;

    protected JobOptions Options => options.Value;

    /// <summary>Runs once; adds what it changed to <paramref name="counts"/>.</summary>
    public abstract Task RunAsync(JobCounts counts, CancellationToken cancellationToken);

    protected DateTime Now => Clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Calls <paramref name="batch"/> (given a fresh scope and the batch size) until it reports fewer items
    /// than a full batch or the per-run limit is reached. Returns the items handled.
    /// </summary>
    protected async Task<int> InBatchesAsync(Func<IServiceProvider, int, Task<int>> batch, JobCounts counts, CancellationToken cancellationToken)
    {
        var total = 0;
        for (var round = 0; round < Options.MaxBatchesPerRun; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            var handled = await batch(scope.ServiceProvider, Options.BatchSize);
            counts.Add("batches", 1);
            total += handled;
            if (handled < Options.BatchSize)
            {
                return total;
            }
        }

        counts.Add("backlogLeft", 1);
        return total;
    }

    /// <summary>
    /// Loads due meetups a batch at a time (tracked), applies a domain change to each and saves the batch,
    /// again on fresh data if a concurrent writer got there first. Counts the meetups seen and what
    /// <paramref name="change"/> reports under <paramref name="changedName"/>.
    /// </summary>
    protected async Task ChangeMeetupsAsync(JobCounts counts, string changedName,
        Func<IMeetupRepository, DateTime, int, Task<IReadOnlyList<Meetup>>> load, Func<Meetup, DateTime, int> change, CancellationToken cancellationToken)
    {
        counts.Add(changedName, 0);
        counts.Add("meetups", await InBatchesAsync(async (services, size) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            var (seen, changed) = await unitOfWork.RetryOnConflictAsync(async () =>
            {
                var now = Now;
                var due = await load(services.GetRequiredService<IMeetupRepository>(), now, size);
                var applied = due.Sum(m => change(m, now));
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return (due.Count, applied);
            });
            counts.Add(changedName, changed);
            return seen;
        }, counts, cancellationToken));
    }
}

/// <summary>What one run changed, by name, e.g. <c>ended=12 batches=1</c>.</summary>
public sealed class JobCounts
{
    private readonly SortedDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public void Add(string name, long count) => _counts[name] = _counts.GetValueOrDefault(name) + count;

    public long this[string name] => _counts.GetValueOrDefault(name);

    public override string ToString() => string.Join(' ', _counts.Select(c => $"{c.Key}={c.Value}"));
}
