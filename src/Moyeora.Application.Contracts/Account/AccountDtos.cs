using System.ComponentModel.DataAnnotations;
using Moyeora.ExceptionHandling;
using Moyeora.Users;
using Moyeora.Verification;

namespace Moyeora.Account;

public sealed class SendVerificationCodeDto
{
    /// <summary>Korean mobile number, <c>010-1234-5678</c> or <c>+821012345678</c>.</summary>
    [FieldCode(MoyeoraErrorCodes.InvalidPhoneNumber)]
    [Required, StringLength(20)]
    public string PhoneNumber { get; set; } = string.Empty;

    [Required, EnumDataType(typeof(VerificationPurpose))]
    public VerificationPurpose Purpose { get; set; }
}

/// <summary>The same answer whether or not the number is registered, so the endpoint reveals nothing.</summary>
public sealed class VerificationCodeSentDto
{
    public int ExpiresInSeconds { get; set; }

    public int ResendAfterSeconds { get; set; }
}

public sealed class VerifyCodeDto
{
    [FieldCode(MoyeoraErrorCodes.InvalidPhoneNumber)]
    [Required, StringLength(20)]
    public string PhoneNumber { get; set; } = string.Empty;

    [Required, EnumDataType(typeof(VerificationPurpose))]
    public VerificationPurpose Purpose { get; set; }

    [FieldCode(MoyeoraErrorCodes.VerificationCodeInvalid)]
    [Required, StringLength(VerificationConsts.CodeLength, MinimumLength = VerificationConsts.CodeLength), RegularExpression("^[0-9]+$")]
    public string Code { get; set; } = string.Empty;
}

public sealed class VerificationTokenDto
{
    /// <summary>Single-use proof that the caller controls the phone, for the purpose it was asked for.</summary>
    public string VerificationToken { get; set; } = string.Empty;

    public DateTime ExpiresAt { get; set; }
}

public sealed class CheckNicknameDto
{
    [FieldCode(MoyeoraErrorCodes.InvalidNickname)]
    [Required, StringLength(64)]
    public string Nickname { get; set; } = string.Empty;
}

public sealed class NicknameAvailabilityDto
{
    public string Nickname { get; set; } = string.Empty;

    public bool IsValid { get; set; }

    public bool IsAvailable { get; set; }
}

public sealed class RegisterDto
{
    [FieldCode(MoyeoraErrorCodes.VerificationTokenInvalid)]
    [Required, StringLength(100)]
    public string VerificationToken { get; set; } = string.Empty;

    [FieldCode(MoyeoraErrorCodes.InvalidName)]
    [Required, StringLength(UserConsts.MaxNameLength)]
    public string Name { get; set; } = string.Empty;

    [FieldCode(MoyeoraErrorCodes.InvalidNickname)]
    [Required, StringLength(UserConsts.MaxNicknameLength)]
    public string Nickname { get; set; } = string.Empty;

    [FieldCode(MoyeoraErrorCodes.InvalidPassword)]
    [Required, StringLength(UserConsts.MaxPasswordLength)]
    public string Password { get; set; } = string.Empty;

    [FieldCode(MoyeoraErrorCodes.InvalidProfileImageUrl)]
    [StringLength(UserConsts.MaxProfileImageUrlLength)]
    public string? ProfileImageUrl { get; set; }

    [FieldCode(MoyeoraErrorCodes.InvalidStatusMessage)]
    [StringLength(UserConsts.MaxStatusMessageLength)]
    public string? StatusMessage { get; set; }

    [FieldCode(MoyeoraErrorCodes.InvalidInterests)]
    [MaxLength(UserConsts.MaxInterests)]
    public List<string>? Interests { get; set; }
}

public sealed class LoginDto
{
    [Required, StringLength(20)]
    public string PhoneNumber { get; set; } = string.Empty;

    [Required, StringLength(UserConsts.MaxPasswordLength)]
    public string Password { get; set; } = string.Empty;
}

public sealed class AuthTokensDto
{
    public string AccessToken { get; set; } = string.Empty;

    public string TokenType { get; set; } = "Bearer";

    public DateTime AccessTokenExpiresAt { get; set; }

    public string RefreshToken { get; set; } = string.Empty;

    public DateTime RefreshTokenExpiresAt { get; set; }

    public Guid UserId { get; set; }

    /// <summary>True when this log-in brought back an account that was deleted less than 30 days ago.</summary>
    public bool Restored { get; set; }
}

public sealed class RefreshTokenDto
{
    [Required, StringLength(100)]
    public string RefreshToken { get; set; } = string.Empty;
}

public sealed class LogoutDto
{
    [Required, StringLength(100)]
    public string RefreshToken { get; set; } = string.Empty;

    /// <summary>Also end every other session of the user.</summary>
    public bool AllSessions { get; set; }
}

public sealed class ResetPasswordDto
{
    [FieldCode(MoyeoraErrorCodes.VerificationTokenInvalid)]
    [Required, StringLength(100)]
    public string VerificationToken { get; set; } = string.Empty;

    [FieldCode(MoyeoraErrorCodes.InvalidPassword)]
    [Required, StringLength(UserConsts.MaxPasswordLength)]
    public string NewPassword { get; set; } = string.Empty;
}

public interface IAccountAppService
{
    /// <summary>Sends a 6-digit code by SMS (sign-up, password reset, phone change).</summary>
    Task<VerificationCodeSentDto> SendVerificationCodeAsync(SendVerificationCodeDto input, CancellationToken cancellationToken = default);

    Task<VerificationTokenDto> VerifyCodeAsync(VerifyCodeDto input, CancellationToken cancellationToken = default);

    Task<NicknameAvailabilityDto> CheckNicknameAsync(CheckNicknameDto input, CancellationToken cancellationToken = default);

    Task<AuthTokensDto> RegisterAsync(RegisterDto input, CancellationToken cancellationToken = default);

    Task<AuthTokensDto> LoginAsync(LoginDto input, CancellationToken cancellationToken = default);

    Task<AuthTokensDto> RefreshAsync(RefreshTokenDto input, CancellationToken cancellationToken = default);

    Task LogoutAsync(LogoutDto input, CancellationToken cancellationToken = default);

    Task ResetPasswordAsync(ResetPasswordDto input, CancellationToken cancellationToken = default);
}
