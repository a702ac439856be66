using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Moyeora.ExceptionHandling;

namespace Moyeora.Localization;

/// <summary>
/// Words errors in the current UI culture (chosen per request or per live connection, see
/// <see cref="MoyeoraLocalization"/>) from <see cref="MoyeoraResource"/>: the message of a code, of a code on one field,
/// and the title of a status. Placeholders (<c>{retryAfterSeconds}</c>) are filled from the error's details, then from
/// <see cref="MessageArguments.Limits"/>; a text never comes from the throw site.
/// </summary>
internal sealed partial class ErrorMessages(IStringLocalizer<MoyeoraResource> localizer)
{
    private static readonly IReadOnlyDictionary<string, object?> NoDetails = new Dictionary<string, object?>();

    [GeneratedRegex(@"\{(\w+)\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Placeholder();

    /// <summary>The message of <paramref name="code"/>, or the code itself for a code without one (never shipped: a test walks every code).</summary>
    public string Message(string code, IEnumerable<KeyValuePair<string, object?>>? details = null) =>
        Format(Lookup(code) ?? code, details);

    /// <summary>The message of <paramref name="code"/> on one field: <c>Moyeora:Code.field</c> when the resources have it, else the code's.</summary>
    public string FieldMessage(string code, string field, IEnumerable<KeyValuePair<string, object?>>? details = null) =>
        Format(Lookup(code + "." + PropertyOf(field)) ?? Lookup(code) ?? code, details);

    public string Title(int status) => Lookup("Title:" + status.ToString(CultureInfo.InvariantCulture)) ?? Lookup("Title:500")!;

    /// <summary>
    /// The answer's <c>detail</c>: for a refusal about one field with the refusal's own code, that field's message
    /// (the more precise one); otherwise the code's.
    /// </summary>
    public string Detail(BusinessException exception) =>
        exception.FieldErrors.Count == 1 && exception.FieldErrors.Single() is var (field, code) && code == exception.Code
            ? FieldMessage(code, field, exception.Details)
            : Message(exception.Code, exception.Details);

    /// <summary>One message per field at fault, each from the field's own code.</summary>
    public Dictionary<string, string[]> FieldMessages(BusinessException exception) =>
        exception.FieldErrors.ToDictionary(e => e.Key, e => new[] { FieldMessage(e.Value, e.Key, exception.Details) }, StringComparer.Ordinal);

    private string? Lookup(string key)
    {
        var text = localizer[key];
        return text.ResourceNotFound || string.IsNullOrEmpty(text.Value) ? null : text.Value;
    }

    private static string Format(string template, IEnumerable<KeyValuePair<string, object?>>? details)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        var values = details is null ? NoDetails : details.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return Placeholder().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            if (values.TryGetValue(name, out var value) && value is not null)
            {
                return Text(value);
            }

            return MessageArguments.Limits.TryGetValue(name, out var limit) ? Text(limit) : match.Value;
        });
    }

    private static string Text(object value) => value switch
    {
        string s => s,
        DateTime d => (d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : d).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        double d => d.ToString("0.########", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(i => i is null ? string.Empty : Text(i))),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>"tags[0]" → "tags", "input.password" → "password".</summary>
    private static string PropertyOf(string field)
    {
        var last = field[(field.LastIndexOf('.') + 1)..];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        return bracket >= 0 ? last[..bracket] : last;
    }
}
