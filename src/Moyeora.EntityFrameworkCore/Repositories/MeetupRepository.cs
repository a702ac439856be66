using Microsoft.EntityFrameworkCore;
using MySql.EntityFrameworkCore.Extensions;
using Moyeora.Chat;
using Moyeora.EntityFrameworkCore;
using Moyeora.ExceptionHandling;
using Moyeora.Locations;
using Moyeora.Meetups;
using Moyeora.Notifications;
using Moyeora.Users;

namespace Moyeora.Repositories;

internal sealed class MeetupRepository(MoyeoraDbContext db) : IMeetupRepository
{
    private IQueryable<Meetup> ReadOnly => db.Meetups.AsNoTracking().IgnoreAutoIncludes();

    public async Task<(IReadOnlyList<Meetup> Items, int TotalCount)> GetPagedForAdministrationAsync(MeetupAdminSearch search, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        var query = ReadOnly;
        if (!string.IsNullOrEmpty(search.NormalizedTitlePart))
        {
            var part = search.NormalizedTitlePart;
            query = query.Where(m => m.NormalizedTitle.Contains(part));
        }

        if (search.HostId is { } hostId)
        {
            query = query.Where(m => m.HostId == hostId);
        }

        if (search.Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }

        if (search.FromUtc is { } from && search.ToUtc is { } to)
        {
            query = query.Where(m => m.StartTime >= from && m.StartTime < to);
        }

        if (search.Hidden is { } hidden)
        {
            query = hidden ? query.Where(m => m.HiddenTime != null) : query.Where(m => m.HiddenTime == null);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderByDescending(m => m.CreationTime).ThenBy(m => m.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (page, total);
    }

    public Task<Meetup?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        // Already tracked by this unit of work (the operation loaded it to change it): that instance, with no query. A
        // query would return the same instance anyway, after five round trips made while the meetup's row is locked.
        foreach (var entry in db.ChangeTracker.Entries<Meetup>())
        {
            if (entry.Entity.Id == id && entry.State != EntityState.Deleted)
            {
                return Task.FromResult<Meetup?>(entry.Entity);
            }
        }

        return db.Meetups.AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
    }

    public async Task<Meetup?> FindForUpdateAsync(Guid id, CancellationToken cancellationToken = default)
    {
        // SQLite: the transaction begins IMMEDIATE, taking the database's write lock at once.
        // PostgreSQL, MySQL/MariaDB: the meetup's row is locked; other meetups stay free.
        if (db.Database.CurrentTransaction is null)
        {
            await db.Database.BeginTransactionAsync(cancellationToken);
        }

        // The save that ends this transaction either commits or is discarded whole (RetryOnConflictAsync), so the
        // savepoint EF would set around it (two more round trips while the row is locked) is never rolled back to.
        db.Database.AutoSavepointsEnabled = false;

        try
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"Meetups\" WHERE \"Id\" = {id} FOR UPDATE", cancellationToken);
            }
            else if (db.Database.IsMySql())
            {
                await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM `Meetups` WHERE `Id` = {id} FOR UPDATE", cancellationToken);
            }

