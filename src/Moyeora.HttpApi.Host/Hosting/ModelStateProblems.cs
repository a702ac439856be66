using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Moyeora.ExceptionHandling;
using Moyeora.Localization;

namespace Moyeora.Hosting;

/// <summary>
/// The answer to input the framework could not bind or validate (query, route, body): 400 with a code and one
/// error per field, named as the client spells it (<c>latitude</c>, <c>startTime</c>). A coded refusal (an
/// instant without an offset) gives its own code, a limit on a DTO field the field's code (<see cref="FieldCodeAttribute"/>);
/// anything else is <c>Moyeora:ValidationFailed</c>. Every message is the code's (or the field code's) resource in the
/// request's language: framework and parser messages (English, naming .NET types) are never passed on.
/// </summary>
internal static class ModelStateProblems
{
    public static IActionResult Create(ActionContext context)
    {
        var messages = context.HttpContext.RequestServices.GetRequiredService<ErrorMessages>();
        string? code = null;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var fieldCodes = new Dictionary<string, string>(StringComparer.Ordinal);
        var declared = DeclaredFieldCodes(context);
        var enums = EnumFields(context);
        foreach (var (key, entry) in context.ModelState)
        {
            if (entry.ValidationState != ModelValidationState.Invalid || entry.Errors.Count == 0)
            {
                continue;
            }

            var field = FieldName(key);
            var texts = new List<string>();
            foreach (var error in entry.Errors)
            {
                var (errorCode, details) = Describe(error);
                string text;
                // A limit on the DTO answers with the field's own code and message, as the domain rule behind it would.
                if (errorCode is null && declared.TryGetValue(PropertyOf(field), out var fieldCode))
                {
                    errorCode = fieldCode;
                    text = messages.FieldMessage(fieldCode, field);
                }
                // A query or route value that is not one of an enum's names: the same answer as in a JSON body.
                else if (errorCode is null && error.Exception is null && enums.TryGetValue(PropertyOf(field), out var enumType))
                {
                    errorCode = MoyeoraErrorCodes.UnknownEnumValue;
                    text = messages.Message(errorCode, new Dictionary<string, object?>
                    {
                        ["allowed"] = string.Join(", ", Enum.GetNames(enumType).Select(JsonNamingPolicy.CamelCase.ConvertName)),
                    });
                }
                else
                {
                    text = messages.Message(errorCode ?? MoyeoraErrorCodes.ValidationFailed, details);
                }

                code ??= errorCode;
                if (errorCode is not null)
                {
                    fieldCodes.TryAdd(field, errorCode);
                }

                texts.Add(text);
            }

            errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing.Concat(texts).Distinct()] : [.. texts.Distinct()];
        }

        // A body that failed to read also leaves "the input field is required" on the body parameter: an echo of the
        // real error, named after a C# parameter the client never sent. Keep only the real one.
        var bodyParameters = context.ActionDescriptor.Parameters
            .Where(p => p.BindingInfo?.BindingSource == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Body)
            .Select(p => FieldName(p.Name)).ToHashSet(StringComparer.Ordinal);
        if (errors.Keys.Any(k => !bodyParameters.Contains(k)))
        {
            foreach (var parameter in bodyParameters)
            {
                errors.Remove(parameter);
            }
        }

        code ??= MoyeoraErrorCodes.ValidationFailed;
        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = messages.Title(StatusCodes.Status400BadRequest),
            // One field at fault: its own message says the most; several: the code's.
            Detail = errors.Count == 1 && errors.Single().Value is [var only] ? only : messages.Message(code),
        };
        problem.Extensions["code"] = code;
        // Like every other answer (AddProblemDetails adds these to the ones it writes; this one is an object result).
        problem.Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1";
        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        if (fieldCodes.Count > 1)
        {
            problem.Extensions["fieldCodes"] = fieldCodes;
        }
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    /// <summary>The code (when the error carries one) and the values for its message.</summary>
    private static (string? Code, Dictionary<string, object?>? Details) Describe(ModelError error)
    {
        if (error.Exception is JsonException json)
        {
            // Our converters' refusals carry a code; the parser's own messages name .NET types.
            var (code, _) = CodedJsonError.Parse(json.Message);
            return code is null ? (MoyeoraErrorCodes.UnreadableJson, null) : (code, CodedJsonError.DetailsOf(json));
        }

        return (null, null);
    }

    /// <summary>The <see cref="FieldCodeAttribute"/> codes of the action's input DTOs, by camelCase property name.</summary>
    private static Dictionary<string, string> DeclaredFieldCodes(ActionContext context)
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            foreach (var property in parameter.ParameterType.GetProperties())
            {
                if (property.GetCustomAttributes(typeof(FieldCodeAttribute), inherit: true) is [FieldCodeAttribute attribute, ..])
                {
                    codes.TryAdd(property.Name, attribute.Code);
                }
            }
        }

        return codes;
    }

    /// <summary>The enum-typed inputs of the action (simple parameters and DTO properties bound from the query or route).</summary>
    private static Dictionary<string, Type> EnumFields(ActionContext context)
    {
        var enums = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
        static Type? EnumOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } e ? e : null;
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            if (EnumOf(parameter.ParameterType) is { } direct)
            {
                enums.TryAdd(parameter.Name, direct);
            }

            foreach (var property in parameter.ParameterType.GetProperties())
            {
                if (EnumOf(property.PropertyType) is { } type)
                {
                    enums.TryAdd(property.Name, type);
                }
            }
        }

        return enums;
    }

    /// <summary>"tags[0]" → "tags", "input.password" → "password".</summary>
    private static string PropertyOf(string field)
    {
        var last = field[(field.LastIndexOf('.') + 1)..];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        return bracket >= 0 ? last[..bracket] : last;
    }

    /// <summary>"$.startTime" → "startTime", "Latitude" → "latitude", "$.tags[0]" → "tags[0]", "" / "$" → "body".</summary>
    private static string FieldName(string key)
    {
        var name = key.StartsWith("$.", StringComparison.Ordinal) ? key[2..] : key;
        if (name is "" or "$")
        {
            return "body";
        }

        return string.Join('.', name.Split('.').Select(part => part.Length > 0 && char.IsUpper(part[0]) ? char.ToLowerInvariant(part[0]) + part[1..] : part));
    }
}
