using System.Text.RegularExpressions;
using Moyeora.ExceptionHandling;

namespace Moyeora.Users;

/// <summary>Korean mobile numbers: <c>01X-XXX(X)-XXXX</c> (dashes optional) or E.164 <c>+8210...</c>, stored as E.164.</summary>
public static partial class PhoneNumber
{
    [GeneratedRegex(@"^01[016789]-?[0-9]{3,4}-?[0-9]{4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex DomesticPattern();

    [GeneratedRegex(@"^\+821[016789][0-9]{7,8}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex E164Pattern();

    public static bool TryNormalize(string? input, out string e164)
    {
        e164 = string.Empty;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 20)
        {
            return false;
        }

        var value = input.Trim();
        if (DomesticPattern().IsMatch(value))
        {
            e164 = "+82" + value.Replace("-", string.Empty, StringComparison.Ordinal)[1..];
            return true;
        }

        if (E164Pattern().IsMatch(value))
        {
            e164 = value;
            return true;
        }

        return false;
    }

    /// <summary>Normalises or throws <see cref="MoyeoraErrorCodes.InvalidPhoneNumber"/>.</summary>
    public static string Normalize(string? input, string field = "phoneNumber") =>
        TryNormalize(input, out var e164)
            ? e164
            : throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidPhoneNumber, field);

    /// <summary>010-1234-5678 style, for messages shown to the owner.</summary>
    public static string ToDomestic(string e164)
    {
        var local = "0" + e164[3..];
        return local.Length == 11 ? $"{local[..3]}-{local[3..7]}-{local[7..]}" : $"{local[..3]}-{local[3..6]}-{local[6..]}";
    }
}
