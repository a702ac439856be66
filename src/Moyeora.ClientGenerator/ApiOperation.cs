using System.Text.Json;

namespace Moyeora.ClientGenerator;

/// <summary>Where an operation's parameter travels: <c>path</c>, <c>query</c>, <c>header</c> or <c>cookie</c>.</summary>
public sealed record ApiParameter(string Name, string In);

/// <summary>
/// What a proxy needs to know of one operation of the OpenAPI document. <see cref="BodySchema"/> and
/// <see cref="ResultSchema"/> name the JSON schemas of the request body and the success answer (see
/// <see cref="OpenApiReader.SchemaName"/>), or are null where the document gives none or an inline one.
/// <see cref="ResultMediaType"/> is the success answer's first media type (<c>application/json</c>, <c>text/csv</c>).
/// </summary>
public sealed record ApiOperation(
    string OperationId,
    string Method,
    string Path,
    string? Summary,
    IReadOnlyList<ApiParameter> Parameters,
    bool HasBody,
    bool ReturnsContent,
    string? BodySchema = null,
    string? ResultSchema = null,
    string? ResultMediaType = null)
{
    /// <summary>A success answer that is text, not JSON (e.g. a CSV file): the proxy returns it as a string.</summary>
    public bool ReturnsText => ResultMediaType is { } type && type.StartsWith("text/", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Reads the operations of an OpenAPI 3.x document (JSON), in the document's order.</summary>
public static class OpenApiReader
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static IReadOnlyList<ApiOperation> Read(string json, ICollection<string> errors)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.TryGetProperty("openapi", out var version) || version.GetString() is not { } v || !v.StartsWith("3.", StringComparison.Ordinal))
        {
            errors.Add("The document is not an OpenAPI 3.x document (no \"openapi\": \"3.x\").");
            return [];
        }

        var operations = new List<ApiOperation>();
        if (!root.TryGetProperty("paths", out var paths))
        {
            return operations;
        }

        foreach (var path in paths.EnumerateObject())
        {
            var shared = path.Value.TryGetProperty("parameters", out var p) ? ReadParameters(root, p) : [];
            foreach (var item in path.Value.EnumerateObject().Where(i => Methods.Contains(i.Name)))
            {
                var operation = item.Value;
                var where = $"{item.Name.ToUpperInvariant()} {path.Name}";
                if (!operation.TryGetProperty("operationId", out var id) || id.GetString() is not { Length: > 0 } operationId)
                {
                    errors.Add($"{where} has no operationId: every operation needs one to be matched to an application service method.");
                    continue;
                }

                var own = operation.TryGetProperty("parameters", out var op) ? ReadParameters(root, op) : [];
                // An operation's own parameter overrides a path-level one of the same name and place.
                var parameters = own.Concat(shared.Where(s => !own.Any(o => o.Name == s.Name && o.In == s.In))).ToList();
                var summary = operation.TryGetProperty("summary", out var s) ? s.GetString() : null;
                var successes = operation.TryGetProperty("responses", out var responses)
                    ? responses.EnumerateObject().Where(r => r.Name.StartsWith('2') && r.Value.TryGetProperty("content", out var c) && c.EnumerateObject().Any()).ToList()
                    : [];
                var hasBody = operation.TryGetProperty("requestBody", out var requestBody);
                operations.Add(new ApiOperation(operationId, item.Name.ToUpperInvariant(), path.Name, summary, parameters, hasBody, successes.Count > 0,
                    hasBody ? SchemaName(JsonSchema(requestBody)) : null,
                    successes.Count > 0 ? SchemaName(JsonSchema(successes[0].Value)) : null,
                    successes.Count > 0 ? MediaType(successes[0].Value) : null));
            }
        }

        foreach (var duplicate in operations.GroupBy(o => o.OperationId).Where(g => g.Count() > 1))
        {
            errors.Add($"operationId {duplicate.Key} is used by {duplicate.Count()} operations: " +
                string.Join(", ", duplicate.Select(o => $"{o.Method} {o.Path}")) + ".");
        }

        return operations;
    }

    /// <summary>
    /// A schema's name: <c>MeetupDto</c> for a <c>$ref</c> to <c>#/components/schemas/MeetupDto</c>,
    /// <c>MeetupDto[]</c> for an array of them; null for anything else (inline schemas, primitives).
    /// </summary>
    public static string? SchemaName(JsonElement? schema)
    {
        const string prefix = "#/components/schemas/";
        if (schema is not { ValueKind: JsonValueKind.Object } s)
        {
            return null;
        }

        if (s.TryGetProperty("$ref", out var reference) && reference.GetString() is { } r && r.StartsWith(prefix, StringComparison.Ordinal))
        {
            return r[prefix.Length..];
        }

        return s.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "array"
            && s.TryGetProperty("items", out var items) && SchemaName(items) is { } item ? item + "[]" : null;
    }

    /// <summary><c>application/json</c> when the answer offers it (beside text/plain and text/json), else its first media type.</summary>
    private static string MediaType(JsonElement response)
    {
        var types = response.GetProperty("content").EnumerateObject().Select(c => c.Name).ToList();
        return types.Contains("application/json") ? "application/json" : types[0];
    }

    /// <summary>The <c>application/json</c> schema of a request body or response.</summary>
    private static JsonElement? JsonSchema(JsonElement bodyOrResponse) =>
        bodyOrResponse.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var json)
            && json.TryGetProperty("schema", out var schema) ? schema : null;

    private static List<ApiParameter> ReadParameters(JsonElement root, JsonElement parameters) =>
        parameters.EnumerateArray().Select(p => Resolve(root, p)).Select(p => new ApiParameter(
            p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!)).ToList();

    /// <summary>Follows a local <c>$ref</c> (<c>#/components/parameters/X</c>).</summary>
    private static JsonElement Resolve(JsonElement root, JsonElement element)
    {
        if (!element.TryGetProperty("$ref", out var reference))
        {
            return element;
        }

        var target = root;
        foreach (var part in reference.GetString()!.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            target = target.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return target;
    }
}
