using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.SignalR;

namespace Moyeora.Live;

/// <summary>
/// The live hub described for client generators and integrators as an AsyncAPI 3.0 document
/// (<c>GET /asyncapi/live.json</c>): every method a client may invoke with its arguments and result, every message the
/// server sends with its payload, and the refusal shape. Built from the hub's own methods and
/// <see cref="LiveClientMethods.Payloads"/> with the hub's JSON settings, so it cannot drift from the code.
/// </summary>
internal static class LiveHubDescription
{
    public const string Path = "/asyncapi/live.json";

    private static readonly JsonSerializerOptions HubJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        NumberHandling = JsonNumberHandling.Strict,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    private static readonly Lazy<string> Document = new(() => Build().ToJsonString());

    /// <summary>The document as served (built once, on first request).</summary>
    public static string Json => Document.Value;

    // Generators name types after `title` (the .NET type's name) and make a property optional unless `required` lists
    // it: the hub writes every property of what it sends (nulls too), except the refusal, which leaves nulls out.
    private static readonly JsonSchemaExporterOptions SchemaOptions = new()
    {
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = (context, node) => NameAndRequire(context, node, writesNulls: true),
    };

    private static readonly JsonSchemaExporterOptions RefusalSchemaOptions = new()
    {
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = (context, node) => NameAndRequire(context, node, writesNulls: false),
    };

    /// <summary>The methods a client invokes: the hub's own public methods, not the connection hooks.</summary>
    public static IEnumerable<MethodInfo> ClientInvocableMethods() =>
        typeof(LiveHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.Name is not (nameof(Hub.OnConnectedAsync) or nameof(Hub.OnDisconnectedAsync)))
            .OrderBy(m => m.Name, StringComparer.Ordinal);

