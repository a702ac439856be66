using Moyeora.Authorization;
using Moyeora.Domain;
using Moyeora.Dtos;
using Moyeora.ExceptionHandling;
using Moyeora.Friends;
using Moyeora.Live;
using Moyeora.Meetups;
using Moyeora.Users;

namespace Moyeora.Blocks;

public sealed class BlockAppService(
    IBlockRepository blocks,
    IFriendshipRepository friendships,
    IUserRepository users,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    ILiveBus live,
    TimeProvider clock) : IBlockAppService
{
    public async Task BlockAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var me = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        if (userId == me.Id)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.CannotBlockSelf, "userId");
        }

        if ((await users.GetSummariesAsync([userId], cancellationToken)).GetValueOrDefault(userId) is not { IsActive: true })
        {
            throw NotFoundErrors.User();
        }

        if (await blocks.FindAsync(me.Id, userId, cancellationToken) is not null)
        {
            throw new BusinessException(MoyeoraErrorCodes.AlreadyBlocked, ErrorKind.Conflict);
        }

        await blocks.InsertAsync(new Block(me.Id, userId, clock.GetUtcNow().UtcDateTime), cancellationToken);
        await friendships.DeleteAsync(me.Id, userId, cancellationToken);
        foreach (var request in new[] { await friendships.FindRequestAsync(me.Id, userId, cancellationToken), await friendships.FindRequestAsync(userId, me.Id, cancellationToken) })
        {
            if (request is not null)
            {
                friendships.DeleteRequest(request);
            }
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        await live.PublishAsync(new RelationsChangedLive([me.Id, userId]), cancellationToken);
    }

    public async Task UnblockAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var me = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var block = await blocks.FindAsync(me.Id, userId, cancellationToken)
            ?? throw BusinessException.NotFound(MoyeoraErrorCodes.NotBlocked);
        blocks.Delete(block);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await live.PublishAsync(new RelationsChangedLive([me.Id, userId]), cancellationToken);
    }

    public async Task<PagedResultDto<BlockedUserDto>> GetListAsync(PagedRequestDto input, CancellationToken cancellationToken = default)
    {
        var me = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var (items, total) = await blocks.GetByBlockerAsync(me.Id, input.Skip(), input.Take(), cancellationToken);
        var people = await users.GetSummariesAsync(items.Select(b => b.BlockedId).ToList(), cancellationToken);
        return new PagedResultDto<BlockedUserDto>(items.Select(b => new BlockedUserDto
        {
            User = people.GetValueOrDefault(b.BlockedId).ToDto(b.BlockedId), CreationTime = b.CreationTime,
        }).ToList(), total);
    }
}
