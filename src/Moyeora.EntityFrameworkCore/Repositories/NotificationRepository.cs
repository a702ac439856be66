using Microsoft.EntityFrameworkCore;
using Moyeora.EntityFrameworkCore;
using Moyeora.Friends;
using Moyeora.Jobs;
using Moyeora.Notifications;
using Moyeora.Users;

namespace Moyeora.Repositories;

internal sealed class NotificationRepository(MoyeoraDbContext db) : INotificationRepository
{
    public Task InsertManyAsync(IEnumerable<Notification> notifications, CancellationToken cancellationToken = default) =>
        db.Set<Notification>().AddRangeAsync(notifications, cancellationToken);

    public async Task<(IReadOnlyList<Notification> Items, int TotalCount)> GetForUserAsync(Guid userId, int skip, int take, CancellationToken cancellationToken = default)
    {
        var mine = db.Set<Notification>().AsNoTracking().Where(n => n.UserId == userId);
        var total = await mine.CountAsync(cancellationToken);
        var items = await mine.OrderByDescending(n => n.CreationTime).ThenBy(n => n.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (items, total);
    }

    public Task<int> CountUnreadAsync(Guid userId, CancellationToken cancellationToken = default) =>
        db.Set<Notification>().CountAsync(n => n.UserId == userId && n.ReadTime == null, cancellationToken);

    public Task<Notification?> FindForUserAsync(Guid id, Guid userId, CancellationToken cancellationToken = default) =>
        db.Set<Notification>().FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken);

    public Task<int> MarkAllReadAsync(Guid userId, DateTime now, CancellationToken cancellationToken = default) =>
        db.Set<Notification>().Where(n => n.UserId == userId && n.ReadTime == null)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadTime, now), cancellationToken);
}

internal sealed class JobRecordRepository(MoyeoraDbContext db) : IJobRecordRepository
{
    public Task<JobRecord?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        db.Set<JobRecord>().FirstOrDefaultAsync(j => j.Name == name, cancellationToken);

    public async Task<IReadOnlyList<JobRecord>> GetAllAsync(CancellationToken cancellationToken = default) =>
        await db.Set<JobRecord>().AsNoTracking().OrderBy(j => j.Name).ToListAsync(cancellationToken);

    public async Task InsertAsync(JobRecord record, CancellationToken cancellationToken = default) =>
        await db.Set<JobRecord>().AddAsync(record, cancellationToken);
}

internal sealed class FriendshipRepository(MoyeoraDbContext db) : IFriendshipRepository
{
    public async Task<IReadOnlySet<Guid>> GetFriendIdsAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var pairs = db.Set<Friendship>().AsNoTracking();
        var ids = await pairs.Where(f => f.UserId == userId).Select(f => f.FriendId)
            .Concat(pairs.Where(f => f.FriendId == userId).Select(f => f.UserId))
            .ToListAsync(cancellationToken);
        return ids.ToHashSet();
    }

    public async Task InsertAsync(Friendship friendship, CancellationToken cancellationToken = default) =>
        await db.Set<Friendship>().AddAsync(friendship, cancellationToken);

    private IQueryable<Friendship> Pair(Guid a, Guid b)
    {
        var (low, high) = a.CompareTo(b) < 0 ? (a, b) : (b, a);
        return db.Set<Friendship>().Where(f => f.UserId == low && f.FriendId == high);
    }

    public Task<bool> AreFriendsAsync(Guid a, Guid b, CancellationToken cancellationToken = default) => Pair(a, b).AnyAsync(cancellationToken);

    public async Task<bool> DeleteAsync(Guid a, Guid b, CancellationToken cancellationToken = default)
    {
        if (await Pair(a, b).FirstOrDefaultAsync(cancellationToken) is not { } friendship)
        {
            return false;
        }

        db.Set<Friendship>().Remove(friendship);
        return true;
    }

    public async Task<(IReadOnlyList<FriendEntry> Items, int TotalCount)> GetFriendsAsync(Guid userId, int skip, int take, CancellationToken cancellationToken = default)
    {
        var pairs = db.Set<Friendship>().AsNoTracking();
        var mine = pairs.Where(f => f.UserId == userId).Select(f => new { Id = f.FriendId, Since = f.CreationTime })
            .Concat(pairs.Where(f => f.FriendId == userId).Select(f => new { Id = f.UserId, Since = f.CreationTime }));
        var total = await mine.CountAsync(cancellationToken);
        var items = await mine.OrderByDescending(f => f.Since).ThenBy(f => f.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (items.Select(f => new FriendEntry(f.Id, f.Since)).ToList(), total);
    }

    public Task<FriendRequest?> FindRequestAsync(Guid senderId, Guid recipientId, CancellationToken cancellationToken = default) =>
        db.Set<FriendRequest>().FirstOrDefaultAsync(r => r.SenderId == senderId && r.RecipientId == recipientId, cancellationToken);

    public Task<FriendRequest?> FindRequestAsync(Guid requestId, CancellationToken cancellationToken = default) =>
        db.Set<FriendRequest>().FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);

    public async Task<(IReadOnlyList<FriendRequest> Items, int TotalCount)> GetRequestsAsync(Guid userId, bool incoming, int skip, int take, CancellationToken cancellationToken = default)
    {
        var requests = db.Set<FriendRequest>().AsNoTracking().Where(r => incoming ? r.RecipientId == userId : r.SenderId == userId);
        var total = await requests.CountAsync(cancellationToken);
        var items = await requests.OrderByDescending(r => r.CreationTime).ThenBy(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (items, total);
    }

    public async Task InsertRequestAsync(FriendRequest request, CancellationToken cancellationToken = default) =>
        await db.Set<FriendRequest>().AddAsync(request, cancellationToken);

    public void DeleteRequest(FriendRequest request) => db.Set<FriendRequest>().Remove(request);
}

