using Microsoft.Extensions.Logging;
using Moyeora.Authorization;
using Moyeora.Domain;
using Moyeora.ExceptionHandling;
using Moyeora.Permissions;

namespace Moyeora.Users;

public sealed class UserAdministrationAppService(
    IUserRepository users,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    TimeProvider clock,
    ILogger<UserAdministrationAppService> logger) : IUserAdministrationAppService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<UserSecurityDto> GetSecurityAsync(Guid id, CancellationToken cancellationToken = default) =>
        ToDto(await GetUserAsync(id, cancellationToken));

    public async Task<UserSecurityDto> LockAsync(Guid id, LockUserDto input, CancellationToken cancellationToken = default)
    {
        var user = await GetUserAsync(id, cancellationToken);
        if (input.Days is < 1 or > UserConsts.MaxLockDays)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "days");
        }

        if (user.Id == currentUser.GetRequiredId())
        {
            throw new BusinessException(MoyeoraErrorCodes.CannotLockSelf);
        }

        var now = Now;
        user.Lock(now.AddDays(input.Days), now);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("User {UserId} locked for {Days} days by {AdministratorId}", user.Id, input.Days, currentUser.Id);
        return ToDto(user);
    }

    public async Task<UserSecurityDto> UnlockAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await GetUserAsync(id, cancellationToken);
        user.Unlock();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("User {UserId} unlocked by {AdministratorId}", user.Id, currentUser.Id);
        return ToDto(user);
    }

    public async Task<UserSecurityDto> EndSessionsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await GetUserAsync(id, cancellationToken);
        user.EndAllSessions(SessionsEndedReason.RevokedByAdministrator);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Every session of user {UserId} ended by {AdministratorId}", user.Id, currentUser.Id);
        return ToDto(user);
    }

    private async Task<User> GetUserAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(MoyeoraPermissions.UsersManage, cancellationToken);
        return await users.FindAsync(id, cancellationToken) ?? throw BusinessException.NotFound(MoyeoraErrorCodes.UserNotFound);
    }

    private UserSecurityDto ToDto(User user)
    {
        var now = Now;
        return new UserSecurityDto
        {
            Id = user.Id,
            IsActive = user.IsActive,
            LockedUntil = user.IsLockedByModerator(now) ? user.ModerationLockEnd : null,
            LockedOutUntil = user.IsLockedOut(now) ? user.LockoutEnd : null,
            SecurityStamp = user.SecurityStamp,
        };
    }
}
