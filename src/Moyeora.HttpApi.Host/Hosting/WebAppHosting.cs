using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Moyeora.Hosting;

/// <summary>
/// Serves the built web app (src/Moyeora.Web, copied by the build into the host's output folder <c>webapp</c>) at
/// <c>/</c>, same origin as the API: its files as static files, and <c>index.html</c> for every other GET of an app
/// path so the app's own router takes over. API, admin, hub, OpenAPI, Swagger, AsyncAPI and health paths never fall
/// back: their 404s stay what they were (problem details for the API).
/// </summary>
public static class WebAppHosting
{
    /// <summary>Path prefixes that belong to the server; the app's fallback never answers them.</summary>
    public static readonly string[] ServerPrefixes = ["api", "admin", "swagger", "openapi", "asyncapi", "hubs", "health"];

    /// <summary>The folder of the built app: <c>WebApp:Root</c>, else <c>webapp</c> beside the host's assembly.</summary>
    public static string RootOf(IConfiguration configuration) =>
        configuration["WebApp:Root"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "webapp");

    /// <summary>Static files of the app; call before authentication so they cost nothing else.</summary>
    public static WebApplication UseMoyeoraWebAppFiles(this WebApplication app)
    {
        var root = RootOf(app.Configuration);
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            app.Logger.LogInformation("No built web app in {Root}: / is not served (build the host without SkipWebApp, or set WebApp:Root)", root);
            return app;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(root),
            OnPrepareResponse = context =>
            {
                // Hashed file names under /assets never change; everything else (index.html, config.json) is revalidated.
                context.Context.Response.Headers[HeaderNames.CacheControl] = context.Context.Request.Path.StartsWithSegments("/assets")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
            },
        });
        return app;
    }

    /// <summary>The SPA fallback: a GET of an app path without a file extension answers <c>index.html</c>.</summary>
    public static WebApplication MapMoyeoraWebApp(this WebApplication app)
    {
        var index = Path.Combine(RootOf(app.Configuration), "index.html");
        if (!File.Exists(index))
        {
            return app;
        }

        // Matched only when no other endpoint matches (the order of MapFallback); the constraint keeps server paths
        // out, and `nonfile` keeps out names with an extension (a missing /assets/x.js stays a 404).
        var pattern = RoutePatternFactory.Parse("{*path:nonfile}", defaults: null,
            parameterPolicies: new RouteValueDictionary { ["path"] = new AppPathConstraint() });
        app.Map(pattern, async context =>
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
                await context.Response.SendFileAsync(index, context.RequestAborted);
            })
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]))
            .WithDisplayName("Web app (index.html)")
            .AllowAnonymous()
            .ExcludeFromDescription()
            .Add(endpoint => ((RouteEndpointBuilder)endpoint).Order = int.MaxValue);
        return app;
    }
}

/// <summary>True for app paths: the first segment is none of <see cref="WebAppHosting.ServerPrefixes"/>.</summary>
internal sealed class AppPathConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        var path = values.TryGetValue(routeKey, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;
        var first = path.TrimStart('/').Split('/', 2)[0];
        return !WebAppHosting.ServerPrefixes.Contains(first, StringComparer.OrdinalIgnoreCase);
    }
}