    public static JsonObject Build()
    {
        var messages = new JsonObject();
        var operations = new JsonObject();

        foreach (var method in ClientInvocableMethods())
        {
            var arguments = new JsonArray();
            foreach (var parameter in method.GetParameters())
            {
                var schema = Schema(parameter.ParameterType);
                schema["title"] = parameter.Name;
                arguments.Add(schema);
            }

            var name = "invoke" + method.Name;
            messages[name] = new JsonObject
            {
                ["name"] = method.Name,
                ["title"] = $"Invocation of {method.Name}",
                ["summary"] = $"SignalR invocation target `{method.Name}`; `arguments` in this order.",
                ["payload"] = new JsonObject
                {
                    ["type"] = "array",
                    ["prefixItems"] = arguments,
                    ["minItems"] = arguments.Count,
                    ["maxItems"] = arguments.Count,
                },
            };
            var result = ResultType(method);
            var operation = new JsonObject
            {
                ["action"] = "receive",
                ["channel"] = new JsonObject { ["$ref"] = "#/channels/live" },
                ["summary"] = $"The client invokes {method.Name}.",
                ["messages"] = new JsonArray(new JsonObject { ["$ref"] = $"#/channels/live/messages/{name}" }),
            };
            if (result is not null)
            {
                var reply = method.Name + "Result";
                messages[reply] = new JsonObject { ["name"] = reply, ["summary"] = $"The completion's `result` of {method.Name}.", ["payload"] = Schema(result) };
                operation["reply"] = new JsonObject
                {
                    ["channel"] = new JsonObject { ["$ref"] = "#/channels/live" },
                    ["messages"] = new JsonArray(new JsonObject { ["$ref"] = $"#/channels/live/messages/{reply}" }),
                };
            }
            operations["invoke" + method.Name] = operation;
        }

        foreach (var (target, payload) in LiveClientMethods.Payloads.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            messages[target] = new JsonObject
            {
                ["name"] = target,
                ["summary"] = $"SignalR invocation target `{target}` sent by the server with one argument.",
                ["payload"] = Schema(payload),
            };
            operations["on" + char.ToUpperInvariant(target[0]) + target[1..]] = new JsonObject
            {
                ["action"] = "send",
                ["channel"] = new JsonObject { ["$ref"] = "#/channels/live" },
                ["messages"] = new JsonArray(new JsonObject { ["$ref"] = $"#/channels/live/messages/{target}" }),
            };
        }

        messages["refusal"] = new JsonObject
        {
            ["name"] = "refusal",
            ["summary"] = "When an invocation is refused, the completion's `error` string is exactly this object as compact JSON.",
            ["description"] = "`code` is stable; `details`, when present, holds values to act on. `Moyeora:ChatBusy` (SendChatMessage): " +
                "the node holds as many unsent chat messages as it may, for the room or in all; nothing was stored — send again after " +
                "`details.retryAfterMs` milliseconds (also `details.retryAfterSeconds`).",
            ["payload"] = Schema(typeof(LiveHubErrorDto), RefusalSchemaOptions),
        };

        // The channel carries every message, by reference.
        var channelRefs = new JsonObject();
        foreach (var (key, _) in messages)
        {
            channelRefs[key] = new JsonObject { ["$ref"] = $"#/components/messages/{key}" };
        }

        return new JsonObject
        {
            ["asyncapi"] = "3.0.0",
            ["info"] = new JsonObject
            {
                ["title"] = "Moyeora live hub",
                ["version"] = "v1",
                ["description"] =
                    "ASP.NET Core SignalR hub at /hubs/live, JSON hub protocol, WebSockets (clients may skip negotiation). " +
                    "Authenticate with the REST access token in the `access_token` query parameter. Enums are camelCase " +
                    "strings; instants are ISO 8601 with Z or an offset. One connection per user: a newer one replaces the older. " +
                    "Refusal messages are in Korean unless the connect request asks for English (`lang=en` query parameter or `Accept-Language: en`). " +
                    "The MessagePack hub protocol may be chosen in the handshake instead of JSON (same fields; other payloads keep their .NET property names). " +
                    "Nearby deltas: after `UseNearbyDeltas(true)` the server sends `nearbyDelta` instead of `nearby`: `q` sequence (1 on a full one, then +1; " +
                    "a gap means opt in again), `f` full (start from nothing), `t` Unix ms, `r` radius, `me` own reported [lat, lng] and `c` own cell centre " +
                    "[lat, lng] in micro-degrees (null when unchanged), `u` upserted people (`i` id, `k` relationship 1 friend 2 co-member 3 stranger, " +
                    "`s` last seen 0 now 1 minutes 2 hours 3 days, `y`/`x` cell centre in micro-degrees, `b` distance band 0 '< 500 m' 1 '500 m – 1 km' " +
                    "2 '1–2 km' 3 '2–5 km' 4 '5–10 km' 5 '10–20 km' 6 '20–50 km' 7 '50–100 km' 8 '100–200 km' 9 '200–500 km' 10 '500 km+'), " +
                    "`d` removed ids. The list is ordered by the haversine distance between the own cell and each person's cell, then by id.",
            },
            ["channels"] = new JsonObject
            {
                ["live"] = new JsonObject
                {
                    ["address"] = LiveHub.Path.TrimStart('/'),
                    ["description"] = "The one live connection per signed-in user.",
                    ["messages"] = channelRefs,
                },
            },
            ["operations"] = operations,
            ["components"] = new JsonObject { ["messages"] = messages },
        };
    }

    private static Type? ResultType(MethodInfo method) =>
        method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
            ? method.ReturnType.GetGenericArguments()[0]
            : null;

    private static JsonObject Schema(Type type, JsonSchemaExporterOptions? options = null) => HubJson.GetJsonSchemaAsNode(type, options ?? SchemaOptions) as JsonObject
        ?? new JsonObject { ["type"] = "object" };

    private static JsonNode NameAndRequire(JsonSchemaExporterContext context, JsonNode node, bool writesNulls)
    {
        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        if (node is not JsonObject schema)
        {
            return node;
        }

        if (type.IsEnum || context.TypeInfo.Kind == JsonTypeInfoKind.Object)
        {
            schema["title"] = type.Name;
        }

        if (schema["properties"] is JsonObject properties)
        {
            schema["required"] = new JsonArray([.. properties
                .Where(p => writesNulls || !(p.Value?["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null")))
                .Select(p => (JsonNode)JsonValue.Create(p.Key))]);
        }

        return schema;
    }
}
