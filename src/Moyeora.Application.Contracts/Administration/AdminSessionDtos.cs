using System.ComponentModel.DataAnnotations;
using Moyeora.Users;

namespace Moyeora.Administration;

/// <summary>
/// Sign-in to the admin area: the same log-in as the API (lock-out, rate limits, neutral error), then only for people
/// holding an administrator's or moderator's permission. The admin UI keeps the answer in its cookie and asks
/// <see cref="ValidateAsync"/> on every request whether it still stands.
/// </summary>
[Moyeora.Dtos.NotRemoteService]
public interface IAdminSessionAppService
{
    /// <summary>Checks phone and password like <c>IAccountAppService.LoginAsync</c>; refuses (403) a person without an admin-area permission.</summary>
    Task<AdminSessionDto> SignInAsync(AdminSignInDto input, CancellationToken cancellationToken = default);

    /// <summary>
    /// The session signed in with <paramref name="securityStamp"/>, if it still stands: same stamp (no lock, password change
    /// or "end all sessions" since), active, and still holding an admin-area permission; null otherwise.
    /// </summary>
    Task<AdminSessionDto?> ValidateAsync(Guid userId, int securityStamp, CancellationToken cancellationToken = default);
}

public sealed class AdminSignInDto
{
    [Required, StringLength(UserConsts.MaxPhoneNumberLength * 2)]
    public string PhoneNumber { get; set; } = string.Empty;

    [Required, StringLength(UserConsts.MaxPasswordLength)]
    public string Password { get; set; } = string.Empty;
}

public sealed class AdminSessionDto
{
    public Guid UserId { get; set; }

    public string Nickname { get; set; } = string.Empty;

    public int SecurityStamp { get; set; }

    /// <summary>The permissions the person holds now (what the admin area shows them).</summary>
    public IReadOnlyList<string> Permissions { get; set; } = [];
}
