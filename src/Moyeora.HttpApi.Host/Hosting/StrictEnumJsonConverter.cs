using System.Text.Json;
using System.Text.Json.Serialization;

namespace Moyeora.Hosting;

/// <summary>
/// Enums in JSON (REST bodies and hub arguments) are their camelCase names, nothing else: an unknown name or a number
/// is refused with <c>Moyeora:UnknownEnumValue</c> naming the allowed values (<see cref="CodedJsonError"/>), never a
/// parser message that names .NET types. Written as camelCase names.
/// </summary>
internal sealed class StrictEnumJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumJsonConverter<>).MakeGenericType(typeToConvert))!;
}

internal sealed class StrictEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = Enum.GetValues<TEnum>()
        .ToDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), v => v, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<TEnum, string> NameOf = ByName.ToDictionary(p => p.Value, p => p.Key);

    private static readonly string Allowed = string.Join(", ", NameOf.Values);

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length <= 64 && !reader.ValueIsEscaped
            && ByName.TryGetValue(reader.GetString()!, out var value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped)
        {
            try
            {
                if (ByName.TryGetValue(reader.GetString()!, out var unescaped))
                {
                    return unescaped;
                }
            }
            catch (InvalidOperationException)
            {
                // not valid text (a lone surrogate): refused below like any other unknown value
            }
        }

        throw CodedJsonError.Create(MoyeoraErrorCodes.UnknownEnumValue, $"Use one of: {Allowed}.", new Dictionary<string, object?> { ["allowed"] = Allowed });
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(NameOf.TryGetValue(value, out var name) ? name : JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));
}
