using System.ComponentModel.DataAnnotations;
using Moyeora.ExceptionHandling;
using Moyeora.Users;

namespace Moyeora.Profile;

public sealed class MyProfileDto
{
    public Guid Id { get; set; }

    /// <summary>E.164; only ever returned to its owner.</summary>
    public string PhoneNumber { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Nickname { get; set; } = string.Empty;

    public string? ProfileImageUrl { get; set; }

    public string? StatusMessage { get; set; }

    public IReadOnlyList<string> Interests { get; set; } = [];

    public int Rating { get; set; }

    public IReadOnlyList<string> Roles { get; set; } = [];

    public IReadOnlyList<string> Permissions { get; set; } = [];

    public ProfileSettingsDto Settings { get; set; } = new();

    public DateTime CreationTime { get; set; }
}

public sealed class ProfileSettingsDto
{
    public LocationVisibility LocationVisibility { get; set; }

    public DateTime? GhostUntil { get; set; }

    /// <summary>The radius (metres) the live map opens with on every device: the person's own choice, else the server's default.</summary>
    public double DefaultRadiusMeters { get; set; }
}

/// <summary>Every field is replaced; send the current value to keep it.</summary>
public sealed class UpdateProfileDto
{
    [FieldCode(MoyeoraErrorCodes.InvalidNickname)]
    [Required, StringLength(UserConsts.MaxNicknameLength)]
    public string Nickname { get; set; } = string.Empty;

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

public sealed class UpdateStatusMessageDto
{
    [FieldCode(MoyeoraErrorCodes.InvalidStatusMessage)]
    [StringLength(UserConsts.MaxStatusMessageLength)]
    public string? StatusMessage { get; set; }
}

public sealed class UpdateInterestsDto
{
    /// <summary>Required: send an empty list to clear the interests.</summary>
    [FieldCode(MoyeoraErrorCodes.InvalidInterests)]
    [Required, MaxLength(UserConsts.MaxInterests)]
    public List<string>? Interests { get; set; }
}

/// <summary>
/// A partial update: only what the request names changes; an absent (or null) field keeps its value, so
/// <c>{}</c> changes nothing and no request widens who sees you unless it names the wider visibility.
/// </summary>
public sealed class UpdateSettingsDto
{
    /// <summary>Absent: unchanged. Named: replaces the visibility and its ghost-mode end (<c>nobody</c> without <see cref="GhostUntil"/> is ghost mode without end).</summary>
    [EnumDataType(typeof(LocationVisibility))]
    public LocationVisibility? LocationVisibility { get; set; }

    /// <summary>
    /// The end of ghost mode, in the future. With <c>locationVisibility: nobody</c>, or alone while already a ghost
    /// (moves the end); anything else is refused.
    /// </summary>
    public DateTime? GhostUntil { get; set; }

    /// <summary>Absent: unchanged. The live map's default radius in metres, 100 to 700,000 (<c>Moyeora:InvalidRadius</c> otherwise).</summary>
    public int? DefaultRadiusMeters { get; set; }
}

public sealed class ChangePasswordDto
{
    [Required, StringLength(UserConsts.MaxPasswordLength)]
    public string CurrentPassword { get; set; } = string.Empty;

    [FieldCode(MoyeoraErrorCodes.InvalidPassword)]
    [Required, StringLength(UserConsts.MaxPasswordLength)]
    public string NewPassword { get; set; } = string.Empty;
}

public sealed class ChangePhoneNumberDto
{
    /// <summary>From verifying a code sent to the new number with purpose <c>phoneChange</c>.</summary>
    [Required, StringLength(100)]
    public string VerificationToken { get; set; } = string.Empty;

    [Required, StringLength(UserConsts.MaxPasswordLength)]
    public string Password { get; set; } = string.Empty;
}

public sealed class DeleteAccountDto
{
    [Required, StringLength(UserConsts.MaxPasswordLength)]
    public string Password { get; set; } = string.Empty;
}

/// <summary>The signed-in user's own account.</summary>
public interface IProfileAppService
{
    Task<MyProfileDto> GetAsync(CancellationToken cancellationToken = default);

    Task<MyProfileDto> UpdateAsync(UpdateProfileDto input, CancellationToken cancellationToken = default);

    Task<MyProfileDto> SetStatusMessageAsync(UpdateStatusMessageDto input, CancellationToken cancellationToken = default);

    Task<MyProfileDto> SetInterestsAsync(UpdateInterestsDto input, CancellationToken cancellationToken = default);

    Task<MyProfileDto> UpdateSettingsAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default);

    /// <summary>Requires the current password; ends every other session.</summary>
    Task ChangePasswordAsync(ChangePasswordDto input, CancellationToken cancellationToken = default);

    /// <summary>Moves the account to a verified new number; needs the password; ends every session.</summary>
    Task<MyProfileDto> ChangePhoneNumberAsync(ChangePhoneNumberDto input, CancellationToken cancellationToken = default);

    /// <summary>Deactivates the account at once; logging in within 30 days restores it.</summary>
    Task DeleteAsync(DeleteAccountDto input, CancellationToken cancellationToken = default);
}
