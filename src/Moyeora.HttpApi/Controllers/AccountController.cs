using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Moyeora.Account;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>Phone verification, sign-up, log-in, token refresh, log-out and password reset.</summary>
[ApiController]
[Route("api/app/account")]
[Tags("Account")]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed)]
public sealed class AccountController(IAccountAppService service) : ControllerBase, IAccountAppService
{
    /// <summary>Sends a 6-digit code by SMS. The answer is the same whether or not the number is registered.</summary>
    [HttpPost("verification-codes")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Account)]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidPhoneNumber)]
    [ErrorResponse(StatusCodes.Status429TooManyRequests, VerificationCodeResendTooSoon, VerificationCodeRequestLimit, TooManyRequests)]
    public Task<VerificationCodeSentDto> SendVerificationCodeAsync([FromBody] SendVerificationCodeDto input, CancellationToken cancellationToken = default) =>
        service.SendVerificationCodeAsync(input, cancellationToken);

    /// <summary>Checks a code; a right one returns a single-use verification token (30 minutes).</summary>
    [HttpPost("verification-codes/verify")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Account)]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidPhoneNumber, VerificationCodeInvalid, VerificationCodeExpired)]
    [ErrorResponse(StatusCodes.Status429TooManyRequests, TooManyRequests)]
    public Task<VerificationTokenDto> VerifyCodeAsync([FromBody] VerifyCodeDto input, CancellationToken cancellationToken = default) =>
        service.VerifyCodeAsync(input, cancellationToken);

    /// <summary>Whether a nickname is well-formed and free (case-insensitively).</summary>
    [HttpGet("nickname-availability")]
    [AllowAnonymous]
    public Task<NicknameAvailabilityDto> CheckNicknameAsync([FromQuery] CheckNicknameDto input, CancellationToken cancellationToken = default) =>
        service.CheckNicknameAsync(input, cancellationToken);

    /// <summary>Creates the account for a verified phone and signs it in.</summary>
    [HttpPost("register")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Account)]
    [ErrorResponse(StatusCodes.Status400BadRequest, VerificationTokenInvalid, InvalidName, InvalidNickname, InvalidPassword, InvalidProfileImageUrl, InvalidStatusMessage, InvalidInterests)]
    [ErrorResponse(StatusCodes.Status409Conflict, PhoneNumberTaken, NicknameTaken, ConcurrencyConflict)]
    [ErrorResponse(StatusCodes.Status429TooManyRequests, TooManyRequests)]
    public Task<AuthTokensDto> RegisterAsync([FromBody] RegisterDto input, CancellationToken cancellationToken = default) =>
        service.RegisterAsync(input, cancellationToken);

    /// <summary>
    /// Phone + password → access token (15 min) and refresh token (14 days). Restores an account deleted less than 30
    /// days ago. Without the right password every state answers the same 401 (unknown number, wrong password, locked
    /// out, locked by a moderator, deleted); only the holder of the password learns of a moderator's lock (403).
    /// </summary>
    [HttpPost("login")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Account)]
    [ErrorResponse(StatusCodes.Status401Unauthorized, InvalidCredentials)]
    [ErrorResponse(StatusCodes.Status403Forbidden, AccountLocked)]
    [ErrorResponse(StatusCodes.Status429TooManyRequests, TooManyRequests)]
    public Task<AuthTokensDto> LoginAsync([FromBody] LoginDto input, CancellationToken cancellationToken = default) =>
        service.LoginAsync(input, cancellationToken);

    /// <summary>Rotates a refresh token. Presenting an already-rotated token ends that whole session family.</summary>
    [HttpPost("refresh")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Account)]
    [ErrorResponse(StatusCodes.Status401Unauthorized, RefreshTokenInvalid, RefreshTokenReused)]
    [ErrorResponse(StatusCodes.Status429TooManyRequests, TooManyRequests)]
    public Task<AuthTokensDto> RefreshAsync([FromBody] RefreshTokenDto input, CancellationToken cancellationToken = default) =>
        service.RefreshAsync(input, cancellationToken);

    /// <summary>
    /// Revokes the given refresh token's session, or (allSessions) every session of the caller: every refresh token,
    /// every access token (this one too) and the live connection.
    /// </summary>
    [HttpPost("logout")]
    [Authorize]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded)]
    public async Task LogoutAsync([FromBody] LogoutDto input, CancellationToken cancellationToken = default)
    {
        await service.LogoutAsync(input, cancellationToken);
        Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>Sets a new password with a password-reset verification token; ends every session.</summary>
    [HttpPost("reset-password")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Account)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ErrorResponse(StatusCodes.Status400BadRequest, VerificationTokenInvalid, InvalidPassword)]
    [ErrorResponse(StatusCodes.Status429TooManyRequests, TooManyRequests)]
    public async Task ResetPasswordAsync([FromBody] ResetPasswordDto input, CancellationToken cancellationToken = default)
    {
        await service.ResetPasswordAsync(input, cancellationToken);
        Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
