using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Moyeora.Settings;

/// <summary>
/// The operational settings in force on this node, read without I/O by the rate limiter, the log-in and the live hub.
/// The node that saves a change applies it at once; every node re-reads the stored row every
/// <see cref="RefreshInterval"/> (one read by primary key), so a change reaches them all within seconds, no restart.
/// Until someone saves the settings, the deployment's configuration (<see cref="OperationalSettingsOptions"/>) decides.
/// </summary>
public sealed class OperationalSettingsProvider(IServiceScopeFactory scopes, IOptions<OperationalSettingsOptions> options, ILogger<OperationalSettingsProvider> logger)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private volatile OperationalSettingValues? _stored;

    public OperationalSettingValues Defaults => options.Value.Values;

    public OperationalSettingValues Current => _stored ?? Defaults;

    /// <summary>Re-reads the stored settings; on failure (database down) the last known values stay in force.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            _stored = await scope.ServiceProvider.GetRequiredService<IOperationalSettingsRepository>().GetValuesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Operational settings were not refreshed; the last known values stay in force");
        }
    }

    /// <summary>Applies values just saved on this node.</summary>
    internal void Apply(OperationalSettingValues values) => _stored = values;
}

/// <summary>The configuration's operational settings, in force until an administrator saves others (the host binds them).</summary>
public sealed class OperationalSettingsOptions
{
    public OperationalSettingValues Values { get; set; } = OperationalSettingValues.Default;
}
