using Moyeora.Domain;
using Moyeora.ExceptionHandling;

namespace Moyeora.Verification;

/// <summary>
/// One SMS verification attempt for a phone and purpose. The code is stored only as a salted hash; a
/// correct code yields a short-lived, single-use verification token, also stored only as a hash.
/// </summary>
public sealed class VerificationCode : AggregateRoot
{
    private VerificationCode()
    {
    }

    /// <param name="isDeliverable">
    /// False when no code was sent (sign-up of a registered number, reset of an unknown one): the row
    /// still counts toward limits, but can never be verified. The caller is answered the same either way.
    /// </param>
    public VerificationCode(Guid id, string phoneNumber, VerificationPurpose purpose, string codeHash, string codeSalt,
        bool isDeliverable, string? clientIp, DateTime now)
        : base(id)
    {
        if (!Enum.IsDefined(purpose))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "purpose");
        }

        PhoneNumber = phoneNumber;
        Purpose = purpose;
        CodeHash = codeHash;
        CodeSalt = codeSalt;
        IsDeliverable = isDeliverable;
        ClientIp = clientIp is { Length: > VerificationConsts.MaxClientIpLength } ? clientIp[..VerificationConsts.MaxClientIpLength] : clientIp;
        CreationTime = now;
        ExpirationTime = now + VerificationConsts.CodeLifetime;
    }

    public string PhoneNumber { get; private set; } = null!;

    public VerificationPurpose Purpose { get; private set; }

    public string CodeHash { get; private set; } = null!;

    public string CodeSalt { get; private set; } = null!;

    public bool IsDeliverable { get; private set; }

    public string? ClientIp { get; private set; }

    public DateTime ExpirationTime { get; private set; }

    public int FailedAttempts { get; private set; }

    /// <summary>Set when a newer code for the same phone and purpose replaced this one.</summary>
    public DateTime? SupersededTime { get; private set; }

    public DateTime? VerifiedTime { get; private set; }

    public string? TokenHash { get; private set; }

    public DateTime? TokenExpirationTime { get; private set; }

    public DateTime? TokenUsedTime { get; private set; }

    public bool IsOpen(DateTime now) =>
        VerifiedTime is null && SupersededTime is null && FailedAttempts < VerificationConsts.MaxFailedAttempts && now < ExpirationTime;

    public void Supersede(DateTime now) => SupersededTime ??= now;

    /// <summary>
    /// Checks the code. A wrong code counts an attempt (the caller must save before throwing on); the
    /// fifth wrong attempt kills the code. A right code stores the hash of <paramref name="token"/>.
    /// </summary>
    /// <returns>Whether the code was right.</returns>
    public bool TryVerify(string code, string token, DateTime now)
    {
        if (!IsOpen(now))
        {
            throw new BusinessException(MoyeoraErrorCodes.VerificationCodeExpired, ErrorKind.Invalid);
        }

        var matches = IsDeliverable
            && code.Length == VerificationConsts.CodeLength
            && SecretHasher.FixedTimeEquals(SecretHasher.HashWithSalt(code, CodeSalt), CodeHash);
        if (!matches)
        {
            FailedAttempts++;
            return false;
        }

        VerifiedTime = now;
        TokenHash = SecretHasher.HashToken(token);
        TokenExpirationTime = now + VerificationConsts.TokenLifetime;
        return true;
    }

    /// <summary>Spends the verification token; it works once, for its own purpose, before it expires.</summary>
    public void UseToken(VerificationPurpose purpose, DateTime now)
    {
        if (Purpose != purpose || TokenUsedTime is not null || TokenExpirationTime is not { } expires || now >= expires)
        {
            throw new BusinessException(MoyeoraErrorCodes.VerificationTokenInvalid, ErrorKind.Invalid);
        }

        TokenUsedTime = now;
    }
}

public interface IVerificationCodeRepository
{
    Task<IReadOnlyList<VerificationCode>> GetOpenAsync(string phoneNumber, VerificationPurpose purpose, DateTime now, CancellationToken cancellationToken = default);

    Task<VerificationCode?> FindLatestAsync(string phoneNumber, VerificationPurpose purpose, CancellationToken cancellationToken = default);

    Task<int> CountForPhoneSinceAsync(string phoneNumber, DateTime since, CancellationToken cancellationToken = default);

    Task<int> CountForClientIpSinceAsync(string clientIp, DateTime since, CancellationToken cancellationToken = default);

    Task<VerificationCode?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken = default);

    Task InsertAsync(VerificationCode code, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes up to <paramref name="take"/> codes created before <paramref name="createdBefore"/>: by then both
    /// the code and its token have expired and the code no longer counts toward any request limit.
    /// </summary>
    Task<int> DeleteCreatedBeforeAsync(DateTime createdBefore, int take, CancellationToken cancellationToken = default);
}

public static class VerificationCodeRepositoryExtensions
{
    /// <summary>The verified code behind a verification token (looked up by its hash), or a clear refusal.</summary>
    public static async Task<VerificationCode> GetByTokenAsync(this IVerificationCodeRepository codes, string? verificationToken, CancellationToken cancellationToken)
    {
        return await codes.FindByTokenHashAsync(SecretHasher.HashToken(verificationToken ?? string.Empty), cancellationToken)
            ?? throw new BusinessException(MoyeoraErrorCodes.VerificationTokenInvalid, ErrorKind.Invalid)
                .WithFieldError("verificationToken");
    }
}
