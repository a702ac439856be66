using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Moyeora.Localization;

/// <summary>
/// The language of every answer: Korean (<c>ko</c>, the default) or English (<c>en</c>), chosen per request by
/// <c>Accept-Language</c> (quality values honoured, <c>en-US</c> counts as <c>en</c>, anything else is Korean). The live hub
/// keeps the language of its connect request, which may also say <c>?lang=en</c> (browsers cannot set headers on
/// WebSockets). Every answer says which it used in <c>Content-Language</c>.
/// </summary>
internal static class MoyeoraLocalization
{
    public const string LanguageQueryKey = "lang";

    public static readonly CultureInfo[] SupportedCultures = [new("ko"), new("en")];

    public static IServiceCollection AddMoyeoraLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<ErrorMessages>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("ko");
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.ApplyCurrentCultureToResponseHeaders = true;
            o.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(HubLanguageAsync),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary><c>?lang=</c> on the live hub's negotiate and connect requests.</summary>
    private static Task<ProviderCultureResult?> HubLanguageAsync(HttpContext context) =>
        Task.FromResult(context.Request.Path.StartsWithSegments("/hubs")
            && context.Request.Query[LanguageQueryKey] is { Count: > 0 } lang && !string.IsNullOrWhiteSpace(lang.ToString())
                ? new ProviderCultureResult(lang.ToString())
                : null);

    /// <summary>Applies <paramref name="culture"/> to the current flow (a hub invocation runs in its connection's language).</summary>
    public static void Apply(RequestCulture? culture)
    {
        if (culture is not null)
        {
            CultureInfo.CurrentCulture = culture.Culture;
            CultureInfo.CurrentUICulture = culture.UICulture;
        }
    }
}
