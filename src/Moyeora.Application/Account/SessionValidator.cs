using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moyeora.Live;
using Moyeora.Users;

namespace Moyeora.Account;

/// <summary>
/// Decides, for every authenticated request and live connection, whether an access token still stands: it must carry
/// the user's current security stamp, and the user must be active and not locked by a moderator. The stamp is cached
/// per node for <see cref="SessionSecurityOptions.StampCacheSeconds"/>; a <see cref="SessionsEndedLive"/> message (sent to
/// every node when sessions end) drops the cached value at once, so an ended session stops working everywhere within
/// the fan-out delay, and within the cache time even if that message were lost.
/// </summary>
public sealed class SessionValidator(IServiceScopeFactory scopes, IOptions<SessionSecurityOptions> options, TimeProvider clock)
    : ILiveMessageHandler, IDisposable
{
    public const string SecurityStampClaim = "sst";

    private readonly MemoryCache _stamps = new(new MemoryCacheOptions { SizeLimit = options.Value.StampCacheSize });

    /// <summary>True when a token for <paramref name="userId"/> issued with stamp <paramref name="stampClaim"/> may be used now.</summary>
    public async ValueTask<bool> IsCurrentAsync(Guid userId, string? stampClaim, CancellationToken cancellationToken = default)
    {
        if (!int.TryParse(stampClaim, NumberStyles.None, CultureInfo.InvariantCulture, out var stamp))
        {
            return false;
        }

        if (!_stamps.TryGetValue(userId, out UserSecurityState? state))
        {
            await using var scope = scopes.CreateAsyncScope();
            state = await scope.ServiceProvider.GetRequiredService<IUserRepository>().GetSecurityStateAsync(userId, cancellationToken);
            _stamps.Set(userId, state, new MemoryCacheEntryOptions
            {
                Size = 1,
                AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(options.Value.StampCacheSeconds),
            });
        }

        return state is not null && state.Allows(stamp, clock.GetUtcNow().UtcDateTime);
    }

    public Task HandleAsync(LiveMessage message, CancellationToken cancellationToken)
    {
        switch (message)
        {
            case SessionsEndedLive ended:
                _stamps.Remove(ended.UserId);
                break;
            case SecurityStateChangedLive changed:
                _stamps.Remove(changed.UserId);
                break;
        }

        return Task.CompletedTask;
    }

    public void Dispose() => _stamps.Dispose();
}

/// <summary>Bound from the <c>Sessions</c> configuration section.</summary>
public sealed class SessionSecurityOptions
{
    public const string SectionName = "Sessions";

    /// <summary>How long a node trusts a user's cached security stamp (the bound when a fan-out message is lost).</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 300)]
    public int StampCacheSeconds { get; set; } = 5;

    [System.ComponentModel.DataAnnotations.Range(1000, 10_000_000)]
    public int StampCacheSize { get; set; } = 200_000;

    /// <summary>How often each node re-reads the security state of everyone connected live to it (the bound when a fan-out message is lost).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3600)]
    public int LiveSweepSeconds { get; set; } = 30;
}
