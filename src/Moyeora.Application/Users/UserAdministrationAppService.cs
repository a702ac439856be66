using Microsoft.Extensions.Logging;
using Moyeora.Auditing;
using Moyeora.Authorization;
using Moyeora.Domain;
using Moyeora.Dtos;
using Moyeora.ExceptionHandling;
using Moyeora.Meetups;
using Moyeora.Permissions;
using Moyeora.Reports;
using Moyeora.Roles;

namespace Moyeora.Users;

public sealed class UserAdministrationAppService(
    IUserRepository users,
    IMeetupRepository meetups,
    IReportRepository reports,
    IRefreshTokenRepository refreshTokens,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    IAuditTrail audit,
    AdministratorGuard administrators,
    TimeProvider clock,
    ILogger<UserAdministrationAppService> logger) : IUserAdministrationAppService
{
    /// <summary>How many meetups and reports the detail shows (the newest).</summary>
    public const int DetailListSize = 20;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<PagedResultDto<UserListItemDto>> GetListAsync(GetUsersDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.UsersManage, cancellationToken);
        if (input.State is { } state && !Enum.IsDefined(state))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "state");
        }

        var now = Now;
        var (items, total) = await users.GetPagedForAdministrationAsync(ToSearch(input), now, input.Skip(), input.Take(), cancellationToken);
        return new PagedResultDto<UserListItemDto>(items.Select(u => new UserListItemDto
        {
            Id = u.Id,
            Nickname = u.Nickname,
            PhoneNumber = u.PhoneNumber,
            Rating = u.Rating,
            IsActive = u.IsActive,
            LockedUntil = u.IsLockedByModerator(now) ? u.ModerationLockEnd : u.IsLockedOut(now) ? u.LockoutEnd : null,
            CreationTime = u.CreationTime,
            LastLoginTime = u.LastLoginTime,
        }).ToList(), total);
    }

    public async Task<UserDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await GetUserAsync(id, cancellationToken);
        var (joined, meetupCount) = await meetups.GetForMemberAsync(id, 0, DetailListSize, cancellationToken);
        var (about, aboutCount) = await reports.GetPagedAsync(new ReportQuery(null, null, TargetUserId: id), 0, DetailListSize, cancellationToken, newestFirst: true);
        var (by, byCount) = await reports.GetPagedAsync(new ReportQuery(null, null, ReporterId: id), 0, DetailListSize, cancellationToken, newestFirst: true);
        var people = await users.GetSummariesAsync(about.Concat(by).SelectMany(r => r.TargetUserId is { } t ? new[] { r.ReporterId, t } : [r.ReporterId]).ToList(),
            cancellationToken);
        return new UserDetailDto
        {
            Id = user.Id,
            PhoneNumber = user.PhoneNumber,
            Name = user.Name,
            Nickname = user.Nickname,
            StatusMessage = user.StatusMessage,
            ProfileImageUrl = user.ProfileImageUrl,
            Interests = user.Interests,
            Rating = user.Rating,
            Roles = await users.GetRoleNamesAsync(id, cancellationToken),
            CreationTime = user.CreationTime,
            LastLoginTime = user.LastLoginTime,
            LastSeenTime = user.LastSeenTime,
            DeactivationTime = user.DeactivationTime,
            DeactivatedByAdministrator = user.DeactivatedByAdministrator,
            Security = ToDto(user),
            Meetups = joined.Select(m => m.ToListItem()).ToList(),
            MeetupCount = meetupCount,
            ReportsAbout = about.Select(r => ReportModerationAppService.ToDto(r, people, 0)).ToList(),
            ReportsAboutCount = aboutCount,
            ReportsBy = by.Select(r => ReportModerationAppService.ToDto(r, people, 0)).ToList(),
            ReportsByCount = byCount,
            ActiveSessions = (await refreshTokens.GetUnrevokedAsync(id, null, cancellationToken)).Where(t => t.IsActive(Now))
                .OrderByDescending(t => t.CreationTime)
                .Select(t => new UserSessionDto { Id = t.FamilyId, LastRefreshTime = t.CreationTime, ExpirationTime = t.ExpirationTime, ClientIp = t.ClientIp })
                .ToList(),
        };
    }

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

        var reason = CheckReason(input.Reason);
        var now = Now;
        var (lockedBefore, stampBefore) = (user.IsLockedByModerator(now) ? user.ModerationLockEnd : null, user.SecurityStamp);
        await administrators.EnsureAnAdministratorRemainsAsync(EveryPermission, new AdministrationChange { UserLosingAccess = user.Id }, now, cancellationToken);
        user.Lock(now.AddDays(input.Days), now);
        await audit.RecordAsync(AuditActions.UserLock, AuditTargetTypes.User, user.Id.ToString(), reason,
            AuditChange.Of("lockedUntil", lockedBefore, user.ModerationLockEnd), AuditChange.Of("securityStamp", stampBefore, user.SecurityStamp));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("User {UserId} locked for {Days} days by {AdministratorId}: {Reason}", user.Id, input.Days, currentUser.Id, reason);
        return ToDto(user);
    }

    public async Task<UserSecurityDto> UnlockAsync(Guid id, UserActionDto? input = null, CancellationToken cancellationToken = default)
    {
        var user = await GetUserAsync(id, cancellationToken);
        var reason = CheckReason(input?.Reason);
        var now = Now;
        var (lockedBefore, lockedOutBefore) = (user.IsLockedByModerator(now) ? user.ModerationLockEnd : null, user.IsLockedOut(now) ? user.LockoutEnd : null);
        user.Unlock();
        await audit.RecordAsync(AuditActions.UserUnlock, AuditTargetTypes.User, user.Id.ToString(), reason,
            AuditChange.Of("lockedUntil", lockedBefore, null), AuditChange.Of("lockedOutUntil", lockedOutBefore, null));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("User {UserId} unlocked by {AdministratorId}: {Reason}", user.Id, currentUser.Id, reason);
        return ToDto(user);
    }

    public async Task<UserSecurityDto> EndSessionsAsync(Guid id, UserActionDto? input = null, CancellationToken cancellationToken = default)
    {
        var user = await GetUserAsync(id, cancellationToken);
        var reason = CheckReason(input?.Reason);
        var stampBefore = user.SecurityStamp;
        user.EndAllSessions(SessionsEndedReason.RevokedByAdministrator);
        await audit.RecordAsync(AuditActions.UserEndSessions, AuditTargetTypes.User, user.Id.ToString(), reason,
            AuditChange.Of("securityStamp", stampBefore, user.SecurityStamp));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Every session of user {UserId} ended by {AdministratorId}: {Reason}", user.Id, currentUser.Id, reason);
        return ToDto(user);
    }

    public async Task<UserSecurityDto> DeactivateAsync(Guid id, UserActionDto? input = null, CancellationToken cancellationToken = default)
    {
        var user = await GetUserAsync(id, cancellationToken);
        if (user.Id == currentUser.GetRequiredId())
        {
            throw new BusinessException(MoyeoraErrorCodes.CannotDeactivateSelf);
        }

        var reason = CheckReason(input?.Reason);
        var now = Now;
        if (user.IsActive)
        {
            await administrators.EnsureAnAdministratorRemainsAsync(EveryPermission, new AdministrationChange { UserLosingAccess = user.Id }, now, cancellationToken);
        }

        var (activeBefore, byAdministratorBefore, stampBefore) = (user.IsActive, user.DeactivatedByAdministrator, user.SecurityStamp);
        user.DeactivateByAdministrator(now);
        await audit.RecordAsync(AuditActions.UserDeactivate, AuditTargetTypes.User, user.Id.ToString(), reason,
            AuditChange.OnlyChanged(AuditChange.Of("isActive", activeBefore, user.IsActive), AuditChange.Of("deactivatedByAdministrator", byAdministratorBefore, user.DeactivatedByAdministrator),
                AuditChange.Of("securityStamp", stampBefore, user.SecurityStamp)));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("User {UserId} deactivated by {AdministratorId}: {Reason}", user.Id, currentUser.Id, reason);
        return ToDto(user);
    }

    public async Task<UserSecurityDto> RestoreAsync(Guid id, UserActionDto? input = null, CancellationToken cancellationToken = default)
    {
        var user = await GetUserAsync(id, cancellationToken);
        var reason = CheckReason(input?.Reason);
        var (activeBefore, byAdministratorBefore) = (user.IsActive, user.DeactivatedByAdministrator);
        user.RestoreByAdministrator();
        await audit.RecordAsync(AuditActions.UserRestore, AuditTargetTypes.User, user.Id.ToString(), reason,
            AuditChange.OnlyChanged(AuditChange.Of("isActive", activeBefore, user.IsActive), AuditChange.Of("deactivatedByAdministrator", byAdministratorBefore, user.DeactivatedByAdministrator)));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("User {UserId} restored by {AdministratorId}: {Reason}", user.Id, currentUser.Id, reason);
        return ToDto(user);
    }

    private static IReadOnlyCollection<string> EveryPermission { get; } = MoyeoraPermissions.All.Select(p => p.Name).ToList();

    internal static string? CheckReason(string? reason)
    {
        var clean = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return clean is { Length: > UserConsts.MaxAdministrationReasonLength }
            ? throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "reason")
            : clean;
    }

    private static UserSearch ToSearch(GetUsersDto input)
    {
        var text = input.Filter?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return new UserSearch(null, null, null, input.State);
        }

        if (text.Length > UserConsts.MaxSearchLength)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "filter");
        }

        return new UserSearch(
            Guid.TryParse(text, out var id) ? id : null,
            PhoneNumber.TryNormalize(text, out var phone) ? phone : null,
            UserRules.NormalizeNickname(text),
            input.State);
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
            DeactivatedByAdministrator = user.DeactivatedByAdministrator,
            LockedUntil = user.IsLockedByModerator(now) ? user.ModerationLockEnd : null,
            LockedOutUntil = user.IsLockedOut(now) ? user.LockoutEnd : null,
            SecurityStamp = user.SecurityStamp,
        };
    }
}
