using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Moyeora.Hosting;

/// <summary>
/// Instants in JSON (REST bodies and hub arguments) must say where they are: <c>Z</c> or an offset such as
/// <c>+09:00</c>. A bare "2026-12-02T10:00:00" would otherwise be read in the server's own time zone, so one
/// request would mean different instants on different hosts. Refusals carry a code (<see cref="CodedJsonError"/>).
/// </summary>
internal static partial class Instants
{
    // After the time of day: Z, or ±hh:mm / ±hhmm / ±hh.
    [GeneratedRegex(@"T[^Zz+-]*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex WithOffset();

    public static DateTimeOffset Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw CodedJsonError.Create(MoyeoraErrorCodes.ValidationFailed, "Give the instant as an ISO 8601 string, e.g. 2026-12-02T10:00:00Z.");
        }

        if (!reader.TryGetDateTimeOffset(out var value))
        {
            throw CodedJsonError.Create(MoyeoraErrorCodes.ValidationFailed, "Give the instant as an ISO 8601 string, e.g. 2026-12-02T10:00:00Z.");
        }

        // The parser reads a value without an offset in the server's zone: only an explicit one is taken.
        var text = reader.GetString()!;
        if (text.Length > 64 || !WithOffset().IsMatch(text))
        {
            throw CodedJsonError.Create(MoyeoraErrorCodes.TimeZoneOffsetRequired,
                "Give the instant with Z or a UTC offset, e.g. 2026-12-02T10:00:00Z or 2026-12-02T19:00:00+09:00.");
        }

        return value;
    }
}

/// <summary>Reads instants only with an offset (as UTC); writes them in UTC with <c>Z</c>.</summary>
internal sealed class UtcDateTimeJsonConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Instants.Read(ref reader).UtcDateTime;

    // The server keeps UTC; a value without a kind is UTC too (EF reads them back as UTC already).
    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Kind switch
        {
            DateTimeKind.Local => value.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
            _ => value,
        });
}

/// <summary>Reads instants only with an offset, keeping it.</summary>
internal sealed class OffsetRequiredDateTimeOffsetJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Instants.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>
/// A JSON refusal that carries an error code. The message is "Moyeora:Code: text"; the invalid-model answer
/// (<see cref="ModelStateProblems"/>) takes the code out and names the field.
/// </summary>
internal static class CodedJsonError
{
    /// <summary>A refusal with its code; <paramref name="text"/> is for logs, the answer's words come from the code's resource.</summary>
    public static JsonException Create(string code, string text, IReadOnlyDictionary<string, object?>? details = null)
    {
        var exception = new JsonException($"{code}: {text}");
        foreach (var (name, value) in details ?? new Dictionary<string, object?>())
        {
            exception.Data[name] = value;
        }

        return exception;
    }

    /// <summary>The values a coded refusal carries for its message (e.g. <c>allowed</c>).</summary>
    public static Dictionary<string, object?> DetailsOf(Exception exception) =>
        exception.Data.Keys.OfType<string>().ToDictionary(k => k, k => exception.Data[k], StringComparer.Ordinal);

    public static (string? Code, string Text) Parse(string? message)
    {
        if (message is not null && message.StartsWith("Moyeora:", StringComparison.Ordinal) && message.IndexOf(": ", StringComparison.Ordinal) is > 0 and var at)
        {
            return (message[..at], message[(at + 2)..]);
        }

        return (null, message ?? string.Empty);
    }
}
