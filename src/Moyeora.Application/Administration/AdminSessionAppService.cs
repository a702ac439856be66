using Microsoft.Extensions.Logging;
using Moyeora.Account;
using Moyeora.Domain;
using Moyeora.ExceptionHandling;
using Moyeora.Permissions;
using Moyeora.Security;
using Moyeora.Users;

namespace Moyeora.Administration;

public sealed class AdminSessionAppService(
    IAccountAppService account,
    IUserRepository users,
    IRefreshTokenRepository refreshTokens,
    IUnitOfWork unitOfWork,
    SessionValidator sessions,
    ISecurityLog securityLog,
    TimeProvider clock,
    ILogger<AdminSessionAppService> logger) : IAdminSessionAppService
{
    public async Task<AdminSessionDto> SignInAsync(AdminSignInDto input, CancellationToken cancellationToken = default)
    {
        // The API's own log-in decides (lock-out, rate limit per phone number, the neutral error, a moderator's lock).
        var tokens = await account.LoginAsync(new LoginDto { PhoneNumber = input.PhoneNumber, Password = input.Password }, cancellationToken);

        // The admin area keeps its session in a cookie tied to the security stamp: the API session just opened is not needed.
        var refresh = await refreshTokens.FindByHashAsync(SecretHasher.HashToken(tokens.RefreshToken), cancellationToken);
        if (refresh is not null)
        {
            foreach (var member in await refreshTokens.GetUnrevokedAsync(tokens.UserId, refresh.FamilyId, cancellationToken))
            {
                member.Revoke(RefreshTokenRevocationReason.LoggedOut, clock.GetUtcNow().UtcDateTime);
            }
        }

        var user = await users.FindAsync(tokens.UserId, cancellationToken) ?? throw BusinessException.Unauthenticated();
        var session = await ToSessionAsync(user.Id, user.Nickname, user.SecurityStamp, cancellationToken);
        securityLog.Record(session is null ? SecurityLogKind.AdminSignInRefused : SecurityLogKind.AdminSignedIn, user.Id);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        if (session is null)
        {
            logger.LogWarning("Admin sign-in refused for user {UserId}: no admin-area permission", user.Id);
            throw new BusinessException(MoyeoraErrorCodes.AdminAreaForbidden, ErrorKind.Forbidden);
        }

        logger.LogInformation("Admin sign-in of user {UserId}", user.Id);
        return session;
    }

    public async Task<AdminSessionDto?> ValidateAsync(Guid userId, int securityStamp, CancellationToken cancellationToken = default)
    {
        // The rule every bearer token follows (stamp, active, no moderator's lock), then the admin-area permission.
        if (!await sessions.IsCurrentAsync(userId, securityStamp.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken))
        {
            return null;
        }

        var nickname = (await users.GetSummariesAsync([userId], cancellationToken)).GetValueOrDefault(userId)?.Nickname ?? string.Empty;
        return await ToSessionAsync(userId, nickname, securityStamp, cancellationToken);
    }

    private async Task<AdminSessionDto?> ToSessionAsync(Guid userId, string nickname, int stamp, CancellationToken cancellationToken)
    {
        var granted = await users.GetPermissionsAsync(userId, cancellationToken);
        return MoyeoraPermissions.OpensAdminArea(granted)
            ? new AdminSessionDto { UserId = userId, Nickname = nickname, SecurityStamp = stamp, Permissions = granted.Order(StringComparer.Ordinal).ToList() }
            : null;
    }
}
