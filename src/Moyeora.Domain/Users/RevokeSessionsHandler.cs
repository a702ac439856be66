using Moyeora.Domain;

namespace Moyeora.Users;

/// <summary>
/// When every session of a person ends (changed password or phone number, lock, deactivation, "end all sessions"),
/// their refresh tokens are revoked in the same unit of work; the access tokens die with the security stamp.
/// </summary>
public sealed class RevokeSessionsHandler(IRefreshTokenRepository refreshTokens, TimeProvider clock) : IDomainEventHandler<UserSessionsEndedEvent>
{
    public async Task HandleAsync(UserSessionsEndedEvent domainEvent, CancellationToken cancellationToken)
    {
        var reason = domainEvent.Reason switch
        {
            SessionsEndedReason.PasswordChanged => RefreshTokenRevocationReason.PasswordChanged,
            SessionsEndedReason.PhoneNumberChanged => RefreshTokenRevocationReason.PhoneNumberChanged,
            SessionsEndedReason.AccountDeactivated => RefreshTokenRevocationReason.AccountDeactivated,
            SessionsEndedReason.SignedOutEverywhere => RefreshTokenRevocationReason.LoggedOut,
            _ => RefreshTokenRevocationReason.RevokedByAdministrator,
        };
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var token in await refreshTokens.GetUnrevokedAsync(domainEvent.UserId, null, cancellationToken))
        {
            token.Revoke(reason, now);
        }
    }
}
