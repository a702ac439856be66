using System.Security.Cryptography;
using System.Text;

namespace Moyeora.Domain;

/// <summary>Randomness is injected so tests can make codes predictable.</summary>
public interface ISecretGenerator
{
    /// <summary>A uniformly random string of decimal digits.</summary>
    string NewNumericCode(int digits);

    /// <summary>An unguessable URL-safe token (256 bits).</summary>
    string NewToken();

    /// <summary>A random salt for hashing short secrets.</summary>
    string NewSalt();
}

public sealed class SecretGenerator : ISecretGenerator
{
    public string NewNumericCode(int digits)
    {
        var builder = new StringBuilder(digits);
        for (var i = 0; i < digits; i++)
        {
            builder.Append((char)('0' + RandomNumberGenerator.GetInt32(10)));
        }

        return builder.ToString();
    }

    public string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public string NewSalt() => Base64Url(RandomNumberGenerator.GetBytes(16));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Hashes of secrets that are stored instead of the secrets themselves.</summary>
public static class SecretHasher
{
    /// <summary>SHA-256 of a high-entropy token; deterministic so the token can be looked up by its hash.</summary>
    public static string HashToken(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Salted HMAC-SHA-256 of a short secret such as a 6-digit code.</summary>
    public static string HashWithSalt(string secret, string salt) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(salt), Encoding.UTF8.GetBytes(secret)));

    public static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));
}
