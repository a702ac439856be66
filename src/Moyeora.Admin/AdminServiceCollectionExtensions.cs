using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Moyeora.Admin.Infrastructure;

namespace Microsoft.Extensions.DependencyInjection;

public static class AdminServiceCollectionExtensions
{
    /// <summary>
    /// The admin UI: its Razor Pages (area "Admin", at /admin), its cookie scheme, its text. The sign-in page takes the
    /// rate-limiting policy <paramref name="signInRateLimitPolicy"/> (the API's log-in policy), when given.
    /// </summary>
    public static IServiceCollection AddMoyeoraAdmin(this IServiceCollection services, AuthenticationBuilder authentication, string? signInRateLimitPolicy = null)
    {
        services.AddSingleton<AdminText>();
        // Korean is written as UTF-8 in the pages, not as &#xAC00; entities (Razor's encoder still escapes markup).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        authentication.AddCookie(AdminAuthentication.Scheme, AdminAuthentication.Configure);
        services.AddAuthorizationBuilder().AddPolicy(AdminAuthentication.Policy, p => p
            .AddAuthenticationSchemes(AdminAuthentication.Scheme)
            .RequireAuthenticatedUser());
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeAreaFolder("Admin", "/", AdminAuthentication.Policy);
            o.Conventions.AllowAnonymousToAreaPage("Admin", "/SignIn");
            o.Conventions.AllowAnonymousToAreaPage("Admin", "/Culture");
            if (signInRateLimitPolicy is not null)
            {
                o.Conventions.AddAreaPageApplicationModelConvention("Admin", "/SignIn",
                    m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(signInRateLimitPolicy)));
            }
        }).AddMvcOptions(o => o.Filters.Add<BusinessErrorPageFilter>());
        services.AddSingleton<BusinessErrorPageFilter>();
        return services;
    }

    /// <summary>Culture for the admin area (a cookie set by the page's switch, else Accept-Language; Korean by default).</summary>
    public static IApplicationBuilder UseMoyeoraAdmin(this IApplicationBuilder app)
    {
        var localization = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("ko"),
            SupportedCultures = AdminText.Cultures.ToList(),
            SupportedUICultures = AdminText.Cultures.ToList(),
        };
        localization.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        return app.UseWhen(c => c.Request.Path.StartsWithSegments(AdminAuthentication.PathBase), branch => branch.UseRequestLocalization(localization));
    }

    /// <summary>The admin pages and their style sheet.</summary>
    public static IEndpointRouteBuilder MapMoyeoraAdmin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        var css = ReadCss();
        endpoints.MapGet(AdminAuthentication.PathBase + "/admin.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(css, "text/css; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static string ReadCss()
    {
        using var stream = typeof(AdminText).Assembly.GetManifestResourceStream("Moyeora.Admin.admin.css")
            ?? throw new InvalidOperationException("The admin style sheet is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
