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

public interface IFriendshipRepository
{
    Task<IReadOnlySet<Guid>> GetFriendIdsAsync(Guid userId, CancellationToken cancellationToken = default);

    Task InsertAsync(Friendship friendship, CancellationToken cancellationToken = default);
}
