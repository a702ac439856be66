using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Moyeora.ExceptionHandling;
using Moyeora.Localization;

[assembly: NeutralResourcesLanguage("ko")]

namespace Moyeora.Admin.Infrastructure;

/// <summary>The admin UI's text (Resources/AdminText.resx: Korean; AdminText.en.resx: English) in the request's culture.</summary>
public sealed class AdminText
{
    private static readonly ResourceManager Resources = new("Moyeora.Admin.Resources.AdminText", typeof(AdminText).Assembly);

    private static readonly ResourceManager ErrorVocabulary = new(typeof(MoyeoraResource));

    /// <summary>Korean first; English available.</summary>
    public static readonly IReadOnlyList<CultureInfo> Cultures = [new("ko"), new("en")];

    /// <summary>Dates and times are shown on the service's calendar (Korea).</summary>
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    public string this[string key] => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, this[key], args);

    /// <summary>
    /// The text for an error code: the admin area's own wording (keyed "Error.{code}") when it has one, else the
    /// product's error vocabulary (<see cref="MoyeoraResource"/>, the API's messages) with the error's details filled in.
    /// </summary>
    public string Error(BusinessException exception) =>
        Resources.GetString("Error." + exception.Code, CultureInfo.CurrentUICulture)
        ?? Fill(ErrorVocabulary.GetString(exception.Code, CultureInfo.CurrentUICulture), exception.Details)
        ?? exception.Code;

    private static string? Fill(string? template, IDictionary<string, object?> details) =>
        template is null ? null : Regex.Replace(template, @"\{(\w+)\}", m =>
            details.TryGetValue(m.Groups[1].Value, out var value) && value is not null ? Convert.ToString(value, CultureInfo.CurrentCulture) ?? m.Value : m.Value,
            RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>An enum value's label (keyed "{Type}.{Value}").</summary>
    public string Enum<T>(T value)
        where T : struct, System.Enum => this[$"{typeof(T).Name}.{value}"];

    public static string Time(DateTime? utc) =>
        utc is { } t ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(t, DateTimeKind.Utc), Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>The instant a calendar day of the service's calendar (Korea) begins; filters by date use it.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
