using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Moyeora.Controllers;

namespace Moyeora.Hosting;

/// <summary>Adds the bearer scheme so Swagger UI can authorize with an access token.</summary>
internal sealed class BearerSecurityDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Moyeora API";
        document.Info.Description =
            "Real-time, location-based small meetups. Errors are RFC 7807 ProblemDetails with a stable `code` " +
            "(e.g. `Moyeora:MeetupFull`) and, for invalid input, per-field `errors`. Sign in with " +
            "`POST /api/app/account/login` and send `Authorization: Bearer <accessToken>`.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "Access token from log-in, sign-up or refresh (valid 15 minutes).",
        };
        // The server is the origin the document was read from (a node, the balancer), written without a trailing slash.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Info.License = new OpenApiLicense { Name = "Proprietary", Url = new Uri("https://moyeora.invalid/license") };
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? string.Empty);
        }

        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ErrorResponsesOperationTransformer.ProblemSchemaName] = ProblemSchema();
        return Task.CompletedTask;
    }

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Account"] = "Phone verification, sign-up, log-in, token refresh, log-out and password reset.",
        ["Blocks"] = "Blocking people: a blocked pair never sees each other anywhere.",
        ["Chat"] = "Each meetup's chat room, for its members.",
        ["Friends"] = "Friend requests and friendships.",
        ["Jobs"] = "The scheduled maintenance jobs: list and run now (Moyeora.Jobs.Manage).",
        ["Meetups"] = "Creating, finding and joining small meetups; invitations and notices.",
        ["Notifications"] = "The caller's in-app notifications.",
        ["Outbox"] = "The development outbox of SMS, push and webhook messages (Moyeora.Outbox.View).",
        ["People"] = "Person cards by relationship and finding people by exact nickname or phone number.",
        ["Permissions"] = "Roles and their permissions (Moyeora.Roles.Manage).",
        ["Profile"] = "The caller's own profile, settings, password, phone number and account deletion.",
        ["Ratings"] = "Trust votes after a confirmed meetup has ended.",
        ["Reports"] = "Reporting a person, a meetup or a chat message.",
        ["Moderation"] = "The report queue for moderators (Moyeora.Reports.Manage).",
        ["Administration"] = "Locks, unlocks and session ends for administrators (Moyeora.Users.Manage).",
    };

    /// <summary>The one error shape every 4xx/5xx answer has (RFC 7807 plus Moyeora's members).</summary>
    private static OpenApiSchema ProblemSchema()
    {
        static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
        var fieldMessages = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 7807 problem details with a stable `code`; invalid input adds per-field `errors` (and `fieldCodes`).",
            Required = new HashSet<string> { "status", "code" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("A URI for the kind of problem."),
                ["title"] = Text("A short summary of the kind of problem."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status." },
                ["detail"] = Text("What went wrong, for a person."),
                ["code"] = Text("The stable error code, e.g. `Moyeora:MeetupFull`; see the response's description for the codes an operation can answer."),
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Messages per field, keyed by the field's camelCase name as the client sends it.",
                    AdditionalProperties = fieldMessages,
                },
                ["fieldCodes"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "The specific code per field, when several fields failed different rules.",
                    AdditionalProperties = Text("An error code."),
                },
                ["traceId"] = Text("Quote this when reporting a problem."),
                ["retryAfterSeconds"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "With 429: when to try again (also the Retry-After header)." },
            },
        };
    }
}

/// <summary>A stable, unique <c>operationId</c> for every operation: <c>Meetup_Join</c>, <c>Account_Login</c>.</summary>
internal sealed class OperationIdTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor is ControllerActionDescriptor action)
        {
            var name = action.MethodInfo.Name.EndsWith("Async", StringComparison.Ordinal) ? action.MethodInfo.Name[..^5] : action.MethodInfo.Name;
            operation.OperationId = action.ControllerName + "_" + name;
        }

        // A [FromRoute] object names its parameters after C# properties (RoleName); the path says {roleName}.
        var template = context.Description.RelativePath ?? string.Empty;
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Path && parameter.Name is { } name2 && !template.Contains("{" + name2, StringComparison.Ordinal)
                && template.IndexOf("{" + name2, StringComparison.OrdinalIgnoreCase) is var at and >= 0)
            {
                parameter.Name = template.Substring(at + 1, name2.Length);
            }
        }

        return Task.CompletedTask;
    }
}

/// <summary>Documents each operation's error answers with their codes, and marks operations that need a token.</summary>
internal sealed class ErrorResponsesOperationTransformer : IOpenApiOperationTransformer
{
    public const string ProblemSchemaName = "ProblemDetails";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor is not ControllerActionDescriptor action)
        {
            return Task.CompletedTask;
        }

        var attributes = action.ControllerTypeInfo.GetCustomAttributes<ErrorResponseAttribute>()
            .Concat(action.MethodInfo.GetCustomAttributes<ErrorResponseAttribute>());
        var needsToken = (action.MethodInfo.GetCustomAttribute<AuthorizeAttribute>() ?? action.ControllerTypeInfo.GetCustomAttribute<AuthorizeAttribute>()) is not null
            && action.MethodInfo.GetCustomAttribute<AllowAnonymousAttribute>() is null;
        var all = attributes.ToList();
        var rateLimited = (action.MethodInfo.GetCustomAttribute<EnableRateLimitingAttribute>() ?? action.ControllerTypeInfo.GetCustomAttribute<EnableRateLimitingAttribute>()) is not null;
        if (rateLimited)
        {
            all.Add(new ErrorResponseAttribute(StatusCodes.Status429TooManyRequests, MoyeoraErrorCodes.TooManyRequests));
        }

        if (needsToken)
        {
            all.Add(new ErrorResponseAttribute(StatusCodes.Status401Unauthorized, MoyeoraErrorCodes.NotSignedIn, MoyeoraErrorCodes.SessionEnded));
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerSecurityDocumentTransformer.SchemeName, context.Document)] = [],
            });
        }
        else
        {
            // Said explicitly: this operation needs no token.
            operation.Security = [];
        }

        operation.Responses ??= new OpenApiResponses();
        foreach (var group in all.GroupBy(a => a.StatusCode).OrderBy(g => g.Key))
        {
            var codes = group.SelectMany(a => a.Codes).Distinct().ToList();
            operation.Responses[group.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = $"ProblemDetails; `code` is one of: {string.Join(", ", codes.Select(c => $"`{c}`"))}",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            AllOf = [new OpenApiSchemaReference(ProblemSchemaName, context.Document)],
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = codes.Select(c => (JsonNode)JsonValue.Create(c)!).ToList() },
                            },
                        },
                    },
                },
            };
        }

        return Task.CompletedTask;
    }
}

/// <summary>Enum schemas are strings with their camelCase names (the API never writes numbers for them).</summary>
internal sealed class EnumSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Enum is { Count: > 0 } && schema.Type is null)
        {
            // Where a property may be null, the property's own schema says so (oneOf null | the enum): the enum lists names only.
            schema.Enum = schema.Enum.Where(v => v is not null && v.GetValueKind() != System.Text.Json.JsonValueKind.Null).ToList();
            schema.Type = JsonSchemaType.String;
        }

        return Task.CompletedTask;
    }
}
