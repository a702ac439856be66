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
            throw BusinessException.Unauthenticated(MoyeoraErrorCodes.AccountDeactivated, "This account is no longer active.");
        }

        return user;
    }
}