internal sealed class BlockRepository(MoyeoraDbContext db) : IBlockRepository
{
    public async Task<IReadOnlySet<Guid>> GetBlockedEitherWayAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var blocks = db.Set<Block>().AsNoTracking();
        var ids = await blocks.Where(b => b.BlockerId == userId).Select(b => b.BlockedId)
            .Concat(blocks.Where(b => b.BlockedId == userId).Select(b => b.BlockerId)).ToListAsync(cancellationToken);
        return ids.ToHashSet();
    }

    public Task<Block?> FindAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken = default) =>
        db.Set<Block>().FirstOrDefaultAsync(b => b.BlockerId == blockerId && b.BlockedId == blockedId, cancellationToken);

    public async Task<(IReadOnlyList<Block> Items, int TotalCount)> GetByBlockerAsync(Guid blockerId, int skip, int take, CancellationToken cancellationToken = default)
    {
        var mine = db.Set<Block>().AsNoTracking().Where(b => b.BlockerId == blockerId);
        var total = await mine.CountAsync(cancellationToken);
        return (await mine.OrderByDescending(b => b.CreationTime).ThenBy(b => b.BlockedId).Skip(skip).Take(take).ToListAsync(cancellationToken), total);
    }

    public async Task InsertAsync(Block block, CancellationToken cancellationToken = default) => await db.Set<Block>().AddAsync(block, cancellationToken);

    public void Delete(Block block) => db.Set<Block>().Remove(block);
}

internal sealed class PeerRatingRepository(MoyeoraDbContext db) : Moyeora.Ratings.IPeerRatingRepository
{
    public async Task InsertAsync(Moyeora.Ratings.PeerRating rating, CancellationToken cancellationToken = default)
    {
        // The unit of work's save commits this transaction: the vote row and the trust change land together or not at all.
        if (db.Database.CurrentTransaction is null)
        {
            await db.Database.BeginTransactionAsync(cancellationToken);
        }

        var delta = rating.Delta;
        await db.Users.IgnoreAutoIncludes().Where(u => u.Id == rating.RateeId).ExecuteUpdateAsync(set => set.SetProperty(
            u => u.Rating,
            u => u.Rating + delta > UserConsts.MaxRating ? UserConsts.MaxRating : u.Rating + delta < UserConsts.MinRating ? UserConsts.MinRating : u.Rating + delta),
            cancellationToken);
        await db.Set<Moyeora.Ratings.PeerRating>().AddAsync(rating, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, Moyeora.Ratings.RatingVote>> GetGivenAsync(Guid meetupId, Guid raterId, CancellationToken cancellationToken = default) =>
        await db.Set<Moyeora.Ratings.PeerRating>().AsNoTracking()
            .Where(r => r.MeetupId == meetupId && r.RaterId == raterId)
            .ToDictionaryAsync(r => r.RateeId, r => r.Vote, cancellationToken);
}

internal sealed class ReportRepository(MoyeoraDbContext db) : Moyeora.Reports.IReportRepository
{
    public async Task InsertAsync(Moyeora.Reports.Report report, CancellationToken cancellationToken = default) =>
        await db.Set<Moyeora.Reports.Report>().AddAsync(report, cancellationToken);

    public Task<Moyeora.Reports.Report?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<Moyeora.Reports.Report>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public Task<bool> HasOpenAsync(string openKey, CancellationToken cancellationToken = default) =>
        db.Set<Moyeora.Reports.Report>().AnyAsync(r => r.OpenKey == openKey, cancellationToken);

    public async Task<IReadOnlyList<Moyeora.Reports.Report>> GetOpenForTargetAsync(Moyeora.Reports.ReportTargetType type, string targetId, CancellationToken cancellationToken = default) =>
        await db.Set<Moyeora.Reports.Report>()
            .Where(r => r.TargetType == type && r.TargetId == targetId
                && (r.Status == Moyeora.Reports.ReportStatus.Open || r.Status == Moyeora.Reports.ReportStatus.InReview))
            .ToListAsync(cancellationToken);

    public async Task<(IReadOnlyList<Moyeora.Reports.Report> Items, int TotalCount)> GetPagedAsync(Moyeora.Reports.ReportQuery query, int skip, int take, CancellationToken cancellationToken = default, bool newestFirst = false)
    {
        var reports = db.Set<Moyeora.Reports.Report>().AsNoTracking();
        if (query.Status is { } status)
        {
            reports = reports.Where(r => r.Status == status);
        }

        if (query.TargetType is { } type)
        {
            reports = reports.Where(r => r.TargetType == type);
        }

        if (query.ReporterId is { } reporter)
        {
            reports = reports.Where(r => r.ReporterId == reporter);
        }

        if (query.TargetUserId is { } target)
        {
            reports = reports.Where(r => r.TargetUserId == target);
        }

        if (query.MeetupId is { } meetupId)
        {
            reports = reports.Where(r => r.MeetupId == meetupId);
        }

        if (query.TargetId is { } targetId)
        {
            reports = reports.Where(r => r.TargetId == targetId);
        }

        var total = await reports.CountAsync(cancellationToken);
        var ordered = newestFirst ? reports.OrderByDescending(r => r.CreationTime).ThenBy(r => r.Id) : reports.OrderBy(r => r.CreationTime).ThenBy(r => r.Id);
        return (await ordered.Skip(skip).Take(take).ToListAsync(cancellationToken), total);
    }
}
