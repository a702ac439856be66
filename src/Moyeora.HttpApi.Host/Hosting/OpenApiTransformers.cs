using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
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
        return Task.CompletedTask;
    }
}

/// <summary>Documents each operation's error answers with their codes, and marks operations that need a token.</summary>
internal sealed class ErrorResponsesOperationTransformer : IOpenApiOperationTransformer
{
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
        if (needsToken)
        {
            all.Add(new ErrorResponseAttribute(StatusCodes.Status401Unauthorized, MoyeoraErrorCodes.NotSignedIn));
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerSecurityDocumentTransformer.SchemeName, context.Document)] = [],
            });
        }

        operation.Responses ??= new OpenApiResponses();
        foreach (var group in all.GroupBy(a => a.StatusCode).OrderBy(g => g.Key))
        {
            var codes = group.SelectMany(a => a.Codes).Distinct().ToList();
            operation.Responses[group.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = $"ProblemDetails; `code` is one of: {string.Join(", ", codes.Select(c => $"`{c}`"))}",
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
            };
        }

        return Task.CompletedTask;
    }
}
