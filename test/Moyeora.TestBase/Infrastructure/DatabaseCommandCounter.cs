using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.EntityFrameworkCore;

namespace Moyeora.TestBase.Infrastructure;

/// <summary>
/// Counts the database commands one test's own code path sends (as <see cref="DatabaseMetrics"/> records them), from
/// its creation on: only commands of the given service provider, and only on the creating async flow (its awaits and
/// what they call inline, after-commit handlers included), so background work of the fixture is not counted.
/// </summary>
public sealed class DatabaseCommandCounter : IDisposable
{
    private static readonly AsyncLocal<DatabaseCommandCounter?> Current = new();

    private readonly MeterListener _listener = new();
    private int _count;

    public DatabaseCommandCounter(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        Current.Value = this;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == DatabaseMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory)
                && instrument.Name == "moyeora.db.command.duration")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, _, _, _) =>
        {
            if (ReferenceEquals(Current.Value, this))
            {
                Interlocked.Increment(ref _count);
            }
        });
        _listener.Start();
    }

    public int Count => Volatile.Read(ref _count);

    /// <summary>The commands counted since the last call (or creation), and starts again from zero.</summary>
    public int Take() => Interlocked.Exchange(ref _count, 0);

    public void Dispose()
    {
        Current.Value = null;
        _listener.Dispose();
    }
}
