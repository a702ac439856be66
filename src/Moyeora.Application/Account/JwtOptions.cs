using System.ComponentModel.DataAnnotations;

namespace Moyeora.Account;

/// <summary>Bound from the <c>Jwt</c> configuration section. The signing key is a secret: configuration only.</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    [Required]
    public string Issuer { get; set; } = "moyeora";

    [Required]
    public string Audience { get; set; } = "moyeora";

    /// <summary>HMAC-SHA-256 key, at least 32 bytes of UTF-8.</summary>
    [Required, MinLength(32)]
    public string SigningKey { get; set; } = string.Empty;
}
