using Moyeora.Account;
using Moyeora.Hosting;
using Moyeora.TestBase.Infrastructure;
using Moyeora.TestBase.Servers;

namespace Moyeora.HttpApi.Tests;

/// <summary>One contract for both attempt limiters: one node's memory and Redis shared by every node.</summary>
public abstract class AttemptLimiter_Tests
{
    protected abstract IAttemptLimiter Limiter { get; }

    /// <summary>Lets a window of the given length pass.</summary>
    protected abstract Task PassAsync(TimeSpan window);

    [Fact]
    public async Task Counts_Each_Key_In_Its_Own_Window()
    {
        var (key, other) = ("login:" + Guid.NewGuid(), "login:" + Guid.NewGuid());
        var window = TimeSpan.FromMilliseconds(800);
        for (var i = 0; i < 3; i++)
        {
            (await Limiter.TryAcquireAsync(key, 3, window)).ShouldBeNull();
        }

        var wait = await Limiter.TryAcquireAsync(key, 3, window);
        wait.ShouldNotBeNull();
        wait.Value.ShouldBeInRange(TimeSpan.Zero, window);
        (await Limiter.TryAcquireAsync(other, 3, window)).ShouldBeNull("another number is counted apart");

        await PassAsync(window);
        (await Limiter.TryAcquireAsync(key, 3, window)).ShouldBeNull("a new window starts afresh");
    }
}

public sealed class InMemoryAttemptLimiter_Tests : AttemptLimiter_Tests
{
    private readonly TestClock _clock = new();

    public InMemoryAttemptLimiter_Tests() => Limiter = new InMemoryAttemptLimiter(_clock);

    protected override IAttemptLimiter Limiter { get; }

    protected override Task PassAsync(TimeSpan window)
    {
        _clock.Advance(window);
        return Task.CompletedTask;
    }
}

public sealed class RedisAttemptLimiter_Tests : AttemptLimiter_Tests, IAsyncLifetime
{
    private RedisConnection? _redis;

    protected override IAttemptLimiter Limiter => new RedisAttemptLimiter(_redis!);

    protected override Task PassAsync(TimeSpan window) => Task.Delay(window + TimeSpan.FromMilliseconds(100));

    public async Task InitializeAsync() => _redis = new RedisConnection((await RedisServer.GetAsync()).Configuration);

    public Task DisposeAsync()
    {
        _redis?.Dispose();
        return Task.CompletedTask;
    }
}
