using Moyeora.Domain;
using Moyeora.ExceptionHandling;
using Moyeora.Users;

namespace Moyeora.Authorization;

public static class CurrentUserExtensions
{
    public static Guid GetRequiredId(this ICurrentUser currentUser) =>
        currentUser.Id ?? throw BusinessException.Unauthenticated();

    /// <summary>The signed-in user's aggregate; a deleted account counts as signed out.</summary>
    public static async Task<User> GetRequiredUserAsync(this IUserRepository users, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(currentUser.GetRequiredId(), cancellationToken);
        if (user is null || !user.IsActive)
        {
            throw BusinessException.Unauthenticated(MoyeoraErrorCodes.AccountDeactivated);
        }

        return user;
    }

    /// <summary>
    /// Another person as the caller may reach them (to friend, invite, rate): active and not blocked either way.
    /// Anything else answers <c>Moyeora:UserNotFound</c>, so a block never shows.
    /// </summary>
    public static async Task<UserSummary> GetReachableAsync(
        this IUserRepository users, Moyeora.Friends.IBlockRepository blocks, Guid viewerId, Guid otherId, CancellationToken cancellationToken)
    {
        var other = (await users.GetSummariesAsync([otherId], cancellationToken)).GetValueOrDefault(otherId);
        return other is { IsActive: true } && !(await blocks.GetBlockedEitherWayAsync(viewerId, cancellationToken)).Contains(otherId)
            ? other
            : throw NotFoundErrors.User();
    }
}
