using System.Globalization;
using System.Resources;
using Moyeora.ExceptionHandling;

[assembly: NeutralResourcesLanguage("ko")]

namespace Moyeora.Admin.Infrastructure;

/// <summary>The admin UI's text (Resources/AdminText.resx: Korean; AdminText.en.resx: English) in the request's culture.</summary>
public sealed class AdminText
{
    private static readonly ResourceManager Resources = new("Moyeora.Admin.Resources.AdminText", typeof(AdminText).Assembly);

    /// <summary>Korean first; English available.</summary>
    public static readonly IReadOnlyList<CultureInfo> Cultures = [new("ko"), new("en")];

    /// <summary>Dates and times are shown on the service's calendar (Korea).</summary>
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    public string this[string key] => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, this[key], args);

    /// <summary>The text for an error code (keyed "Error.{code}"), else the service's own message.</summary>
    public string Error(BusinessException exception) =>
        Resources.GetString("Error." + exception.Code, CultureInfo.CurrentUICulture) ?? exception.Message;

    /// <summary>An enum value's label (keyed "{Type}.{Value}").</summary>
    public string Enum<T>(T value)
        where T : struct, System.Enum => this[$"{typeof(T).Name}.{value}"];

    public static string Time(DateTime? utc) =>
        utc is { } t ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(t, DateTimeKind.Utc), Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
