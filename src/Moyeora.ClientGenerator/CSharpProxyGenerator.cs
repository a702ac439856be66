using System.Reflection;
using System.Text;

namespace Moyeora.ClientGenerator;

/// <summary>One generated source file: its name in the output folder and its text (LF line ends).</summary>
public sealed record GeneratedFile(string FileName, string Content);

/// <summary>The document and the application service interfaces disagree; each entry says where.</summary>
public sealed class ClientGenerationException(IReadOnlyList<string> errors)
    : Exception("The C# client proxies cannot be generated:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

/// <summary>
/// Generates ABP-style static client proxies: one class per <c>IXxxAppService</c> of the contracts assembly, each
/// implementing that interface over HTTP. The OpenAPI document gives every operation's verb, route and where each
/// parameter travels (path, query, JSON body); the interface gives the .NET types. Operation <c>Xxx_Name</c> is
/// method <c>NameAsync</c> of <c>IXxxAppService</c> (the controller implements the same interface). An operation
/// without a method, a method without an operation, or a parameter that cannot be placed is an error, never a guess:
/// that is what keeps the proxies from drifting from the API.
/// </summary>
public static class CSharpProxyGenerator
{
    public const string Namespace = "Moyeora.ClientProxies";

    public const string RegenerateCommand = "bash etc/clients/generate-csharp.sh <openapi.json>";

    private const string InterfacePrefix = "I";
    private const string InterfaceSuffix = "AppService";

    public static IReadOnlyList<GeneratedFile> Generate(string openApiJson, Assembly contracts)
    {
        var errors = new List<string>();
        var operations = OpenApiReader.Read(openApiJson, errors);
        var services = contracts.GetExportedTypes()
            .Where(t => t.IsInterface && t.Name.StartsWith(InterfacePrefix, StringComparison.Ordinal) && t.Name.EndsWith(InterfaceSuffix, StringComparison.Ordinal))
            .Where(t => !t.IsDefined(typeof(Moyeora.Dtos.NotRemoteServiceAttribute), inherit: false))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        foreach (var duplicate in services.GroupBy(s => s.Name).Where(g => g.Count() > 1))
        {
            errors.Add($"{duplicate.Key} is declared in several namespaces ({string.Join(", ", duplicate.Select(t => t.Namespace))}): operation ids cannot tell them apart.");
        }

        var byController = services.DistinctBy(s => s.Name).ToDictionary(ControllerName, StringComparer.Ordinal);
        var operationsByService = new Dictionary<Type, Dictionary<string, ApiOperation>>(); // service → action name → operation
        foreach (var operation in operations)
        {
            var separator = operation.OperationId.IndexOf('_', StringComparison.Ordinal);
            if (separator <= 0 || separator == operation.OperationId.Length - 1)
            {
                errors.Add($"operationId {operation.OperationId} ({operation.Method} {operation.Path}) is not of the form Controller_Action.");
                continue;
            }

            var controller = operation.OperationId[..separator];
            if (!byController.TryGetValue(controller, out var service))
            {
                errors.Add($"Operation {operation.OperationId} ({operation.Method} {operation.Path}) has no interface I{controller}{InterfaceSuffix} in {contracts.GetName().Name}.");
                continue;
            }

            if (!operationsByService.TryGetValue(service, out var byMethod))
            {
                operationsByService[service] = byMethod = new Dictionary<string, ApiOperation>(StringComparer.Ordinal);
            }

            byMethod[operation.OperationId[(separator + 1)..]] = operation;
        }

        var knownTypes = KnownTypes(contracts);
        var files = new List<GeneratedFile>();
        foreach (var service in byController.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var byMethod = operationsByService.GetValueOrDefault(service.Value) ?? [];
            if (byMethod.Count == 0)
            {
                errors.Add($"{service.Value.FullName} has no operation in the document (no operationId {service.Key}_*): is its controller missing?");
                continue;
            }

            var file = GenerateProxy(service.Key, service.Value, byMethod, knownTypes, errors);
            if (file is not null)
            {
                files.Add(file);
            }
        }

        if (errors.Count > 0)
        {
            throw new ClientGenerationException(errors);
        }

        return files;
    }

    public static string ProxyClassName(string controllerName) => controllerName + "ClientProxy";

    private static string ControllerName(Type service) => service.Name[InterfacePrefix.Length..^InterfaceSuffix.Length];

    /// <summary>The contracts' own types and those of the project's assemblies they reference (for name clashes).</summary>
    private static List<Type> KnownTypes(Assembly contracts)
    {
        var prefix = contracts.GetName().Name!.Split('.')[0] + ".";
        return contracts.GetReferencedAssemblies().Where(a => a.Name!.StartsWith(prefix, StringComparison.Ordinal))
            .Select(Assembly.Load).Prepend(contracts)
            .SelectMany(a => a.GetExportedTypes()).ToList();
    }

    private static GeneratedFile? GenerateProxy(string controller, Type service, Dictionary<string, ApiOperation> byMethod, List<Type> knownTypes, List<string> errors)
    {
        var names = new CSharpNames(Namespace, knownTypes);
        var nullability = new NullabilityInfoContext();
        var methods = service.GetInterfaces().Prepend(service)
            .SelectMany(i => i.GetMethods().OrderBy(m => m.MetadataToken))
            .Where(m => !m.IsSpecialName && !m.IsStatic)
            .ToList();
        var body = new StringBuilder();
        var errorCount = errors.Count;
        foreach (var overloaded in methods.GroupBy(m => m.Name).Where(g => g.Count() > 1))
        {
            errors.Add($"{service.Name}.{overloaded.Key} is overloaded: an operation id names one method.");
        }

        foreach (var method in methods.DistinctBy(m => m.Name))
        {
            // The host names an operation after its action without the Async suffix (OperationIdTransformer).
            if (!byMethod.Remove(ActionName(method.Name), out var operation))
            {
                errors.Add($"{service.Name}.{method.Name} has no operation {controller}_{ActionName(method.Name)} in the document.");
                continue;
            }

            var text = GenerateMethod(service, method, operation, names, nullability, errors);
            if (text is not null)
            {
                body.Append(body.Length > 0 ? "\n" : string.Empty).Append(text);
            }
        }

        foreach (var operation in byMethod.Values)
        {
            errors.Add($"Operation {operation.OperationId} ({operation.Method} {operation.Path}) has no method {operation.OperationId[(controller.Length + 1)..]}Async in {service.Name}.");
        }

        if (errors.Count > errorCount)
        {
            return null;
        }

        var interfaceName = names.TypeName(service, null);
        var className = ProxyClassName(controller);
        var file = new StringBuilder();
        file.Append("// <auto-generated>\n");
        file.Append("//     Generated by Moyeora.ClientGenerator from the API's OpenAPI document and ").Append(service.Name).Append(".\n");
        file.Append("//     Do not edit: change the API or the interface and run `").Append(RegenerateCommand).Append("`.\n");
        file.Append("// </auto-generated>\n");
        file.Append("#nullable enable\n\n");
        foreach (var ns in names.Usings)
        {
            file.Append("using ").Append(ns).Append(";\n");
        }

        file.Append(names.Usings.Any() ? "\n" : string.Empty);
        file.Append("namespace ").Append(Namespace).Append(";\n\n");
        file.Append("/// <summary>Calls <see cref=\"").Append(interfaceName).Append("\"/> over HTTP.</summary>\n");
        file.Append("public sealed class ").Append(className).Append("(HttpClient httpClient, IAccessTokenSource? tokens = null)\n");
        file.Append("    : ClientProxyBase(httpClient, tokens), ").Append(interfaceName).Append('\n');
        file.Append("{\n").Append(body).Append("}\n");
        return new GeneratedFile(className + ".g.cs", file.ToString());
    }

    private static string ActionName(string methodName) => methodName.EndsWith("Async", StringComparison.Ordinal) ? methodName[..^5] : methodName;

    private static string? GenerateMethod(Type service, MethodInfo method, ApiOperation operation, CSharpNames names, NullabilityInfoContext nullability, List<string> errors)
    {
        var where = $"{service.Name}.{method.Name} ({operation.OperationId}, {operation.Method} {operation.Path})";
        var errorCount = errors.Count;

        // Return type: Task (no content) or Task<T> (a JSON body), as the document's success answers say.
        var returnType = method.ReturnType;
        Type? resultType = null;
        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            resultType = returnType.GetGenericArguments()[0];
        }
        else if (returnType != typeof(Task))
        {
            errors.Add($"{where} returns {returnType.Name}: a proxied method returns Task or Task<T>.");
            return null;
        }

        if (resultType is not null != operation.ReturnsContent)
        {
            errors.Add(resultType is null
                ? $"{where} returns Task, but the operation's success answer has a body."
                : $"{where} returns Task<{resultType.Name}>, but the operation's success answer has no body.");
        }
        else if (operation.ReturnsText && resultType != typeof(string))
        {
            errors.Add($"{where} returns {resultType?.Name ?? "Task"}, but the operation answers {operation.ResultMediaType}: a text answer is a Task<string>.");
        }
        else if (resultType is not null && operation.ResultSchema is { } resultSchema && SchemaName(resultType) is { } expected && expected != resultSchema)
        {
            errors.Add($"{where} returns {expected} (as the document names it), but the operation answers {resultSchema}.");
        }

        // Parameters: each path or query parameter of the operation is a simple parameter of the method or a
        // property of a complex one ([FromRoute]/[FromQuery] objects); a JSON body is the one complex parameter left.
        var parameters = method.GetParameters();
        var cancellation = parameters.Where(p => p.ParameterType == typeof(CancellationToken)).ToList();
        if (cancellation.Count != 1)
        {
            errors.Add($"{where} needs exactly one CancellationToken parameter.");
            return null;
        }

        var values = parameters.Where(p => p.ParameterType != typeof(CancellationToken)).ToList();
        var usedWhole = new HashSet<ParameterInfo>();
        var usedProperties = new Dictionary<ParameterInfo, HashSet<PropertyInfo>>();
        string? Resolve(ApiParameter apiParameter)
        {
            var direct = values.Where(p => IsSimpleOrList(p.ParameterType) && string.Equals(p.Name, apiParameter.Name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (direct.Count == 1)
            {
                usedWhole.Add(direct[0]);
                return CSharpNames.Identifier(direct[0].Name!);
            }

            var viaProperty = values.Where(p => !IsSimple(p.ParameterType))
                .SelectMany(p => Properties(p.ParameterType).Where(pr => string.Equals(pr.Name, apiParameter.Name, StringComparison.OrdinalIgnoreCase)).Select(pr => (Parameter: p, Property: pr)))
                .ToList();
            if (direct.Count + viaProperty.Count != 1)
            {
                errors.Add(direct.Count + viaProperty.Count == 0
                    ? $"{where}: {apiParameter.In} parameter {apiParameter.Name} is neither a parameter of the method nor a property of one."
                    : $"{where}: {apiParameter.In} parameter {apiParameter.Name} matches several parameters or properties.");
                return null;
            }

            var (parameter, property) = viaProperty[0];
            if (!usedProperties.TryGetValue(parameter, out var set))
            {
                usedProperties[parameter] = set = [];
            }

            set.Add(property);
            return CSharpNames.Identifier(parameter.Name!) + "." + property.Name;
        }

        var path = new StringBuilder();
        var template = operation.Path.TrimStart('/');
        var pathParameters = operation.Parameters.Where(p => p.In == "path").ToList();
        var position = 0;
        while (template.IndexOf('{', position) is var open and >= 0)
        {
            var close = template.IndexOf('}', open);
            var name = template[(open + 1)..close];
            path.Append(EscapeInterpolated(template[position..open]));
            if (!pathParameters.Any(p => p.Name == name))
            {
                errors.Add($"{where}: route parameter {{{name}}} is not described as a path parameter.");
            }

            path.Append("{Segment(").Append(Resolve(new ApiParameter(name, "path"))).Append(")}");
            position = close + 1;
        }

        path.Append(EscapeInterpolated(template[position..]));
        var pathExpression = pathParameters.Count > 0 || template.Contains('{', StringComparison.Ordinal)
            ? "$\"" + path + "\""
            : "\"" + template.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

        var query = new List<string>();
        foreach (var parameter in operation.Parameters.Where(p => p.In != "path"))
        {
            if (parameter.In != "query")
            {
                errors.Add($"{where}: {parameter.In} parameter {parameter.Name} is not supported by the proxies (only path, query and a JSON body).");
                continue;
            }

            if (Resolve(parameter) is { } expression)
            {
                query.Add($"(\"{parameter.Name}\", {expression})");
            }
        }

        foreach (var (parameter, used) in usedProperties)
        {
            usedWhole.Add(parameter);
            foreach (var missing in Properties(parameter.ParameterType).Where(p => !used.Contains(p)))
            {
                errors.Add($"{where}: {parameter.ParameterType.Name}.{missing.Name} is not an operation parameter, so the proxy could not send it.");
            }
        }

        foreach (var stray in pathParameters.Where(p => !template.Contains("{" + p.Name + "}", StringComparison.Ordinal)))
        {
            errors.Add($"{where}: path parameter {stray.Name} is not in the route.");
        }

        var unused = values.Where(p => !usedWhole.Contains(p)).ToList();
        string bodyExpression = "null";
        if (operation.HasBody)
        {
            if (unused.Count == 1 && !IsSimple(unused[0].ParameterType))
            {
                bodyExpression = CSharpNames.Identifier(unused[0].Name!);
                if (operation.BodySchema is { } bodySchema && SchemaName(unused[0].ParameterType) is { } expected && expected != bodySchema)
                {
                    errors.Add($"{where}: parameter {unused[0].Name} is {expected} (as the document names it), but the operation's body is {bodySchema}.");
                }
            }
            else
            {
                errors.Add($"{where}: the operation takes a JSON body, but the method has {unused.Count} parameters left for it ({string.Join(", ", unused.Select(p => p.Name))}); it needs one complex parameter.");
            }
        }
        else if (unused.Count > 0)
        {
            errors.Add($"{where}: parameter(s) {string.Join(", ", unused.Select(p => p.Name))} are not in the operation's path, query or body.");
        }

        if (errors.Count > errorCount)
        {
            return null;
        }

        var returnInfo = nullability.Create(method.ReturnParameter);
        var signature = string.Join(", ", parameters.Select(p => Declaration(p, names, nullability)));
        var text = new StringBuilder();
        if (operation.Summary is { Length: > 0 } summary)
        {
            text.Append("    /// <summary>").Append(XmlDocText(summary)).Append("</summary>\n");
        }

        text.Append("    /// <remarks><c>").Append(operation.OperationId).Append("</c>: <c>").Append(operation.Method).Append(' ').Append(XmlText(operation.Path)).Append("</c></remarks>\n");
        text.Append("    public ").Append(names.TypeName(returnType, returnInfo)).Append(' ').Append(method.Name).Append('(').Append(signature).Append(") =>\n");
        var call = resultType is null ? "SendAsync("
            : operation.ReturnsText ? "SendForTextAsync("
            : "SendAsync<" + names.TypeName(resultType, returnInfo.GenericTypeArguments[0]) + ">(";
        text.Append("        ").Append(call).Append("HttpMethod.").Append(HttpMethodName(operation.Method)).Append(", ").Append(pathExpression);
        if (query.Count > 0)
        {
            text.Append(" + Query(");
            for (var i = 0; i < query.Count; i++)
            {
                text.Append("\n            ").Append(query[i]).Append(i < query.Count - 1 ? "," : ")");
            }
        }

        text.Append(", ").Append(bodyExpression).Append(", ").Append(CSharpNames.Identifier(cancellation[0].Name!)).Append(");\n");
        return text.ToString();
    }

    private static string Declaration(ParameterInfo parameter, CSharpNames names, NullabilityInfoContext nullability)
    {
        var declaration = names.TypeName(parameter.ParameterType, nullability.Create(parameter)) + " " + CSharpNames.Identifier(parameter.Name!);
        if (!parameter.HasDefaultValue)
        {
            return declaration;
        }

        return declaration + " = " + parameter.DefaultValue switch
        {
            null => "default",
            bool b => b ? "true" : "false",
            string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
            Enum e => names.TypeName(e.GetType(), null) + "." + e,
            IFormattable f when parameter.ParameterType.IsPrimitive => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            var other => throw new NotSupportedException($"{parameter.Member.Name}: default value {other} of {parameter.Name} cannot be written."),
        };
    }

    private static string HttpMethodName(string method) => method switch
    {
        "GET" => "Get",
        "POST" => "Post",
        "PUT" => "Put",
        "DELETE" => "Delete",
        "PATCH" => "Patch",
        "HEAD" => "Head",
        "OPTIONS" => "Options",
        _ => "Trace",
    };

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0);

    /// <summary>Values that bind from one route segment or query value (not objects spread over several).</summary>
    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Guid) || type == typeof(decimal)
            || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly)
            || type == typeof(TimeSpan) || type == typeof(Uri);
    }

    /// <summary>
    /// How the document names a .NET type's schema (Microsoft.AspNetCore.OpenApi's rule): <c>MeetupDto</c>,
    /// <c>PagedResultDtoOfMeetupDto</c>, <c>MeetupDto[]</c> for a list; null for types the document writes inline.
    /// </summary>
    private static string? SchemaName(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (IsSimple(type) && !type.IsEnum)
        {
            return null;
        }

        var element = type.IsArray ? type.GetElementType() : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        if (element is not null)
        {
            return SchemaName(element) is { } item ? item + "[]" : null;
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var arguments = type.GetGenericArguments().Select(SchemaName).ToList();
        return arguments.Any(a => a is null || a.EndsWith("[]", StringComparison.Ordinal))
            ? null
            : type.Name.Split('`')[0] + "Of" + string.Join("And", arguments);
    }

    /// <summary>A simple value, or a list of them (sent as the same query name repeated).</summary>
    private static bool IsSimpleOrList(Type type) =>
        IsSimple(type) || (type != typeof(string) && type.GetInterfaces().Append(type)
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>) && IsSimple(i.GetGenericArguments()[0])));

    private static string EscapeInterpolated(string literal) =>
        literal.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    /// <summary>The document's summary as doc-comment text: kept as is when it is already XML (the controllers' own doc text), else escaped.</summary>
    private static string XmlDocText(string text)
    {
        text = OneLine(text);
        try
        {
            _ = System.Xml.Linq.XElement.Parse("<summary>" + text + "</summary>");
            return text;
        }
        catch (System.Xml.XmlException)
        {
            return XmlText(text);
        }
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string XmlText(string text) =>
        OneLine(text)
            .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
