using System.Reflection;

namespace Moyeora.ClientGenerator;

/// <summary>
/// Writes .NET types as C# source with their nullable annotations, short where a <c>using</c> makes the name
/// unambiguous in the generated file and <c>global::</c>-qualified where it does not.
/// </summary>
internal sealed class CSharpNames
{
    /// <summary>Namespaces every project here imports already (<c>ImplicitUsings</c>).</summary>
    private static readonly HashSet<string> ImplicitNamespaces = new(StringComparer.Ordinal)
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    };

    /// <summary>Names the generated code itself uses, which a DTO of the same name would shadow.</summary>
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal)
    {
        "Task", "HttpMethod", "HttpClient", "CancellationToken", "ClientProxyBase", "IAccessTokenSource", "MoyeoraApiClient", "MoyeoraApiException",
    };

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(char)] = "char",
        [typeof(short)] = "short", [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint",
        [typeof(long)] = "long", [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double",
        [typeof(decimal)] = "decimal", [typeof(string)] = "string", [typeof(object)] = "object",
    };

    private static readonly HashSet<string> CSharpKeywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    private readonly string _fileNamespace;
    private readonly ILookup<string, Type> _knownTypesByName;
    private readonly HashSet<string> _childNamespaceNames;
    private readonly SortedSet<string> _usings = new(StringComparer.Ordinal);

    /// <param name="fileNamespace">The namespace the generated file declares.</param>
    /// <param name="knownTypes">Every type a short name could also mean (the contracts and what they reference).</param>
    public CSharpNames(string fileNamespace, IReadOnlyCollection<Type> knownTypes)
    {
        _fileNamespace = fileNamespace;
        _knownTypesByName = knownTypes.ToLookup(t => t.Name, StringComparer.Ordinal);
        // Inside namespace A.B, every namespace A.X is reachable as X: a type named X would be read as the namespace.
        var outer = fileNamespace.Contains('.', StringComparison.Ordinal) ? fileNamespace[..fileNamespace.LastIndexOf('.')] : string.Empty;
        _childNamespaceNames = knownTypes.Select(t => t.Namespace ?? string.Empty)
            .Where(n => outer.Length > 0 && n.StartsWith(outer + ".", StringComparison.Ordinal))
            .Select(n => n[(outer.Length + 1)..].Split('.')[0])
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The <c>using</c> directives the names written so far need, sorted (System first).</summary>
    public IEnumerable<string> Usings =>
        _usings.Where(n => !ImplicitNamespaces.Contains(n) && n != _fileNamespace)
            .OrderBy(n => n == "System" || n.StartsWith("System.", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(n => n, StringComparer.Ordinal);

    public static string Identifier(string name) => CSharpKeywords.Contains(name) ? "@" + name : name;

    public string TypeName(Type type, NullabilityInfo? nullability)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying, nullability?.GenericTypeArguments.FirstOrDefault()) + "?";
        }

        var nullableReference = !type.IsValueType && nullability?.ReadState == NullabilityState.Nullable ? "?" : string.Empty;
        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!, nullability?.ElementType) + "[" + new string(',', type.GetArrayRank() - 1) + "]" + nullableReference;
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + nullableReference;
        }

        if (type.IsGenericParameter || type.IsPointer || type.IsByRef)
        {
            throw new NotSupportedException($"The type {type} cannot be written in a proxy.");
        }

        var name = PlainName(type);
        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments();
            var infos = nullability?.GenericTypeArguments;
            name += "<" + string.Join(", ", arguments.Select((a, i) => TypeName(a, infos is { Length: > 0 } ? infos[i] : null))) + ">";
        }

        return name + nullableReference;
    }

    /// <summary>The type's name without generic arguments: short, or qualified where short would be ambiguous.</summary>
    private string PlainName(Type type)
    {
        var simple = type.Name.Split('`')[0];
        if (type.IsNested)
        {
            return PlainName(type.DeclaringType!) + "." + simple;
        }

        var ambiguous = ReservedNames.Contains(simple) && type.Namespace is not ("System" or "System.Threading" or "System.Threading.Tasks" or "System.Net.Http")
            || _childNamespaceNames.Contains(simple)
            // Conservative, so that the answer does not depend on which usings the file gathers: any other type of that name.
            || _knownTypesByName[type.Name].Any(other => other != (type.IsGenericType ? type.GetGenericTypeDefinition() : type))
            || (!ImplicitNamespaces.Contains(type.Namespace ?? string.Empty) && ImplicitNamespaces.Any(n => Type.GetType($"{n}.{type.Name}") is not null || typeof(HttpClient).Assembly.GetType($"{n}.{type.Name}") is not null));
        if (ambiguous)
        {
            return "global::" + (type.Namespace is { Length: > 0 } ns ? ns + "." : string.Empty) + simple;
        }

        if (type.Namespace is { Length: > 0 } used)
        {
            _usings.Add(used);
        }

        return simple;
    }
}
