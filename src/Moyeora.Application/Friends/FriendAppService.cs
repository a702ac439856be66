using Moyeora.Authorization;
using Moyeora.Domain;
using Moyeora.Dtos;
using Moyeora.ExceptionHandling;
using Moyeora.Meetups;
using Moyeora.People;
using Moyeora.Users;

namespace Moyeora.Friends;

public sealed class FriendAppService(
    IFriendshipRepository friendships,
    FriendshipManager manager,
    IUserRepository users,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    Moyeora.Live.ILiveBus live,
    IBlockRepository blocks,
    Moyeora.Locations.IGeoStore positions,
    TimeProvider clock) : IFriendAppService
{
    public async Task<FriendRequestResultDto> SendRequestAsync(SendFriendRequestDto input, CancellationToken cancellationToken = default)
    {
        var me = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var otherId = input.UserId ?? Guid.Empty;
        await users.GetReachableAsync(blocks, me.Id, otherId, cancellationToken);

        var request = await manager.RequestAsync(me.Id, otherId, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        if (request is null)
        {
            return new FriendRequestResultDto { Friends = true };
        }

        // Asking reveals nothing of the other person: any user id is one nearby push away.
        var recipient = await users.FindAsync(otherId, cancellationToken) ?? throw NotFoundErrors.User();
        return new FriendRequestResultDto
        {
            Request = new FriendRequestDto
            {
                Id = request.Id, UserId = otherId, CreationTime = request.CreationTime,
                Recipient = await positions.StrangerCardAsync(recipient, clock.GetUtcNow().UtcDateTime, cancellationToken),
            },
        };
    }

    public async Task AcceptAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var request = await GetRequestAsync(requestId, asRecipient: true, cancellationToken);
        await manager.AcceptAsync(request, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task DeclineAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        friendships.DeleteRequest(await GetRequestAsync(requestId, asRecipient: true, cancellationToken));
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task CancelAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        friendships.DeleteRequest(await GetRequestAsync(requestId, asRecipient: false, cancellationToken));
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task RemoveAsync(Guid friendId, CancellationToken cancellationToken = default)
    {
        var me = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        if (!await friendships.DeleteAsync(me.Id, friendId, cancellationToken))
        {
            throw BusinessException.NotFound(MoyeoraErrorCodes.NotFriends);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        // Committed: both live maps stop treating the other as a friend at once.
        await live.PublishAsync(new Moyeora.Live.RelationsChangedLive([me.Id, friendId]), cancellationToken);
    }

    public async Task<PagedResultDto<FriendDto>> GetFriendsAsync(PagedRequestDto input, CancellationToken cancellationToken = default)
    {
        var me = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var (items, total) = await friendships.GetFriendsAsync(me.Id, input.Skip(), input.Take(), cancellationToken);
        var people = await users.GetSummariesAsync(items.Select(f => f.UserId).ToList(), cancellationToken);
        return new PagedResultDto<FriendDto>(items.Select(f => new FriendDto { User = people.GetValueOrDefault(f.UserId).ToDto(f.UserId), Since = f.Since }).ToList(), total);
    }

    public Task<PagedResultDto<FriendRequestDto>> GetIncomingAsync(PagedRequestDto input, CancellationToken cancellationToken = default) =>
        GetRequestsAsync(input, incoming: true, cancellationToken);

    public Task<PagedResultDto<FriendRequestDto>> GetOutgoingAsync(PagedRequestDto input, CancellationToken cancellationToken = default) =>
        GetRequestsAsync(input, incoming: false, cancellationToken);

    private async Task<PagedResultDto<FriendRequestDto>> GetRequestsAsync(PagedRequestDto input, bool incoming, CancellationToken cancellationToken)
    {
        var me = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var (items, total) = await friendships.GetRequestsAsync(me.Id, incoming, input.Skip(), input.Take(), cancellationToken);
        var others = items.Select(r => incoming ? r.SenderId : r.RecipientId).ToList();
        var list = items.Select((r, i) => new FriendRequestDto { Id = r.Id, UserId = others[i], CreationTime = r.CreationTime }).ToList();
        if (incoming)
        {
            // The sender revealed themselves by asking: the recipient sees who it is.
            var people = await users.GetSummariesAsync(others, cancellationToken);
            list.ForEach(r => r.User = people.GetValueOrDefault(r.UserId).ToDto(r.UserId));
        }
        else
        {
            // Until the recipient accepts, the sender sees the stranger card only (spec §2).
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var r in list)
            {
                r.Recipient = await users.FindAsync(r.UserId, cancellationToken) is { IsActive: true } recipient
                    ? await positions.StrangerCardAsync(recipient, now, cancellationToken)
                    : new StrangerCardDto { Rating = UserConsts.InitialRating };
            }
        }

        return new PagedResultDto<FriendRequestDto>(list, total);
    }

    /// <summary>One's own side of a request only; anyone else's answers 404 (nothing confirms it exists).</summary>
    private async Task<FriendRequest> GetRequestAsync(Guid requestId, bool asRecipient, CancellationToken cancellationToken)
    {
        var me = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var request = await friendships.FindRequestAsync(requestId, cancellationToken);
        return request is not null && (asRecipient ? request.RecipientId : request.SenderId) == me.Id
            ? request
            : throw BusinessException.NotFound(MoyeoraErrorCodes.FriendRequestNotFound);
    }
}
