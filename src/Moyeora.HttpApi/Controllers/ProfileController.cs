using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moyeora.Profile;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>The signed-in user's own account ("me").</summary>
[ApiController]
[Route("api/app/profile")]
[Tags("Profile")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed)]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded, AccountDeactivated)]
public sealed class ProfileController(IProfileAppService service) : ControllerBase, IProfileAppService
{
    /// <summary>Profile, rating, interests, roles, permissions and settings.</summary>
    [HttpGet]
    public Task<MyProfileDto> GetAsync(CancellationToken cancellationToken = default) => service.GetAsync(cancellationToken);

    /// <summary>Replaces nickname, profile image, status message and interests.</summary>
    [HttpPut]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidNickname, InvalidProfileImageUrl, InvalidStatusMessage, InvalidInterests)]
    [ErrorResponse(StatusCodes.Status409Conflict, NicknameTaken, ConcurrencyConflict)]
    public Task<MyProfileDto> UpdateAsync([FromBody] UpdateProfileDto input, CancellationToken cancellationToken = default) =>
        service.UpdateAsync(input, cancellationToken);

    /// <summary>Changes only the status message (interests are kept).</summary>
    [HttpPut("status-message")]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidStatusMessage)]
    public Task<MyProfileDto> SetStatusMessageAsync([FromBody] UpdateStatusMessageDto input, CancellationToken cancellationToken = default) =>
        service.SetStatusMessageAsync(input, cancellationToken);

    /// <summary>Replaces the interests (0–10 tags of 1–30 characters).</summary>
    [HttpPut("interests")]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidInterests)]
    public Task<MyProfileDto> SetInterestsAsync([FromBody] UpdateInterestsDto input, CancellationToken cancellationToken = default) =>
        service.SetInterestsAsync(input, cancellationToken);

    /// <summary>Location visibility: everyone, friends only, or nobody (ghost mode, optionally until a time).</summary>
    [HttpPut("settings")]
    [ErrorResponse(StatusCodes.Status400BadRequest, TimeZoneOffsetRequired)]
    public Task<MyProfileDto> UpdateSettingsAsync([FromBody] UpdateSettingsDto input, CancellationToken cancellationToken = default) =>
        service.UpdateSettingsAsync(input, cancellationToken);

    /// <summary>Needs the current password; ends every session (sign in again).</summary>
    [HttpPost("change-password")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ErrorResponse(StatusCodes.Status400BadRequest, CurrentPasswordIncorrect, InvalidPassword)]
    [ErrorResponse(StatusCodes.Status429TooManyRequests, AccountLocked)]
    public async Task ChangePasswordAsync([FromBody] ChangePasswordDto input, CancellationToken cancellationToken = default)
    {
        await service.ChangePasswordAsync(input, cancellationToken);
        Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>Moves the account to a new number verified with purpose <c>phoneChange</c>; needs the password; ends every session.</summary>
    [HttpPost("change-phone-number")]
    [ErrorResponse(StatusCodes.Status400BadRequest, VerificationTokenInvalid, CurrentPasswordIncorrect)]
    [ErrorResponse(StatusCodes.Status409Conflict, PhoneNumberTaken, ConcurrencyConflict)]
    [ErrorResponse(StatusCodes.Status429TooManyRequests, AccountLocked)]
    public Task<MyProfileDto> ChangePhoneNumberAsync([FromBody] ChangePhoneNumberDto input, CancellationToken cancellationToken = default) =>
        service.ChangePhoneNumberAsync(input, cancellationToken);

    /// <summary>Deletes the account (password required): deactivated at once, erased after 30 days, restored by logging in before then.</summary>
    [HttpPost("delete")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ErrorResponse(StatusCodes.Status400BadRequest, CurrentPasswordIncorrect)]
    [ErrorResponse(StatusCodes.Status429TooManyRequests, AccountLocked)]
    public async Task DeleteAsync([FromBody] DeleteAccountDto input, CancellationToken cancellationToken = default)
    {
        await service.DeleteAsync(input, cancellationToken);
        Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
