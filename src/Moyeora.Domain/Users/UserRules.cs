using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Moyeora.ExceptionHandling;

namespace Moyeora.Users;

/// <summary>The validation rules of product spec §1, shared by the aggregate and the application layer.</summary>
public static partial class UserRules
{
    // Hangul syllables and jamo, Latin letters, digits; single spaces allowed inside.
    [GeneratedRegex(@"^[\p{IsHangulSyllables}\p{IsHangulJamo}\p{IsHangulCompatibilityJamo}A-Za-z0-9]+( [\p{IsHangulSyllables}\p{IsHangulJamo}\p{IsHangulCompatibilityJamo}A-Za-z0-9]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex NicknamePattern();

    [GeneratedRegex(@"^[\p{IsHangulSyllables}\p{IsHangulJamo}\p{IsHangulCompatibilityJamo}A-Za-z]+( [\p{IsHangulSyllables}\p{IsHangulJamo}\p{IsHangulCompatibilityJamo}A-Za-z]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex NamePattern();

    public static string CheckNickname(string? nickname, string field = "nickname")
    {
        var value = (nickname ?? string.Empty).Normalize(NormalizationForm.FormC);
        if (value.Length < UserConsts.MinNicknameLength || value.Length > UserConsts.MaxNicknameLength || !NicknamePattern().IsMatch(value))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidNickname, field);
        }

        return value;
    }

    /// <summary>The key nicknames are compared by: case-insensitive, Unicode-normalised.</summary>
    public static string NormalizeNickname(string nickname) =>
        nickname.Normalize(NormalizationForm.FormC).ToUpperInvariant();

    public static string CheckName(string? name, string field = "name")
    {
        var value = (name ?? string.Empty).Normalize(NormalizationForm.FormC);
        if (value.Length < UserConsts.MinNameLength || value.Length > UserConsts.MaxNameLength || !NamePattern().IsMatch(value))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidName, field);
        }

        return value;
    }

    /// <summary>8–64 characters, at least one letter and one digit, not the phone number or the nickname.</summary>
    public static void CheckPassword(string? password, string phoneNumberE164, string nickname, string field = "password")
    {
        var value = password ?? string.Empty;
        var ok = value.Length >= UserConsts.MinPasswordLength
            && value.Length <= UserConsts.MaxPasswordLength
            && value.Any(char.IsLetter)
            && value.Any(char.IsDigit);
        if (!ok)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidPassword, field);
        }

        // The letter rule already excludes a bare phone number; the check stays so the rule is explicit.
        var phoneDomestic = "0" + phoneNumberE164[3..];
        if (string.Equals(value, phoneNumberE164, StringComparison.Ordinal)
            || string.Equals(value.Replace("-", string.Empty, StringComparison.Ordinal), phoneDomestic, StringComparison.Ordinal)
            || string.Equals(value, nickname, StringComparison.OrdinalIgnoreCase))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidPassword, field);
        }
    }

    public static string? CheckProfileImageUrl(string? url, string field = "profileImageUrl")
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        if (url.Length > UserConsts.MaxProfileImageUrlLength
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps
            || string.IsNullOrEmpty(uri.Host))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidProfileImageUrl, field);
        }

        return uri.AbsoluteUri;
    }

    public static string? CheckStatusMessage(string? message, string field = "statusMessage")
    {
        if (string.IsNullOrEmpty(message))
        {
            return null;
        }

        if (message.Length > UserConsts.MaxStatusMessageLength || message.Any(c => char.IsControl(c) && c != '\n'))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidStatusMessage, field);
        }

        return message;
    }

    /// <summary>0–10 distinct interests of 1–30 characters, trimmed; duplicates (ignoring case) are refused.</summary>
    public static IReadOnlyList<string> CheckInterests(IEnumerable<string?>? interests, string field = "interests")
    {
        var list = (interests ?? []).Select(i => (i ?? string.Empty).Trim().Normalize(NormalizationForm.FormC)).ToList();
        var invalid = list.Count > UserConsts.MaxInterests
            || list.Any(i => i.Length < UserConsts.MinInterestLength || i.Length > UserConsts.MaxInterestLength || i.Any(char.IsControl))
            || list.Distinct(StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true)).Count() != list.Count;
        if (invalid)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidInterests, field);
        }

        return list;
    }
}
