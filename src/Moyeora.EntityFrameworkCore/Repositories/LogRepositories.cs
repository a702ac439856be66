using Microsoft.EntityFrameworkCore;
using Moyeora.Auditing;
using Moyeora.Domain;
using Moyeora.EntityFrameworkCore;
using Moyeora.Security;

namespace Moyeora.Repositories;

/// <summary>Adds audit entries to the operation's context; the operation's own save writes them with the change.</summary>
internal sealed class AuditTrail(MoyeoraDbContext db, ICurrentUser currentUser, ICurrentClient currentClient, TimeProvider clock) : IAuditTrail
{
    public async Task RecordAsync(string action, string targetType, string targetId, string? reason, params AuditChange[] changes)
    {
        var actorId = currentUser.Id;
        string? nickname = null;
        if (actorId is { } id)
        {
            // The tracked aggregate if the operation loaded it (it may be the target), else a read.
            nickname = db.Users.Local.FirstOrDefault(u => u.Id == id)?.Nickname
                ?? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.Nickname).FirstOrDefaultAsync();
        }

        db.Add(new AuditLogEntry(Guid.NewGuid(), clock.GetUtcNow().UtcDateTime, actorId, nickname, currentClient.IpAddress, action, targetType, targetId,
            reason, changes));
    }
}

internal sealed class AuditLogRepository(MoyeoraDbContext db) : IAuditLogRepository
{
    public async Task<(IReadOnlyList<AuditLogEntry> Items, long TotalCount)> GetPagedAsync(AuditLogQuery query, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        var entries = db.AuditLogEntries.AsNoTracking();
        if (query.ActorId is { } actor)
        {
            entries = entries.Where(e => e.ActorId == actor);
        }

        if (query.TargetType is { } type)
        {
            entries = entries.Where(e => e.TargetType == type);
        }

        if (query.TargetId is { } target)
        {
            entries = entries.Where(e => e.TargetId == target);
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        return await entries.PageNewestFirstAsync(query.TimeFrom, query.TimeTo, skip, take, cancellationToken);
    }
}

/// <summary>Adds security entries to the operation's context; the operation's own save writes them.</summary>
internal sealed class SecurityLog(MoyeoraDbContext db, ICurrentClient currentClient, TimeProvider clock) : ISecurityLog
{
    public void Record(SecurityLogKind kind, Guid? userId, string? detail = null) =>
        db.Add(new SecurityLogEntry(Guid.NewGuid(), clock.GetUtcNow().UtcDateTime, userId, kind, currentClient.IpAddress, currentClient.UserAgent, detail));
}

internal sealed class SecurityLogRepository(MoyeoraDbContext db) : ISecurityLogRepository
{
    public async Task<(IReadOnlyList<SecurityLogEntry> Items, long TotalCount)> GetPagedAsync(SecurityLogQuery query, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        var entries = db.SecurityLogEntries.AsNoTracking();
        if (query.UserId is { } user)
        {
            entries = entries.Where(e => e.UserId == user);
        }

        if (query.Kind is { } kind)
        {
            entries = entries.Where(e => e.Kind == kind);
        }

        return await entries.PageNewestFirstAsync(query.TimeFrom, query.TimeTo, skip, take, cancellationToken);
    }
}

internal static class TimedLogQueries
{
    /// <summary>The entries in [from, to), newest first (ties by id, so pages never overlap), one page and the total.</summary>
    public static async Task<(IReadOnlyList<T> Items, long TotalCount)> PageNewestFirstAsync<T>(this IQueryable<T> entries, DateTime? from, DateTime? to,
        int skip, int take, CancellationToken cancellationToken)
        where T : class, ITimedLogEntry
    {
        if (from is { } start)
        {
            entries = entries.Where(e => e.Time >= start);
        }

        if (to is { } end)
        {
            entries = entries.Where(e => e.Time < end);
        }

        var total = await entries.LongCountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Time).ThenByDescending(e => e.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (items, total);
    }
}
