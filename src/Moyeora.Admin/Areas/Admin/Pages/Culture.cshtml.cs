using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Admin.Infrastructure;

namespace Moyeora.Admin.Areas.Admin.Pages;

/// <summary>The language switch: remembers the choice in the culture cookie (which wins over Accept-Language).</summary>
public sealed class CultureModel : PageModel
{
    public IActionResult OnGet() => Redirect(AdminAuthentication.PathBase);

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = AdminText.Cultures.FirstOrDefault(c => c.Name == culture);
        if (chosen is not null)
        {
            Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Path = AdminAuthentication.PathBase, MaxAge = TimeSpan.FromDays(365), HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax });
        }

        return Redirect(returnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith(AdminAuthentication.PathBase, StringComparison.OrdinalIgnoreCase)
            ? url
            : AdminAuthentication.PathBase);
    }
}
