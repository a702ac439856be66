namespace Moyeora.Friends;

/// <summary>
/// Two people who are friends (spec §2), stored once per pair with the smaller id first. Friends see each
/// other's positions when either has chosen "friends only" on the live map.
/// </summary>
public sealed class Friendship
{
    private Friendship()
    {
    }

    public Friendship(Guid a, Guid b, DateTime now)
    {
        if (a == b)
        {
            throw new ArgumentException("Nobody is their own friend.", nameof(b));
        }

        (UserId, FriendId) = a.CompareTo(b) < 0 ? (a, b) : (b, a);
        CreationTime = now;
    }

    /// <summary>The smaller of the two ids.</summary>
    public Guid UserId { get; private set; }

    /// <summary>The larger of the two ids.</summary>
    public Guid FriendId { get; private set; }

    public DateTime CreationTime { get; private set; }
}

public sealed record FriendEntry(Guid UserId, DateTime Since);

public interface IFriendshipRepository
{
    Task<IReadOnlySet<Guid>> GetFriendIdsAsync(Guid userId, CancellationToken cancellationToken = default);

    Task InsertAsync(Friendship friendship, CancellationToken cancellationToken = default);

    Task<bool> AreFriendsAsync(Guid a, Guid b, CancellationToken cancellationToken = default);

    /// <summary>Removes the friendship of the two, tracked for the unit of work; false when they are not friends.</summary>
    Task<bool> DeleteAsync(Guid a, Guid b, CancellationToken cancellationToken = default);

    /// <summary>Newest friendship first.</summary>
    Task<(IReadOnlyList<FriendEntry> Items, int TotalCount)> GetFriendsAsync(Guid userId, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>The pending request from sender to recipient, tracked.</summary>
    Task<FriendRequest?> FindRequestAsync(Guid senderId, Guid recipientId, CancellationToken cancellationToken = default);

    Task<FriendRequest?> FindRequestAsync(Guid requestId, CancellationToken cancellationToken = default);

    /// <summary>Requests the user received (incoming) or sent, newest first.</summary>
    Task<(IReadOnlyList<FriendRequest> Items, int TotalCount)> GetRequestsAsync(Guid userId, bool incoming, int skip, int take, CancellationToken cancellationToken = default);

    Task InsertRequestAsync(FriendRequest request, CancellationToken cancellationToken = default);

    void DeleteRequest(FriendRequest request);
}

/// <summary>
/// One person blocking another (spec §2): both are hidden from each other everywhere they can be, neither can
/// friend or invite the other, and the blocked person cannot join the blocker's meetups.
/// </summary>
public sealed class Block
{
    private Block()
    {
    }

    public Block(Guid blockerId, Guid blockedId, DateTime now)
    {
        BlockerId = blockerId;
        BlockedId = blockedId;
        CreationTime = now;
    }

    public Guid BlockerId { get; private set; }

    public Guid BlockedId { get; private set; }

    public DateTime CreationTime { get; private set; }
}

public interface IBlockRepository
{
    /// <summary>Everyone the user blocked or was blocked by.</summary>
    Task<IReadOnlySet<Guid>> GetBlockedEitherWayAsync(Guid userId, CancellationToken cancellationToken = default);

    Task<Block?> FindAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken = default);

    /// <summary>Whom the user blocked, newest first.</summary>
    Task<(IReadOnlyList<Block> Items, int TotalCount)> GetByBlockerAsync(Guid blockerId, int skip, int take, CancellationToken cancellationToken = default);

    Task InsertAsync(Block block, CancellationToken cancellationToken = default);

    void Delete(Block block);
}
