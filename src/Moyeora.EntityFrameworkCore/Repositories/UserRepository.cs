using Microsoft.EntityFrameworkCore;
using Moyeora.Chat;
using Moyeora.EntityFrameworkCore;
using Moyeora.Friends;
using Moyeora.Meetups;
using Moyeora.Notifications;
using Moyeora.Roles;
using Moyeora.Users;

namespace Moyeora.Repositories;

internal sealed class UserRepository(MoyeoraDbContext db) : IUserRepository
{
    public Task<User?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    public Task<UserSecurityState?> GetSecurityStateAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Users.IgnoreAutoIncludes().AsNoTracking().Where(u => u.Id == id)
            .Select(u => new UserSecurityState(u.SecurityStamp, u.DeactivationTime == null, u.ModerationLockEnd))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, UserSecurityState>> GetSecurityStatesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        await db.Users.IgnoreAutoIncludes().AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, State = new UserSecurityState(u.SecurityStamp, u.DeactivationTime == null, u.ModerationLockEnd) })
            .ToDictionaryAsync(u => u.Id, u => u.State, cancellationToken);

    public Task<User?> FindByPhoneNumberAsync(string phoneNumberE164, CancellationToken cancellationToken = default) =>
        db.Users.FirstOrDefaultAsync(u => u.PhoneNumber == phoneNumberE164, cancellationToken);

    public Task<bool> PhoneNumberExistsAsync(string phoneNumberE164, CancellationToken cancellationToken = default) =>
        db.Users.IgnoreAutoIncludes().AnyAsync(u => u.PhoneNumber == phoneNumberE164, cancellationToken);

    public Task<bool> NicknameExistsAsync(string normalizedNickname, Guid? exceptUserId = null, CancellationToken cancellationToken = default) =>
        db.Users.IgnoreAutoIncludes().AnyAsync(u => u.NormalizedNickname == normalizedNickname && u.Id != exceptUserId, cancellationToken);

    public async Task<IReadOnlySet<string>> GetPermissionsAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        // A deactivated account holds no permission, even with an access token that has not expired yet.
        var names = await db.Set<UserRole>()
            .Where(ur => ur.UserId == userId && db.Users.Any(u => u.Id == userId && u.DeactivationTime == null))
            .Join(db.Set<RoleClaim>(), ur => ur.RoleId, rc => rc.RoleId, (ur, rc) => rc)
            .Where(rc => rc.ClaimType == Role.PermissionClaimType)
            .Select(rc => rc.ClaimValue)
            .Distinct()
            .ToListAsync(cancellationToken);
        return names.ToHashSet(StringComparer.Ordinal);
    }

    public Task<int> CountActiveInRoleAsync(Guid roleId, CancellationToken cancellationToken = default) =>
        db.Set<UserRole>()
            .Where(ur => ur.RoleId == roleId)
            .Join(db.Users.IgnoreAutoIncludes(), ur => ur.UserId, u => u.Id, (ur, u) => u)
            .CountAsync(u => u.DeactivationTime == null, cancellationToken);

    public async Task<IReadOnlyList<string>> GetRoleNamesAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await db.Set<UserRole>()
            .Where(ur => ur.UserId == userId)
            .Join(db.Roles.IgnoreAutoIncludes(), ur => ur.RoleId, r => r.Id, (ur, r) => r.Name)
            .OrderBy(n => n)
            .ToListAsync(cancellationToken);

    public async Task<Guid?> FindActiveIdAsync(string? normalizedNickname, string? phoneNumberE164, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().IgnoreAutoIncludes()
            .Where(u => u.DeactivationTime == null
                && ((normalizedNickname != null && u.NormalizedNickname == normalizedNickname) || (phoneNumberE164 != null && u.PhoneNumber == phoneNumberE164)))
            .Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task RecordLastSeenAsync(IReadOnlyDictionary<Guid, DateTime> seen, CancellationToken cancellationToken = default)
    {
        // One short statement per distinct second and small chunk of ids, each committed on its own (moving a time
        // forward is safe to repeat): thousands of users cost a few dozen statements, and on SQLite each one queues
        // behind the other writers instead of holding the database's only write lock for the whole batch.
        var batches = seen.GroupBy(p => p.Value.AddTicks(-(p.Value.Ticks % TimeSpan.TicksPerSecond)))
            .SelectMany(g => g.Select(p => p.Key).Chunk(200).Select(ids => (At: g.Key, Ids: ids)));
        foreach (var (at, ids) in batches)
        {
            using (db.Database.IsSqlite() ? await SqliteWriteGate.EnterAsync(db.Database.GetConnectionString()!, cancellationToken) : null)
            {
                await db.Users.IgnoreAutoIncludes()
                    .Where(u => ids.Contains(u.Id) && (u.LastSeenTime == null || u.LastSeenTime < at))
                    .ExecuteUpdateAsync(set => set.SetProperty(u => u.LastSeenTime, at), cancellationToken);
            }
        }
    }

    public async Task<IReadOnlyDictionary<Guid, UserSummary>> GetSummariesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, UserSummary>();
        }

        var list = ids.Distinct().ToList();
        return await db.Users.AsNoTracking().IgnoreAutoIncludes()
            .Where(u => list.Contains(u.Id))
            .Select(u => new UserSummary(u.Id, u.Nickname, u.ProfileImageUrl, u.Rating, u.DeactivationTime == null))
            .ToDictionaryAsync(u => u.Id, cancellationToken);
    }

    public async Task InsertAsync(User user, CancellationToken cancellationToken = default) =>
        await db.Users.AddAsync(user, cancellationToken);

    public async Task<(IReadOnlyList<User> Items, int TotalCount)> GetPagedForAdministrationAsync(UserSearch search, DateTime now, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        var query = db.Users.AsNoTracking().IgnoreAutoIncludes();
        if (search.HasText)
        {
            var (id, phone, part) = (search.Id, search.PhoneNumberE164, search.NormalizedNicknamePart);
            query = query.Where(u => (id != null && u.Id == id) || (phone != null && u.PhoneNumber == phone)
                || (part != null && u.NormalizedNickname.Contains(part)));
        }

        query = search.State switch
        {
            UserStateFilter.Active => query.Where(u => u.DeactivationTime == null && !(u.ModerationLockEnd > now) && !(u.LockoutEnd > now)),
            UserStateFilter.Locked => query.Where(u => u.ModerationLockEnd > now || u.LockoutEnd > now),
            UserStateFilter.Deactivated => query.Where(u => u.DeactivationTime != null),
            _ => query,
        };
        var total = await query.CountAsync(cancellationToken);
        return (await query.OrderByDescending(u => u.CreationTime).ThenBy(u => u.Id).Skip(skip).Take(take).ToListAsync(cancellationToken), total);
    }

    public async Task<IReadOnlyList<Guid>> GetDeactivatedBeforeAsync(DateTime cutoff, int take, CancellationToken cancellationToken = default) =>
        // An administrator's deactivation is not a deletion: it waits for a restore and is never erased.
        await db.Users.IgnoreAutoIncludes().Where(u => u.DeactivationTime != null && u.DeactivationTime < cutoff && !u.DeactivatedByAdministrator)
            .OrderBy(u => u.DeactivationTime).Select(u => u.Id).Take(take).ToListAsync(cancellationToken);

    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.IgnoreAutoIncludes().Where(u => u.Id == userId && u.DeactivationTime != null && !u.DeactivatedByAdministrator)
            .Select(u => new { u.PhoneNumber, u.DeactivationTime }).FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return;
        }

        await db.InTransactionAsync(async () =>
        {
            await db.Set<ChatReadMarker>().Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<MeetupInvitation>().Where(i => i.InviteeId == userId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<MeetupKick>().Where(k => k.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<Notification>().Where(n => n.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<Friendship>().Where(f => f.UserId == userId || f.FriendId == userId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<FriendRequest>().Where(r => r.SenderId == userId || r.RecipientId == userId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<Block>().Where(b => b.BlockerId == userId || b.BlockedId == userId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<Moyeora.Ratings.PeerRating>().Where(r => r.RaterId == userId || r.RateeId == userId).ExecuteDeleteAsync(cancellationToken);
            await db.VerificationCodes.Where(c => c.PhoneNumber == user.PhoneNumber && c.CreationTime <= user.DeactivationTime)
                .ExecuteDeleteAsync(cancellationToken);
            await db.RefreshTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<UserInterest>().Where(i => i.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<UserRole>().Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(cancellationToken);
        }, cancellationToken);
    }
}

internal sealed class RoleRepository(MoyeoraDbContext db) : IRoleRepository
{
    public Task<Role?> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        var normalized = name.ToUpperInvariant();
        return db.Roles.FirstOrDefaultAsync(r => r.NormalizedName == normalized, cancellationToken);
    }

    public async Task<IReadOnlyList<Role>> GetListAsync(CancellationToken cancellationToken = default) =>
        await db.Roles.OrderBy(r => r.Name).ToListAsync(cancellationToken);

    public Task<Role?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Roles.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task InsertAsync(Role role, CancellationToken cancellationToken = default) =>
        await db.Roles.AddAsync(role, cancellationToken);

    public Task DeleteAsync(Role role, CancellationToken cancellationToken = default)
    {
        // The people holding it lose it through the UserRoles foreign key (cascade), its claims with the aggregate.
        db.Roles.Remove(role);
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyDictionary<Guid, int>> CountHoldersAsync(CancellationToken cancellationToken = default) =>
        await db.Set<UserRole>().GroupBy(ur => ur.RoleId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public async Task<IReadOnlyList<RoleHolder>> GetActiveHoldersAsync(DateTime now, CancellationToken cancellationToken = default) =>
        await db.Set<UserRole>()
            .Join(db.Users.IgnoreAutoIncludes(), ur => ur.UserId, u => u.Id, (ur, u) => new { ur.UserId, ur.RoleId, u.DeactivationTime, u.ModerationLockEnd })
            .Where(x => x.DeactivationTime == null && !(x.ModerationLockEnd > now))
            .Select(x => new RoleHolder(x.UserId, x.RoleId))
            .ToListAsync(cancellationToken);
}
