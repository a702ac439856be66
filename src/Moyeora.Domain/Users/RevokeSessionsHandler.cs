using Moyeora.Domain;

namespace Moyeora.Users;

/// <summary>A changed password or phone number, a deactivated or a locked account ends every session (spec §1).</summary>
public sealed class RevokeSessionsHandler(IRefreshTokenRepository refreshTokens, TimeProvider clock)
    : IDomainEventHandler<UserPasswordChangedEvent>, IDomainEventHandler<UserDeactivatedEvent>, IDomainEventHandler<UserPhoneNumberChangedEvent>,
        IDomainEventHandler<UserLockedEvent>
{
    public Task HandleAsync(UserLockedEvent domainEvent, CancellationToken cancellationToken) =>
        RevokeAllAsync(domainEvent.UserId, RefreshTokenRevocationReason.RevokedByAdministrator, cancellationToken);

    public Task HandleAsync(UserPhoneNumberChangedEvent domainEvent, CancellationToken cancellationToken) =>
        RevokeAllAsync(domainEvent.UserId, RefreshTokenRevocationReason.PhoneNumberChanged, cancellationToken);

    public Task HandleAsync(UserPasswordChangedEvent domainEvent, CancellationToken cancellationToken) =>
        RevokeAllAsync(domainEvent.UserId, RefreshTokenRevocationReason.PasswordChanged, cancellationToken);

    public Task HandleAsync(UserDeactivatedEvent domainEvent, CancellationToken cancellationToken) =>
        RevokeAllAsync(domainEvent.UserId, RefreshTokenRevocationReason.AccountDeactivated, cancellationToken);

    private async Task RevokeAllAsync(Guid userId, RefreshTokenRevocationReason reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var token in await refreshTokens.GetUnrevokedAsync(userId, null, cancellationToken))
        {
            token.Revoke(reason, now);
        }
    }
}
