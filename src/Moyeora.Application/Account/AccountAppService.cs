using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moyeora.Authorization;
using Moyeora.Domain;
using Moyeora.ExceptionHandling;
using Moyeora.Outbound;
using Moyeora.Security;
using Moyeora.Users;
using Moyeora.Verification;

namespace Moyeora.Account;

public sealed class AccountAppService(
    IUserRepository users,
    IVerificationCodeRepository verificationCodes,
    IRefreshTokenRepository refreshTokens,
    IUnitOfWork unitOfWork,
    IPasswordHasher<User> passwordHasher,
    IAccessTokenIssuer accessTokens,
    IOutboundSender outbound,
    ISecretGenerator secrets,
    ICurrentUser currentUser,
    ICurrentClient currentClient,
    IAttemptLimiter attempts,
    ISecurityLog securityLog,
    IOptions<AttemptLimitOptions> limits,
    TimeProvider clock,
    ILogger<AccountAppService> logger) : IAccountAppService
{
    // Hashing something for unknown phone numbers keeps log-in timing from revealing who is registered.
    private static readonly string DummyPasswordHash = new PasswordHasher<User>().HashPassword(null!, "not-a-real-password-1");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<VerificationCodeSentDto> SendVerificationCodeAsync(SendVerificationCodeDto input, CancellationToken cancellationToken = default)
    {
        var phone = PhoneNumber.Normalize(input.PhoneNumber);
        CheckPurpose(input.Purpose);
        var now = Now;

        var latest = await verificationCodes.FindLatestAsync(phone, input.Purpose, cancellationToken);
        if (latest is not null && now - latest.CreationTime < VerificationConsts.ResendCooldown)
        {
            throw BusinessException.RateLimited(MoyeoraErrorCodes.VerificationCodeResendTooSoon,
                VerificationConsts.ResendCooldown - (now - latest.CreationTime));
        }

        var hourAgo = now.AddHours(-1);
        if (await verificationCodes.CountForPhoneSinceAsync(phone, hourAgo, cancellationToken) >= VerificationConsts.MaxRequestsPerPhonePerHour
            || currentClient.IpAddress is { } ip
            && await verificationCodes.CountForClientIpSinceAsync(ip, hourAgo, cancellationToken) >= limits.Value.CodeRequestsPerAddressPerHour)
        {
            throw BusinessException.RateLimited(MoyeoraErrorCodes.VerificationCodeRequestLimit, TimeSpan.FromHours(1));
        }

        var registered = await users.PhoneNumberExistsAsync(phone, cancellationToken);
        var deliverable = input.Purpose switch
        {
            VerificationPurpose.SignUp => !registered,
            VerificationPurpose.PasswordReset => registered,
            _ => !registered, // a phone change moves an account to a number nobody else uses
        };

        foreach (var open in await verificationCodes.GetOpenAsync(phone, input.Purpose, now, cancellationToken))
        {
            open.Supersede(now);
        }

        var code = secrets.NewNumericCode(VerificationConsts.CodeLength);
        var salt = secrets.NewSalt();
        await verificationCodes.InsertAsync(
            new VerificationCode(Guid.NewGuid(), phone, input.Purpose, SecretHasher.HashWithSalt(code, salt), salt, deliverable, currentClient.IpAddress, now),
            cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);

        var text = deliverable
            ? $"[모여라] 인증번호 [{code}]를 입력해 주세요. ({(int)VerificationConsts.CodeLifetime.TotalMinutes}분 안에 입력)"
            : input.Purpose == VerificationPurpose.SignUp || input.Purpose == VerificationPurpose.PhoneChange
                ? "[모여라] 이미 가입된 번호입니다. 로그인하거나 비밀번호 찾기를 이용해 주세요."
                : null; // a reset for an unknown number sends nothing to a stranger
        if (text is not null)
        {
            await outbound.SendAsync(new OutboundMessage(OutboundChannel.Sms, phone, text), cancellationToken);
        }

        logger.LogInformation("Verification code requested for purpose {Purpose} (deliverable: {Deliverable})", input.Purpose, deliverable);
        return new VerificationCodeSentDto
        {
            ExpiresInSeconds = (int)VerificationConsts.CodeLifetime.TotalSeconds,
            ResendAfterSeconds = (int)VerificationConsts.ResendCooldown.TotalSeconds,
        };
    }

    public async Task<VerificationTokenDto> VerifyCodeAsync(VerifyCodeDto input, CancellationToken cancellationToken = default)
    {
        var phone = PhoneNumber.Normalize(input.PhoneNumber);
        CheckPurpose(input.Purpose);
        var now = Now;
        var code = await verificationCodes.FindLatestAsync(phone, input.Purpose, cancellationToken);
        if (code is null)
        {
            throw new BusinessException(MoyeoraErrorCodes.VerificationCodeInvalid, ErrorKind.Invalid)
                .WithFieldError("code");
        }

        var token = secrets.NewToken();
        var verified = code.TryVerify(input.Code ?? string.Empty, token, now);
        await unitOfWork.SaveChangesAsync(cancellationToken); // a wrong attempt must be counted before refusing
        if (!verified)
        {
            throw new BusinessException(MoyeoraErrorCodes.VerificationCodeInvalid, ErrorKind.Invalid)
                .WithFieldError("code")
                .WithDetail("attemptsLeft", Math.Max(0, VerificationConsts.MaxFailedAttempts - code.FailedAttempts));
        }

        return new VerificationTokenDto { VerificationToken = token, ExpiresAt = code.TokenExpirationTime!.Value };
    }

    public async Task<NicknameAvailabilityDto> CheckNicknameAsync(CheckNicknameDto input, CancellationToken cancellationToken = default)
    {
        var result = new NicknameAvailabilityDto { Nickname = input.Nickname ?? string.Empty };
        string nickname;
        try
        {
            nickname = UserRules.CheckNickname(input.Nickname);
        }
        catch (BusinessException)
        {
            return result;
        }

        result.Nickname = nickname;
        result.IsValid = true;
        result.IsAvailable = !await users.NicknameExistsAsync(UserRules.NormalizeNickname(nickname), null, cancellationToken);
        return result;
    }

    public async Task<AuthTokensDto> RegisterAsync(RegisterDto input, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var code = await verificationCodes.GetByTokenAsync(input.VerificationToken, cancellationToken);
        code.UseToken(VerificationPurpose.SignUp, now);
        var phone = code.PhoneNumber;

        // Everything is validated before anything is written.
        var validator = new FieldValidator();
        var user = validator.Check(() => new User(Guid.NewGuid(), phone, input.Name, input.Nickname, now));
        validator.Check(() => UserRules.CheckPassword(input.Password, phone, input.Nickname ?? string.Empty));
        validator.Check(() => UserRules.CheckProfileImageUrl(input.ProfileImageUrl));
        validator.Check(() => UserRules.CheckStatusMessage(input.StatusMessage));
        validator.Check(() => UserRules.CheckInterests(input.Interests));
        validator.ThrowIfInvalid();

        user!.SetProfileImageUrl(input.ProfileImageUrl);
        user.SetStatusMessage(input.StatusMessage);
        user.SetInterests(input.Interests);
        user.SetPasswordHash(passwordHasher.HashPassword(user, input.Password), isChange: false);

        if (await users.PhoneNumberExistsAsync(phone, cancellationToken))
        {
            throw new BusinessException(MoyeoraErrorCodes.PhoneNumberTaken);
        }

        if (await users.NicknameExistsAsync(user.NormalizedNickname, null, cancellationToken))
        {
            throw new BusinessException(MoyeoraErrorCodes.NicknameTaken)
                .WithFieldError("nickname");
        }

        user.RecordSuccessfulLogin(now);
        await users.InsertAsync(user, cancellationToken);
        securityLog.Record(SecurityLogKind.SignedUp, user.Id);
        var tokens = await IssueTokensAsync(user, Guid.NewGuid(), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("User {UserId} signed up", user.Id);
        return tokens;
    }

    public async Task<AuthTokensDto> LoginAsync(LoginDto input, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var normalized = PhoneNumber.TryNormalize(input.PhoneNumber, out var phone);
        // Limited per phone number, registered or not alike (a per-address limit would shut out a whole carrier).
        var key = "login:" + SecretHasher.HashToken(normalized ? phone : (input.PhoneNumber ?? string.Empty).Trim());
        if (await attempts.TryAcquireAsync(key, limits.Value.LogInAttemptsPerPhonePerTenMinutes, TimeSpan.FromMinutes(10), cancellationToken) is { } wait)
        {
            throw BusinessException.RateLimited(MoyeoraErrorCodes.TooManyRequests, wait);
        }

        var user = normalized ? await users.FindByPhoneNumberAsync(phone, cancellationToken) : null;
        // Without the right password every state answers alike (unknown, wrong password, locked out, locked by a
        // moderator, deleted): the same 401, the same body, and the password hash is always computed.
        if (user is null)
        {
            passwordHasher.VerifyHashedPassword(null!, DummyPasswordHash, input.Password ?? string.Empty);
            // Logged without anyone's id (and without the number): the answer and the work done are those of a wrong password.
            await FailedSignInAsync(null, null, cancellationToken);
            throw InvalidCredentials();
        }

        var result = passwordHasher.VerifyHashedPassword(user, user.PasswordHash, input.Password ?? string.Empty);
        if (result == PasswordVerificationResult.Failed)
        {
            if (!user.IsLockedOut(now))
            {
                user.RecordFailedLogin(now);
            }

            await FailedSignInAsync(user.Id, "WrongPassword", cancellationToken);
            logger.LogWarning("Failed log-in for user {UserId}", user.Id);
            throw InvalidCredentials();
        }

        // The right password during a wrong-password lock-out answers as a wrong one: otherwise the lock-out would tell
        // whoever is guessing that the guess was right.
        if (user.IsLockedOut(now) || !user.IsActive && !user.CanBeRestored(now))
        {
            await FailedSignInAsync(user.Id, user.IsLockedOut(now) ? "LockedOut" : "Deactivated", cancellationToken);
            logger.LogWarning("Log-in refused for user {UserId} (locked out: {LockedOut})", user.Id, user.IsLockedOut(now));
            throw InvalidCredentials();
        }

        if (user.IsLockedByModerator(now))
        {
            await FailedSignInAsync(user.Id, "Locked", cancellationToken);
            // Only the holder of the password learns of a moderator's lock, and until when it lasts.
            throw new BusinessException(MoyeoraErrorCodes.AccountLocked, ErrorKind.Forbidden)
                .WithDetail("lockedUntil", user.ModerationLockEnd!.Value);
        }

        var restored = false;
        if (!user.IsActive)
        {
            user.Restore(now);
            restored = true;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.SetPasswordHash(passwordHasher.HashPassword(user, input.Password!), isChange: false);
        }

        user.RecordSuccessfulLogin(now);
        securityLog.Record(SecurityLogKind.SignedIn, user.Id, restored ? "Restored" : null);
        var tokens = await IssueTokensAsync(user, Guid.NewGuid(), cancellationToken);
        tokens.Restored = restored;
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("User {UserId} logged in (restored: {Restored})", user.Id, restored);
        return tokens;
    }

    public async Task<AuthTokensDto> RefreshAsync(RefreshTokenDto input, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var token = await refreshTokens.FindByHashAsync(SecretHasher.HashToken(input.RefreshToken ?? string.Empty), cancellationToken);
        if (token is null)
        {
            throw RefreshTokenInvalid();
        }

        if (await attempts.TryAcquireAsync("refresh:" + token.FamilyId.ToString("N"), limits.Value.RefreshesPerSessionPerMinute, TimeSpan.FromMinutes(1),
                cancellationToken) is { } wait)
        {
            throw BusinessException.RateLimited(MoyeoraErrorCodes.TooManyRequests, wait);
        }

        if (token.WasRotated)
        {
            // A rotated token came back: someone holds a copy. End the whole family.
            foreach (var member in await refreshTokens.GetUnrevokedAsync(token.UserId, token.FamilyId, cancellationToken))
            {
                member.Revoke(RefreshTokenRevocationReason.ReuseDetected, now);
            }

            securityLog.Record(SecurityLogKind.RefreshTokenReused, token.UserId);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            logger.LogWarning("Refresh token re-use detected for user {UserId}; family {FamilyId} revoked", token.UserId, token.FamilyId);
            throw BusinessException.Unauthenticated(MoyeoraErrorCodes.RefreshTokenReused);
        }

        var user = await users.FindAsync(token.UserId, cancellationToken);
        if (!token.IsActive(now) || user is null || !user.IsActive || user.IsLockedByModerator(now))
        {
            throw RefreshTokenInvalid();
        }

        var newValue = secrets.NewToken();
        var next = token.Rotate(Guid.NewGuid(), SecretHasher.HashToken(newValue), currentClient.IpAddress, now);
        await refreshTokens.InsertAsync(next, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return BuildTokens(user, newValue, next);
    }

    public async Task LogoutAsync(LogoutDto input, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.GetRequiredId();
        var now = Now;
        var token = await refreshTokens.FindByHashAsync(SecretHasher.HashToken(input.RefreshToken ?? string.Empty), cancellationToken);
        if (token is not null && token.UserId != userId)
        {
            // Someone else's token: say nothing about it and change nothing.
            token = null;
        }

        if (input.AllSessions)
        {
            // Every refresh token is revoked with the stamp, and every access token (this one too) stops working.
            var user = await users.GetRequiredUserAsync(currentUser, cancellationToken);
            user.EndAllSessions(SessionsEndedReason.SignedOutEverywhere);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            logger.LogInformation("User {UserId} signed out everywhere", userId);
            return;
        }

        if (token is null)
        {
            return;
        }

        foreach (var member in await refreshTokens.GetUnrevokedAsync(userId, token.FamilyId, cancellationToken))
        {
            member.Revoke(RefreshTokenRevocationReason.LoggedOut, now);
        }

        securityLog.Record(SecurityLogKind.SignedOut, userId);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task ResetPasswordAsync(ResetPasswordDto input, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var code = await verificationCodes.GetByTokenAsync(input.VerificationToken, cancellationToken);
        code.UseToken(VerificationPurpose.PasswordReset, now);
        var user = await users.FindByPhoneNumberAsync(code.PhoneNumber, cancellationToken)
            ?? throw new BusinessException(MoyeoraErrorCodes.VerificationTokenInvalid, ErrorKind.Invalid);
        UserRules.CheckPassword(input.NewPassword, user.PhoneNumber, user.Nickname, "newPassword");
        user.SetPasswordHash(passwordHasher.HashPassword(user, input.NewPassword), isChange: true);
        securityLog.Record(SecurityLogKind.PasswordReset, user.Id);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Password reset for user {UserId}", user.Id);
    }

    private async Task<AuthTokensDto> IssueTokensAsync(User user, Guid familyId, CancellationToken cancellationToken)
    {
        var value = secrets.NewToken();
        var refresh = new RefreshToken(Guid.NewGuid(), user.Id, familyId, SecretHasher.HashToken(value), currentClient.IpAddress, Now);
        await refreshTokens.InsertAsync(refresh, cancellationToken);
        return BuildTokens(user, value, refresh);
    }

    private AuthTokensDto BuildTokens(User user, string refreshValue, RefreshToken refresh)
    {
        var (access, expires) = accessTokens.Issue(user);
        return new AuthTokensDto
        {
            AccessToken = access,
            AccessTokenExpiresAt = expires,
            RefreshToken = refreshValue,
            RefreshTokenExpiresAt = refresh.ExpirationTime,
            UserId = user.Id,
        };
    }

    /// <summary>A refused log-in is logged (and a wrong password counted) before the refusal is thrown.</summary>
    private async Task FailedSignInAsync(Guid? userId, string? detail, CancellationToken cancellationToken)
    {
        securityLog.Record(SecurityLogKind.SignInFailed, userId, detail);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private static void CheckPurpose(VerificationPurpose purpose)
    {
        if (!Enum.IsDefined(purpose))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "purpose");
        }
    }

    private static BusinessException InvalidCredentials() =>
        BusinessException.Unauthenticated(MoyeoraErrorCodes.InvalidCredentials);

    private static BusinessException RefreshTokenInvalid() =>
        BusinessException.Unauthenticated(MoyeoraErrorCodes.RefreshTokenInvalid);
}
