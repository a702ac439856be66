using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Admin.Infrastructure;

namespace Moyeora.Admin.Areas.Admin.Pages;

/// <summary>Signing out is a form post (with its anti-forgery token), never a link.</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect(AdminAuthentication.PathBase);

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(AdminAuthentication.Scheme);
        return Redirect(AdminAuthentication.PathBase + "/signin");
    }
}
