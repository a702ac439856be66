namespace Moyeora.Domain;

/// <summary>An entry of an append-only log (audit, security): read newest first, within a time window, a page at a time.</summary>
public interface ITimedLogEntry
{
    Guid Id { get; }

    DateTime Time { get; }
}
