using Moyeora.Domain;
using System.Globalization;
using System.Text.Json;

namespace Moyeora.Auditing;

/// <summary>One field an audited action changed, with its value before and after (as text; null when there was none).</summary>
public sealed record AuditChange(string Field, string? Before, string? After)
{
    /// <summary>A change with the values written invariantly: instants as ISO 8601 UTC, enums by name, numbers in the invariant culture.</summary>
    public static AuditChange Of(string field, object? before, object? after) => new(field, Text(before), Text(after));

    /// <summary>The changes whose value differs: a repeated action (hiding what is hidden) is recorded with nothing changed.</summary>
    public static AuditChange[] OnlyChanged(params AuditChange[] changes) => changes.Where(c => c.Before != c.After).ToArray();

    public static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d => DateTime.SpecifyKind(d, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

/// <summary>
/// One administrative or moderation action: who (id and nickname at that moment), when, from which address, what, on
/// which target, why, and the before/after values of what changed. Append-only: nothing in the product changes or
/// deletes an entry once it is written (the database context refuses to).
/// </summary>
public sealed class AuditLogEntry : ITimedLogEntry
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private AuditLogEntry()
    {
    }

    public AuditLogEntry(Guid id, DateTime time, Guid? actorId, string? actorNickname, string? ipAddress, string action, string targetType, string targetId,
        string? reason, IEnumerable<AuditChange> changes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetType);
        ArgumentNullException.ThrowIfNull(targetId);
        if (action.Length > AuditConsts.MaxActionLength || targetType.Length > AuditConsts.MaxTargetTypeLength)
        {
            throw new ArgumentException("The action or target type is too long for the audit log.");
        }

        Id = id;
        Time = time;
        ActorId = actorId;
        ActorNickname = Cut(actorNickname, AuditConsts.MaxNicknameLength);
        IpAddress = Cut(ipAddress, AuditConsts.MaxIpAddressLength);
        Action = action;
        TargetType = targetType;
        TargetId = Cut(targetId, AuditConsts.MaxTargetIdLength)!;
        Reason = Cut(string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), AuditConsts.MaxReasonLength);
        Changes = SerializeChanges(changes);
    }

    public Guid Id { get; private set; }

    public DateTime Time { get; private set; }

    /// <summary>Null for the system (a scheduled job) or a caller no longer known.</summary>
    public Guid? ActorId { get; private set; }

    /// <summary>The actor's nickname when the action was done (kept even if it changes or the account is erased later).</summary>
    public string? ActorNickname { get; private set; }

    public string? IpAddress { get; private set; }

    public string Action { get; private set; } = null!;

    public string TargetType { get; private set; } = null!;

    public string TargetId { get; private set; } = null!;

    public string? Reason { get; private set; }

    /// <summary>The before/after list as JSON (<c>[{"field":..,"before":..,"after":..}]</c>).</summary>
    public string Changes { get; private set; } = "[]";

    public IReadOnlyList<AuditChange> GetChanges() => JsonSerializer.Deserialize<List<AuditChange>>(Changes, Json) ?? [];

    private static string SerializeChanges(IEnumerable<AuditChange> changes)
    {
        var list = changes.Select(c => new AuditChange(Cut(c.Field, AuditConsts.MaxFieldLength)!, Cut(c.Before, AuditConsts.MaxValueLength),
            Cut(c.After, AuditConsts.MaxValueLength))).ToList();
        var json = JsonSerializer.Serialize(list, Json);
        // Values were cut to their limit, so only an unusually long list can overflow: keep as many whole changes as fit.
        while (json.Length > AuditConsts.MaxChangesLength && list.Count > 0)
        {
            list.RemoveAt(list.Count - 1);
            json = JsonSerializer.Serialize(list, Json);
        }

        return json;
    }

    private static string? Cut(string? value, int max) => value is not null && value.Length > max ? value[..max] : value;
}

/// <summary>
/// The one way every administrative and moderation operation is audited. <see cref="RecordAsync"/> adds the entry to the
/// operation's own unit of work and saves nothing: the change and its audit row commit together, or neither does. The
/// actor (id, nickname), the client's address and the time are filled in from the current request.
/// </summary>
public interface IAuditTrail
{
    /// <param name="action">A stable name from <see cref="AuditActions"/> (<c>User.Lock</c>).</param>
    /// <param name="targetType">A name from <see cref="AuditTargetTypes"/>.</param>
    /// <param name="changes">What changed, field by field, with the values before and after (<see cref="AuditChange.Of"/>).</param>
    Task RecordAsync(string action, string targetType, string targetId, string? reason, params AuditChange[] changes);
}

/// <param name="TimeFrom">Inclusive.</param>
/// <param name="TimeTo">Exclusive.</param>
public sealed record AuditLogQuery(Guid? ActorId, string? TargetType, string? TargetId, string? Action, DateTime? TimeFrom, DateTime? TimeTo);

/// <summary>Reads the audit log; it has no way to change or delete an entry (they are written through <see cref="IAuditTrail"/>).</summary>
public interface IAuditLogRepository
{
    /// <summary>Newest first.</summary>
    Task<(IReadOnlyList<AuditLogEntry> Items, long TotalCount)> GetPagedAsync(AuditLogQuery query, int skip, int take, CancellationToken cancellationToken = default);
}
