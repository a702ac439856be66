using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Moyeora.ExceptionHandling;

namespace Moyeora.Hosting;

/// <summary>
/// The answer to input the framework could not bind or validate (query, route, body): 400 with a code and one
/// error per field, named as the client spells it (<c>latitude</c>, <c>startTime</c>). A coded refusal (an
/// instant without an offset) gives its own code, a limit on a DTO field the field's code (<see cref="FieldCodeAttribute"/>);
/// anything else is <c>Moyeora:ValidationFailed</c>. Framework
/// and parser messages (which name .NET types) are never passed on.
/// </summary>
internal static class ModelStateProblems
{
    private const string Unreadable = "The value could not be read.";

    public static IActionResult Create(ActionContext context)
    {
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
            var messages = new List<string>();
            foreach (var error in entry.Errors)
            {
                var (errorCode, text) = Describe(error);
                // A limit on the DTO answers with the field's own code, as the domain rule behind it would.
                if (errorCode is null && declared.TryGetValue(PropertyOf(field), out var fieldCode))
                {
                    errorCode = fieldCode;
                }

                // A query or route value that is not one of an enum's names: the same answer as in a JSON body.
                if (errorCode is null && error.Exception is null && enums.TryGetValue(PropertyOf(field), out var enumType))
                {
                    errorCode = MoyeoraErrorCodes.UnknownEnumValue;
                    text = $"Use one of: {string.Join(", ", Enum.GetNames(enumType).Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName))}.";
                }

                code ??= errorCode;
                if (errorCode is not null)
                {
                    fieldCodes.TryAdd(field, errorCode);
                }

                messages.Add(text);
            }

            errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, .. messages] : [.. messages.Distinct()];
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

        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid input",
            Detail = "입력값을 확인해 주세요.",
        };
        problem.Extensions["code"] = code ?? MoyeoraErrorCodes.ValidationFailed;
        if (fieldCodes.Count > 1)
        {
            problem.Extensions["fieldCodes"] = fieldCodes;
        }
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    private static (string? Code, string Text) Describe(ModelError error)
    {
        if (error.Exception is JsonException json)
        {
            // Our converters' refusals carry a code; the parser's own messages name .NET types.
            var (code, text) = CodedJsonError.Parse(json.Message);
            return code is null ? (MoyeoraErrorCodes.UnreadableJson, Unreadable) : (code, text);
        }

        if (error.Exception is not null || string.IsNullOrEmpty(error.ErrorMessage))
        {
            return (null, Unreadable);
        }

        return (null, error.ErrorMessage);
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
