using Moyeora.Domain;

namespace Moyeora.Users;

/// <summary>
/// An opaque refresh token (stored as a hash). Every use rotates it within its family; presenting a
/// rotated token again means it was stolen, and the whole family is revoked.
/// </summary>
public sealed class RefreshToken : AggregateRoot
{
    private RefreshToken()
    {
    }

    public RefreshToken(Guid id, Guid userId, Guid familyId, string tokenHash, string? clientIp, DateTime now)
        : base(id)
    {
        UserId = userId;
        FamilyId = familyId;
        TokenHash = tokenHash;
        ClientIp = clientIp is { Length: > 64 } ? clientIp[..64] : clientIp;
        CreationTime = now;
        ExpirationTime = now + UserConsts.RefreshTokenLifetime;
    }

    public Guid UserId { get; private set; }

    public Guid FamilyId { get; private set; }

    public string TokenHash { get; private set; } = null!;

    public string? ClientIp { get; private set; }

    public DateTime ExpirationTime { get; private set; }

    public DateTime? RevocationTime { get; private set; }

    public RefreshTokenRevocationReason? RevocationReason { get; private set; }

    public Guid? ReplacedByTokenId { get; private set; }

    public bool IsActive(DateTime now) => RevocationTime is null && now < ExpirationTime;

    public bool WasRotated => RevocationReason == RefreshTokenRevocationReason.Rotated;

    public RefreshToken Rotate(Guid newId, string newTokenHash, string? clientIp, DateTime now)
    {
        var next = new RefreshToken(newId, UserId, FamilyId, newTokenHash, clientIp, now);
        RevocationTime = now;
        RevocationReason = RefreshTokenRevocationReason.Rotated;
        ReplacedByTokenId = newId;
        return next;
    }

    public void Revoke(RefreshTokenRevocationReason reason, DateTime now)
    {
        if (RevocationTime is not null)
        {
            return;
        }

        RevocationTime = now;
        RevocationReason = reason;
    }
}

public enum RefreshTokenRevocationReason
{
    Rotated = 1,
    LoggedOut = 2,
    ReuseDetected = 3,
    PasswordChanged = 4,
    AccountDeactivated = 5,
    RevokedByAdministrator = 6,
    PhoneNumberChanged = 7,
}

public interface IRefreshTokenRepository
{
    Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>Tokens not yet revoked, of one family or (with a null family) of every family of the user.</summary>
    Task<IReadOnlyList<RefreshToken>> GetUnrevokedAsync(Guid userId, Guid? familyId, CancellationToken cancellationToken = default);

    Task InsertAsync(RefreshToken token, CancellationToken cancellationToken = default);

    /// <summary>Deletes up to <paramref name="take"/> tokens expired before <paramref name="now"/>; returns how many.</summary>
    Task<int> DeleteExpiredAsync(DateTime now, int take, CancellationToken cancellationToken = default);
}
