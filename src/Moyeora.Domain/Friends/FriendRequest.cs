using Moyeora.Domain;
using Moyeora.ExceptionHandling;

namespace Moyeora.Friends;

/// <summary>A pending friend request; answering it (accept, decline) or cancelling it removes it.</summary>
public sealed class FriendRequest : AggregateRoot
{
    private FriendRequest()
    {
    }

    private FriendRequest(Guid senderId, Guid recipientId)
        : base(Guid.NewGuid())
    {
        SenderId = senderId;
        RecipientId = recipientId;
        AddDomainEvent(new FriendRequestSentEvent(Id, senderId, recipientId));
    }

    public Guid SenderId { get; private set; }

    public Guid RecipientId { get; private set; }

    internal static FriendRequest Send(Guid senderId, Guid recipientId) => new(senderId, recipientId);

    internal void Raise(IDomainEvent domainEvent) => AddDomainEvent(domainEvent);
}

public sealed record FriendRequestSentEvent(Guid RequestId, Guid SenderId, Guid RecipientId) : IDomainEvent;

/// <summary>The requester's request was accepted by the acceptor (or two requests crossed).</summary>
public sealed record FriendRequestAcceptedEvent(Guid RequesterId, Guid AcceptorId) : IDomainEvent;

/// <summary>Two people's friendship began or ended: their live connections reload who their friends are.</summary>
public sealed record FriendshipChangedEvent(Guid UserId, Guid OtherId) : IDomainEvent;

/// <summary>
/// The rules of friending (spec §2): nobody friends themselves, a second request to the same person is
/// refused, a request crossing one from the other side accepts both at once, and only the recipient
/// answers while only the sender cancels. Events go out through the accepted request's aggregate.
/// </summary>
public sealed class FriendshipManager(IFriendshipRepository friendships, TimeProvider clock)
{
    /// <summary>Returns the new request, or null when a crossing request made them friends at once.</summary>
    public async Task<FriendRequest?> RequestAsync(Guid senderId, Guid recipientId, CancellationToken cancellationToken = default)
    {
        if (senderId == recipientId)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.CannotFriendSelf, "userId");
        }

        if (await friendships.AreFriendsAsync(senderId, recipientId, cancellationToken))
        {
            throw new BusinessException(MoyeoraErrorCodes.AlreadyFriends, ErrorKind.Conflict);
        }

        if (await friendships.FindRequestAsync(senderId, recipientId, cancellationToken) is not null)
        {
            throw new BusinessException(MoyeoraErrorCodes.FriendRequestAlreadySent, ErrorKind.Conflict);
        }

        if (await friendships.FindRequestAsync(recipientId, senderId, cancellationToken) is { } crossing)
        {
            await AcceptAsync(crossing, cancellationToken);
            return null;
        }

        var request = FriendRequest.Send(senderId, recipientId);
        await friendships.InsertRequestAsync(request, cancellationToken);
        return request;
    }

    public async Task AcceptAsync(FriendRequest request, CancellationToken cancellationToken = default)
    {
        await friendships.InsertAsync(new Friendship(request.SenderId, request.RecipientId, clock.GetUtcNow().UtcDateTime), cancellationToken);
        friendships.DeleteRequest(request);
        request.Raise(new FriendRequestAcceptedEvent(request.SenderId, request.RecipientId));
        request.Raise(new FriendshipChangedEvent(request.SenderId, request.RecipientId));
    }
}