            // Always read after taking the lock (never an instance tracked before it), so the rules check committed state.
            return await db.Meetups.AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        }
        catch (Exception ex) when (DbErrors.IsTransientConflict(ex))
        {
            // The database chose this transaction as a deadlock's victim while it took the lock (MariaDB does, when
            // another transaction of the same person holds rows this one waits for): the same conflict a save can
            // meet, so RetryOnConflictAsync runs the operation again on fresh data.
            throw new BusinessException(MoyeoraErrorCodes.ConcurrencyConflict, ErrorKind.Conflict, ex);
        }
    }

    public Task<MeetupLiveState?> GetLiveStateAsync(Guid id, CancellationToken cancellationToken = default) =>
        ReadOnly.Where(m => m.Id == id)
            .Select(m => new MeetupLiveState(m.Id, m.HostId, m.Title, m.Status, m.MemberCount, m.MaxMembers, m.StartTime, m.Latitude, m.Longitude, m.HiddenTime != null))
            .FirstOrDefaultAsync(cancellationToken);

    public Task<Meetup?> FindReadOnlyAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Meetups.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Meetup>> GetHostedOpenAsync(Guid hostId, CancellationToken cancellationToken = default) =>
        await db.Meetups.AsSplitQuery()
            .Where(m => m.HostId == hostId && (m.Status == MeetupStatus.Recruiting || m.Status == MeetupStatus.Confirmed))
            .ToListAsync(cancellationToken);

    public Task<Meetup?> FindByInvitationAsync(Guid invitationId, CancellationToken cancellationToken = default) =>
        db.Meetups.AsSplitQuery().FirstOrDefaultAsync(m => db.Set<MeetupInvitation>().Any(i => i.Id == invitationId && i.MeetupId == m.Id), cancellationToken);

    public async Task InsertAsync(Meetup meetup, CancellationToken cancellationToken = default) =>
        await db.Meetups.AddAsync(meetup, cancellationToken);

    public Task DeleteAsync(Meetup meetup, CancellationToken cancellationToken = default)
    {
        db.Meetups.Remove(meetup);
        return Task.CompletedTask;
    }

    public async Task<(IReadOnlyList<MeetupSummary> Items, int TotalCount)> GetRecruitingAsync(DateTime now, int skip, int take, CancellationToken cancellationToken = default, IReadOnlyCollection<Guid>? excludedHostIds = null)
    {
        var query = ExceptHosts(ReadOnly.Where(m => m.Status == MeetupStatus.Recruiting && m.StartTime > now && m.HiddenTime == null), excludedHostIds);
        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(m => m.StartTime).ThenByDescending(m => m.CreationTime).ThenBy(m => m.Id)
            .Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (await SummarizeAsync(page, cancellationToken), total);
    }

    public async Task<IReadOnlyList<MeetupSummary>> GetRecruitingInBoxAsync(GeoBox box, DateTime now, int limit, CancellationToken cancellationToken = default, IReadOnlyCollection<Guid>? excludedHostIds = null)
    {
        var page = await InBox(ExceptHosts(ReadOnly.Where(m => m.Status == MeetupStatus.Recruiting && m.StartTime > now && m.HiddenTime == null && !m.IsOnline), excludedHostIds), box)
            .OrderBy(m => m.StartTime).ThenBy(m => m.Id).Take(limit).ToListAsync(cancellationToken);
        return await SummarizeAsync(page, cancellationToken);
    }

    public async Task<IReadOnlyList<MeetupMarker>> GetMarkersAsync(GeoBox box, DateTime now, int limit, CancellationToken cancellationToken = default, IReadOnlyCollection<Guid>? excludedHostIds = null) =>
        await InBox(ExceptHosts(ReadOnly.Where(m => m.Status == MeetupStatus.Recruiting && m.StartTime > now && m.HiddenTime == null && !m.IsOnline), excludedHostIds), box)
            .OrderBy(m => m.StartTime).ThenBy(m => m.Id).Take(limit)
            .Select(m => new MeetupMarker(m.Id, m.Latitude!.Value, m.Longitude!.Value, m.Title, m.MemberCount, m.MaxMembers, m.StartTime))
            .ToListAsync(cancellationToken);

    public async Task<(IReadOnlyList<MeetupSummary> Items, int TotalCount)> GetForMemberAsync(Guid userId, int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = ReadOnly.Where(m => db.Set<MeetupParticipant>().Any(p => p.MeetupId == m.Id && p.UserId == userId));
        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderByDescending(m => m.StartTime).ThenBy(m => m.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (await SummarizeAsync(page, cancellationToken), total);
    }

    public async Task<(IReadOnlyList<MeetupSummary> Items, int TotalCount)> GetHostingRecruitingAsync(Guid userId, DateTime now, int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = ReadOnly.Where(m => m.HostId == userId && m.Status == MeetupStatus.Recruiting && m.StartTime > now);
        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(m => m.StartTime).ThenBy(m => m.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (await SummarizeAsync(page, cancellationToken), total);
    }

    public async Task<(IReadOnlyList<MeetupSummary> Items, int TotalCount)> SearchAsync(MeetupSearch search, DateTime now, int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = ExceptHosts(ReadOnly, search.ExcludedHostIds);
        if (search.RecruitingOnly)
        {
            query = query.Where(m => m.Status == MeetupStatus.Recruiting && m.StartTime > now);
        }

        if (search.MemberId is { } memberId)
        {
            query = query.Where(m => db.Set<MeetupParticipant>().Any(p => p.MeetupId == m.Id && p.UserId == memberId));
        }
        else
        {
            // A meetup a moderator hid is found only by its members (searching among their own meetups).
            query = query.Where(m => m.HiddenTime == null);
        }

        if (!string.IsNullOrEmpty(search.NormalizedKeyword))
        {
            // Contains becomes instr()/strpos() with a parameter: no LIKE wildcards, no SQL splicing.
            var keyword = search.NormalizedKeyword;
            query = query.Where(m => m.NormalizedTitle.Contains(keyword)
                || db.Set<MeetupTag>().Any(t => t.MeetupId == m.Id && t.NormalizedValue.Contains(keyword)));
        }

        if (search.FromUtc is { } from && search.ToUtc is { } to)
        {
            query = query.Where(m => m.StartTime >= from && m.StartTime < to);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(m => m.StartTime).ThenByDescending(m => m.CreationTime).ThenBy(m => m.Id)
            .Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (await SummarizeAsync(page, cancellationToken), total);
    }

    public async Task<(IReadOnlyList<ReceivedInvitation> Items, int TotalCount)> GetInvitationsForAsync(
        Guid userId, DateTime now, IReadOnlySet<Guid> hiddenPeople, int skip, int take, CancellationToken cancellationToken = default)
    {
        var hidden = hiddenPeople.ToList();
        var query = db.Set<MeetupInvitation>().AsNoTracking()
            .Where(i => i.InviteeId == userId && i.Status == InvitationStatus.Pending)
            .Join(ReadOnly.Where(m => m.Status == MeetupStatus.Recruiting && m.StartTime > now && m.HiddenTime == null), i => i.MeetupId, m => m.Id, (i, m) => new { Invitation = i, Meetup = m });
        if (hidden.Count > 0)
        {
            query = query.Where(x => !hidden.Contains(x.Invitation.InviterId) && !hidden.Contains(x.Meetup.HostId));
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderByDescending(x => x.Invitation.CreationTime).ThenBy(x => x.Invitation.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var summaries = (await SummarizeAsync(page.Select(x => x.Meetup).ToList(), cancellationToken)).ToDictionary(s => s.Id);
        return (page.Select(x => new ReceivedInvitation(x.Invitation.Id, x.Invitation.InviterId, x.Invitation.Status, x.Invitation.CreationTime, summaries[x.Meetup.Id])).ToList(), total);
    }

    public async Task<(IReadOnlyList<MeetupNotice> Items, int TotalCount)> GetNoticesAsync(Guid meetupId, int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = db.Set<MeetupNotice>().AsNoTracking().Where(n => n.MeetupId == meetupId);
        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderByDescending(n => n.CreationTime).ThenBy(n => n.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (page, total);
    }

    public async Task<IReadOnlySet<Guid>> GetConfirmedMeetupIdsAsync(Guid userId, IReadOnlyCollection<Guid> meetupIds, CancellationToken cancellationToken = default)
    {
        var ids = meetupIds.ToList();
        var confirmed = await db.Set<MeetupParticipant>().AsNoTracking()
            .Where(p => p.UserId == userId && ids.Contains(p.MeetupId) && p.ConfirmationTime != null)
            .Select(p => p.MeetupId).ToListAsync(cancellationToken);
        return confirmed.ToHashSet();
    }

    public Task<MeetupNotice?> GetLatestNoticeAsync(Guid meetupId, CancellationToken cancellationToken = default) =>
        db.Set<MeetupNotice>().AsNoTracking().Where(n => n.MeetupId == meetupId)
            .OrderByDescending(n => n.CreationTime).ThenBy(n => n.Id).FirstOrDefaultAsync(cancellationToken);

    private static IQueryable<Meetup> ExceptHosts(IQueryable<Meetup> query, IReadOnlyCollection<Guid>? hostIds)
    {
        if (hostIds is not { Count: > 0 })
        {
            return query;
        }

        var excluded = hostIds.ToArray();
        return query.Where(m => !excluded.Contains(m.HostId));
    }

    private static IQueryable<Meetup> InBox(IQueryable<Meetup> query, GeoBox box)
    {
        query = query.Where(m => m.Latitude >= box.South && m.Latitude <= box.North);
        return box.West <= box.East
            ? query.Where(m => m.Longitude >= box.West && m.Longitude <= box.East)
            : query.Where(m => m.Longitude >= box.West || m.Longitude <= box.East); // across the antimeridian
    }

    private async Task<IReadOnlyList<MeetupSummary>> SummarizeAsync(IReadOnlyList<Meetup> meetups, CancellationToken cancellationToken)
    {
        if (meetups.Count == 0)
        {
            return [];
        }

        var ids = meetups.Select(m => m.Id).ToList();
        var tags = (await db.Set<MeetupTag>().AsNoTracking().Where(t => ids.Contains(t.MeetupId)).ToListAsync(cancellationToken))
            .GroupBy(t => t.MeetupId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.OrderBy(t => t.Position).Select(t => t.Value).ToList());
        return meetups.Select(m => new MeetupSummary(
            m.Id, m.HostId, m.Title, m.ImageUrl, m.MaxMembers, m.MemberCount, m.StartTime, m.EndTime, m.IsOnline, m.Place,
            m.Latitude, m.Longitude, m.Status, tags.GetValueOrDefault(m.Id, []), m.CreationTime)).ToList();
    }

    public Task<ChatRoomAccess?> GetChatRoomAccessAsync(Guid meetupId, Guid userId, CancellationToken cancellationToken = default) =>
        ReadOnly.Where(m => m.Id == meetupId)
            .Select(m => new ChatRoomAccess(m.Status, m.EndTime,
                db.Set<MeetupParticipant>().Where(p => p.MeetupId == m.Id && p.UserId == userId).Select(p => (DateTime?)p.JoinTime).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<(UserSummary? User, ChatRoomAccess? Room)> GetChatAccessAsync(Guid meetupId, Guid userId, CancellationToken cancellationToken = default)
    {
        // One statement: the user's row with the meetup's state and the membership as scalar subqueries. The sets are
        // captured as locals: a method call inside the query (db.Set<T>()) is evaluated by compiling an expression on
        // every call.
        var meetups = db.Meetups;
        var participants = db.Set<MeetupParticipant>();
        var row = await db.Users.AsNoTracking().IgnoreAutoIncludes()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                User = new UserSummary(u.Id, u.Nickname, u.ProfileImageUrl, u.Rating, u.DeactivationTime == null),
                Status = meetups.Where(m => m.Id == meetupId).Select(m => (MeetupStatus?)m.Status).FirstOrDefault(),
                EndTime = meetups.Where(m => m.Id == meetupId).Select(m => (DateTime?)m.EndTime).FirstOrDefault(),
                JoinTime = participants.Where(p => p.MeetupId == meetupId && p.UserId == userId).Select(p => (DateTime?)p.JoinTime).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null
            ? (null, null)
            : (row.User, row.Status is { } status ? new ChatRoomAccess(status, row.EndTime!.Value, row.JoinTime) : null);
    }

    public async Task<IReadOnlyList<Guid>> GetOpenMeetupIdsForMemberAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await db.Set<MeetupParticipant>().AsNoTracking()
            .Where(p => p.UserId == userId && db.Meetups.Any(m => m.Id == p.MeetupId
                && (m.Status == MeetupStatus.Recruiting || m.Status == MeetupStatus.Confirmed)))
            .Select(p => p.MeetupId).ToListAsync(cancellationToken);

    public async Task<IReadOnlySet<Guid>> GetCoMemberIdsAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var participants = db.Set<MeetupParticipant>().AsNoTracking();
        // From the person's own memberships (the UserId index) to each room's members (the key's MeetupId prefix):
        // asked as "every participant with a membership of mine in the room", SQLite scanned every participant,
        // which made each live connection's first relations load cost as much as the whole table.
        var ids = await (
                from mine in participants
                where mine.UserId == userId
                join p in participants on mine.MeetupId equals p.MeetupId
                where p.UserId != userId
                    && db.Meetups.Any(m => m.Id == p.MeetupId && (m.Status == MeetupStatus.Recruiting || m.Status == MeetupStatus.Confirmed))
                select p.UserId)
            .Distinct().ToListAsync(cancellationToken);
        return ids.ToHashSet();
    }

    public async Task<IReadOnlyList<SharedMeetup>> GetSharedOpenMeetupsAsync(Guid userId, Guid otherId, CancellationToken cancellationToken = default)
    {
        var participants = db.Set<MeetupParticipant>().AsNoTracking();
        return await db.Meetups.AsNoTracking().IgnoreAutoIncludes()
            .Where(m => (m.Status == MeetupStatus.Recruiting || m.Status == MeetupStatus.Confirmed)
                && participants.Any(p => p.MeetupId == m.Id && p.UserId == userId)
                && participants.Any(p => p.MeetupId == m.Id && p.UserId == otherId))
            .OrderBy(m => m.StartTime).ThenBy(m => m.Id)
            .Select(m => new SharedMeetup(m.Id, m.Title, m.StartTime))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Meetup>> GetDueToEndAsync(DateTime now, int take, CancellationToken cancellationToken = default) =>
        await db.Meetups.AsSplitQuery()
            .Where(m => (m.Status == MeetupStatus.Recruiting || m.Status == MeetupStatus.Confirmed) && m.EndTime <= now)
            .OrderBy(m => m.EndTime).ThenBy(m => m.Id).Take(take).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Meetup>> GetStartedWithPendingInvitationsAsync(DateTime now, int take, CancellationToken cancellationToken = default) =>
        await db.Meetups.AsSplitQuery()
            .Where(m => m.StartTime <= now
                && db.Set<MeetupInvitation>().Any(i => i.MeetupId == m.Id && i.Status == InvitationStatus.Pending))
            .OrderBy(m => m.StartTime).ThenBy(m => m.Id).Take(take).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Meetup>> GetDueForReminderAsync(DateTime now, DateTime until, int take, CancellationToken cancellationToken = default) =>
        await db.Meetups.AsSplitQuery()
            .Where(m => (m.Status == MeetupStatus.Recruiting || m.Status == MeetupStatus.Confirmed) && m.StartTime > now && m.StartTime <= until
                && db.Set<MeetupParticipant>().Any(p => p.MeetupId == m.Id && p.ReminderTime == null))
            .OrderBy(m => m.StartTime).ThenBy(m => m.Id).Take(take).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Meetup>> GetOpenForMemberAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await db.Meetups.AsSplitQuery()
            .Where(m => (m.Status == MeetupStatus.Recruiting || m.Status == MeetupStatus.Confirmed)
                && db.Set<MeetupParticipant>().Any(p => p.MeetupId == m.Id && p.UserId == userId))
            .ToListAsync(cancellationToken);

    public async Task<int> EraseOverBeforeAsync(DateTime cutoff, int take, CancellationToken cancellationToken = default)
    {
        var ids = await ReadOnly
            .Where(m => (m.Status == MeetupStatus.Ended || m.Status == MeetupStatus.Cancelled) && m.EndTime < cutoff)
            .OrderBy(m => m.EndTime).ThenBy(m => m.Id).Select(m => m.Id).Take(take).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        // Children first and by name, so nothing depends on the provider enforcing cascades.
        return await db.InTransactionAsync(async () =>
        {
            await db.Set<Notification>().Where(n => n.MeetupId != null && ids.Contains(n.MeetupId.Value)).ExecuteDeleteAsync(cancellationToken);
            await db.Set<ChatReadMarker>().Where(r => ids.Contains(r.MeetupId)).ExecuteDeleteAsync(cancellationToken);
            await db.Set<Moyeora.Ratings.PeerRating>().Where(r => ids.Contains(r.MeetupId)).ExecuteDeleteAsync(cancellationToken);
            await db.ChatMessages.Where(c => ids.Contains(c.MeetupId)).ExecuteDeleteAsync(cancellationToken);
            await db.Set<MeetupNotice>().Where(n => ids.Contains(n.MeetupId)).ExecuteDeleteAsync(cancellationToken);
            await db.Set<MeetupInvitation>().Where(i => ids.Contains(i.MeetupId)).ExecuteDeleteAsync(cancellationToken);
            await db.Set<MeetupKick>().Where(k => ids.Contains(k.MeetupId)).ExecuteDeleteAsync(cancellationToken);
            await db.Set<MeetupTag>().Where(t => ids.Contains(t.MeetupId)).ExecuteDeleteAsync(cancellationToken);
            await db.Set<MeetupParticipant>().Where(p => ids.Contains(p.MeetupId)).ExecuteDeleteAsync(cancellationToken);
            return await db.Meetups.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
        }, cancellationToken);
    }
}
