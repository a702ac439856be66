using Moyeora.Authorization;
using Moyeora.Domain;
using Moyeora.Dtos;
using Moyeora.ExceptionHandling;
using Moyeora.Meetups;
using Moyeora.Users;

namespace Moyeora.Friends;

public sealed class FriendAppService(
    IFriendshipRepository friendships,
    FriendshipManager manager,
    IUserRepository users,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    Moyeora.Live.ILiveBus live,
    IBlockRepository blocks) : IFriendAppService
{
    public async Task<FriendRequestResultDto> SendRequestAsync(SendFriendRequestDto input, CancellationToken cancellationToken = default)
    {
        var me = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var otherId = input.UserId ?? Guid.Empty;
        var other = await users.GetReachableAsync(blocks, me.Id, otherId, cancellationToken);

        var request = await manager.RequestAsync(me.Id, otherId, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new FriendRequestResultDto
        {
            Friends = request is null,
            Request = request is null ? null : new FriendRequestDto { Id = request.Id, User = other.ToDto(otherId), CreationTime = request.CreationTime },
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
            throw BusinessException.NotFound(MoyeoraErrorCodes.NotFriends, "친구가 아닙니다.");
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
        var people = await users.GetSummariesAsync(others, cancellationToken);
        return new PagedResultDto<FriendRequestDto>(items.Select((r, i) => new FriendRequestDto
        {
            Id = r.Id, User = people.GetValueOrDefault(others[i]).ToDto(others[i]), CreationTime = r.CreationTime,
        }).ToList(), total);
    }

    /// <summary>One's own side of a request only; anyone else's answers 404 (nothing confirms it exists).</summary>
    private async Task<FriendRequest> GetRequestAsync(Guid requestId, bool asRecipient, CancellationToken cancellationToken)
    {
        var me = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var request = await friendships.FindRequestAsync(requestId, cancellationToken);
        return request is not null && (asRecipient ? request.RecipientId : request.SenderId) == me.Id
            ? request
            : throw BusinessException.NotFound(MoyeoraErrorCodes.FriendRequestNotFound, "친구 요청을 찾을 수 없습니다.");
    }
}
