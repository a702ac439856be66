using Microsoft.AspNetCore.Identity;
using Moyeora.Authorization;
using Moyeora.Domain;
using Moyeora.ExceptionHandling;
using Moyeora.Security;
using Moyeora.Users;
using Moyeora.Verification;

namespace Moyeora.Profile;

public sealed class ProfileAppService(
    IUserRepository users,
    IVerificationCodeRepository verificationCodes,
    IUnitOfWork unitOfWork,
    IPasswordHasher<User> passwordHasher,
    ICurrentUser currentUser,
    ISecurityLog securityLog,
    TimeProvider clock) : IProfileAppService
{
    public async Task<MyProfileDto> GetAsync(CancellationToken cancellationToken = default) =>
        await ToDtoAsync(await users.GetRequiredUserAsync(currentUser, cancellationToken), cancellationToken);

    public async Task<MyProfileDto> UpdateAsync(UpdateProfileDto input, CancellationToken cancellationToken = default)
    {
        var user = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var validator = new FieldValidator();
        var nickname = validator.Check(() => UserRules.CheckNickname(input.Nickname));
        validator.Check(() => UserRules.CheckProfileImageUrl(input.ProfileImageUrl));
        validator.Check(() => UserRules.CheckStatusMessage(input.StatusMessage));
        validator.Check(() => UserRules.CheckInterests(input.Interests));
        validator.ThrowIfInvalid();

        if (UserRules.NormalizeNickname(nickname!) != user.NormalizedNickname
            && await users.NicknameExistsAsync(UserRules.NormalizeNickname(nickname!), user.Id, cancellationToken))
        {
            throw new BusinessException(MoyeoraErrorCodes.NicknameTaken)
                .WithFieldError("nickname");
        }

        user.SetNickname(nickname!);
        user.SetProfileImageUrl(input.ProfileImageUrl);
        user.SetStatusMessage(input.StatusMessage);
        user.SetInterests(input.Interests);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(user, cancellationToken);
    }

    public async Task<MyProfileDto> SetStatusMessageAsync(UpdateStatusMessageDto input, CancellationToken cancellationToken = default)
    {
        var user = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        user.SetStatusMessage(input.StatusMessage);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(user, cancellationToken);
    }

    public async Task<MyProfileDto> SetInterestsAsync(UpdateInterestsDto input, CancellationToken cancellationToken = default)
    {
        var user = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        user.SetInterests(input.Interests);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(user, cancellationToken);
    }

    public async Task<MyProfileDto> UpdateSettingsAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default)
    {
        var user = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        if (input.LocationVisibility is null && input.GhostUntil is null)
        {
            return await ToDtoAsync(user, cancellationToken); // names nothing: changes nothing (never a silent reset to "everyone")
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // A ghost-mode end alone only moves the end of a ghost mode in force; it never implies another visibility.
        var visibility = input.LocationVisibility
            ?? (user.EffectiveVisibility(now) == LocationVisibility.Nobody
                ? LocationVisibility.Nobody
                : throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "ghostUntil"));
        user.SetLocationVisibility(visibility, input.GhostUntil?.ToUniversalTime(), now);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(user, cancellationToken);
    }

    public async Task ChangePasswordAsync(ChangePasswordDto input, CancellationToken cancellationToken = default)
    {
        var user = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        await VerifyPasswordAsync(user, input.CurrentPassword, "currentPassword", cancellationToken);
        UserRules.CheckPassword(input.NewPassword, user.PhoneNumber, user.Nickname, "newPassword");
        user.SetPasswordHash(passwordHasher.HashPassword(user, input.NewPassword), isChange: true);
        securityLog.Record(SecurityLogKind.PasswordChanged, user.Id);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task<MyProfileDto> ChangePhoneNumberAsync(ChangePhoneNumberDto input, CancellationToken cancellationToken = default)
    {
        var user = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var code = await verificationCodes.GetByTokenAsync(input.VerificationToken, cancellationToken);
        // The password is checked first: a wrong one is saved as a failed attempt and must not spend the token.
        await VerifyPasswordAsync(user, input.Password, "password", cancellationToken);
        code.UseToken(VerificationPurpose.PhoneChange, clock.GetUtcNow().UtcDateTime);
        if (code.PhoneNumber != user.PhoneNumber && await users.PhoneNumberExistsAsync(code.PhoneNumber, cancellationToken))
        {
            throw new BusinessException(MoyeoraErrorCodes.PhoneNumberTaken);
        }

        user.ChangePhoneNumber(code.PhoneNumber);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(user, cancellationToken);
    }

    public async Task DeleteAsync(DeleteAccountDto input, CancellationToken cancellationToken = default)
    {
        var user = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        await VerifyPasswordAsync(user, input.Password, "password", cancellationToken);

        // Deactivation also leaves the account's meetups in the same save; a meetup changed meanwhile
        // (someone joined) is a conflict, so the whole deletion runs again on fresh data.
        var first = true;
        await unitOfWork.RetryOnConflictAsync(async () =>
        {
            var current = first ? user : await users.GetRequiredUserAsync(currentUser, cancellationToken);
            first = false;
            current.Deactivate(clock.GetUtcNow().UtcDateTime);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        });
    }

    /// <summary>A wrong password here counts toward the lockout like a failed log-in (a stolen token cannot guess it).</summary>
    private async Task VerifyPasswordAsync(User user, string? password, string field, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (user.IsLockedOut(now))
        {
            throw BusinessException.RateLimited(MoyeoraErrorCodes.AccountLocked, user.LockoutEnd!.Value - now)
                .WithDetail("lockedUntil", user.LockoutEnd!.Value);
        }

        if (passwordHasher.VerifyHashedPassword(user, user.PasswordHash, password ?? string.Empty) == PasswordVerificationResult.Failed)
        {
            user.RecordFailedLogin(now);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            throw new BusinessException(MoyeoraErrorCodes.CurrentPasswordIncorrect, ErrorKind.Invalid)
                .WithFieldError(field);
        }
    }

    private async Task<MyProfileDto> ToDtoAsync(User user, CancellationToken cancellationToken)
    {
        var roles = await users.GetRoleNamesAsync(user.Id, cancellationToken);
        var permissions = await users.GetPermissionsAsync(user.Id, cancellationToken);
        return new MyProfileDto
        {
            Id = user.Id,
            PhoneNumber = user.PhoneNumber,
            Name = user.Name,
            Nickname = user.Nickname,
            ProfileImageUrl = user.ProfileImageUrl,
            StatusMessage = user.StatusMessage,
            Interests = user.Interests,
            Rating = user.Rating,
            Roles = roles,
            Permissions = permissions.Order(StringComparer.Ordinal).ToList(),
            Settings = new ProfileSettingsDto { LocationVisibility = user.LocationVisibility, GhostUntil = user.GhostUntil },
            CreationTime = user.CreationTime,
        };
    }
}
