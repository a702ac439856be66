using System.Globalization;
using System.Text.RegularExpressions;
using Moyeora.ExceptionHandling;

namespace Moyeora.Meetups;

/// <summary>Time zones given by callers: IANA names (<c>Asia/Seoul</c>) or UTC offsets (<c>+09:00</c>, <c>UTC</c>).</summary>
internal static partial class TimeZones
{
    public const string Default = "Asia/Seoul";

    [GeneratedRegex(@"^(?:UTC|GMT)?([+-])([01][0-9]|2[0-3]):?([0-5][0-9])$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex OffsetPattern();

    public static TimeZoneInfo Resolve(string? name)
    {
        var value = string.IsNullOrWhiteSpace(name) ? Default : name.Trim();
        if (value is "UTC" or "Z" or "GMT")
        {
            return TimeZoneInfo.Utc;
        }

        var match = OffsetPattern().Match(value);
        if (match.Success)
        {
            var offset = new TimeSpan(int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture), 0);
            if (match.Groups[1].Value == "-")
            {
                offset = -offset;
            }

            return TimeZoneInfo.CreateCustomTimeZone(value, offset, value, value);
        }

        if (value.Length <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+')
            && TimeZoneInfo.TryFindSystemTimeZoneById(value, out var zone))
        {
            return zone;
        }

        throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidTimeZone, "timeZone");
    }

    /// <summary>A local wall-clock time to UTC; a time skipped by a daylight-saving jump moves forward.</summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
