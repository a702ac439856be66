using Moyeora.Friends;
using Moyeora.Meetups;

namespace Moyeora.Live;

/// <summary>Whom a user knows, as the live map needs it: friends, co-members (an open meetup shared), and blocks either way.</summary>
public sealed record Relations(IReadOnlySet<Guid> Friends, IReadOnlySet<Guid> CoMembers, IReadOnlySet<Guid> Blocked)
{
    public static Relations None { get; } = new(new HashSet<Guid>(), new HashSet<Guid>(), new HashSet<Guid>());

    public Relationship Of(Guid viewerId, Guid otherId) =>
        otherId == viewerId ? Relationship.Self
        : Friends.Contains(otherId) ? Relationship.Friend
        : CoMembers.Contains(otherId) ? Relationship.CoMember
        : Relationship.Stranger;
}

public sealed class RelationsLoader(IFriendshipRepository friendships, IMeetupRepository meetups, IBlockRepository blocks)
{
    public async Task<Relations> LoadAsync(Guid userId, CancellationToken cancellationToken = default) =>
        new(await friendships.GetFriendIdsAsync(userId, cancellationToken), await meetups.GetCoMemberIdsAsync(userId, cancellationToken),
            await blocks.GetBlockedEitherWayAsync(userId, cancellationToken));
}
