using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;

namespace Moyeora.Account;

/// <summary>
/// Counts attempts per key (a phone number, a session) in fixed windows, where the abuse happens, rather than per client
/// address: many people share one mobile carrier's address. With Redis configured every node shares the counts.
/// </summary>
public interface IAttemptLimiter
{
    /// <summary>Counts one attempt; null when allowed, otherwise how long until the window ends.</summary>
    ValueTask<TimeSpan?> TryAcquireAsync(string key, int permits, TimeSpan window, CancellationToken cancellationToken = default);
}

/// <summary>One node's counts, in memory (the embedded default).</summary>
public sealed class InMemoryAttemptLimiter(TimeProvider clock) : IAttemptLimiter
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private long _calls;

    public ValueTask<TimeSpan?> TryAcquireAsync(string key, int permits, TimeSpan window, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (Interlocked.Increment(ref _calls) % 4096 == 0)
        {
            foreach (var (staleKey, stale) in _windows)
            {
                if (stale.Ends <= now)
                {
                    _windows.TryRemove(new KeyValuePair<string, Window>(staleKey, stale));
                }
            }
        }

        var current = _windows.AddOrUpdate(key, static (_, arg) => new Window(arg.now + arg.window, 1),
            static (_, existing, arg) => existing.Ends <= arg.now ? new Window(arg.now + arg.window, 1) : existing with { Count = existing.Count + 1 },
            (now, window));
        return ValueTask.FromResult<TimeSpan?>(current.Count <= permits ? null : current.Ends - now);
    }

    private sealed record Window(DateTime Ends, int Count);
}

/// <summary>Bound from the <c>RateLimiting</c> configuration section: limits kept where the abuse happens.</summary>
public sealed class AttemptLimitOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Log-in attempts per phone number (registered or not, alike) per 10 minutes, on top of the lock-out.</summary>
    [Range(1, 100_000)]
    public int LogInAttemptsPerPhonePerTenMinutes { get; set; } = 10;

    /// <summary>Refreshes per session (refresh-token family) per minute.</summary>
    [Range(1, 100_000)]
    public int RefreshesPerSessionPerMinute { get; set; } = 10;

    /// <summary>
    /// Verification-code requests per client address per hour: a high ceiling only (many people share one carrier
    /// address); the per-number limit (5 an hour) is what stops abuse.
    /// </summary>
    [Range(1, 1_000_000)]
    public int CodeRequestsPerAddressPerHour { get; set; } = 500;
}
