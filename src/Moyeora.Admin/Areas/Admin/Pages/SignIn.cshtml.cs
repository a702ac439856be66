using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Admin.Infrastructure;
using Moyeora.Administration;
using Moyeora.ExceptionHandling;

namespace Moyeora.Admin.Areas.Admin.Pages;

public sealed class SignInModel(IAdminSessionAppService sessions, AdminText text) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>The password was right but the person may not enter the admin area.</summary>
    public bool Refused { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Error = text["SignIn.Missing"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        AdminSessionDto session;
        try
        {
            session = await sessions.SignInAsync(new AdminSignInDto { PhoneNumber = Input.PhoneNumber, Password = Input.Password }, cancellationToken);
        }
        catch (BusinessException e) when (e.Code == MoyeoraErrorCodes.AdminAreaForbidden)
        {
            Refused = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        catch (BusinessException e)
        {
            Error = text.Error(e);
            Response.StatusCode = e.Kind switch
            {
                ErrorKind.RateLimited => StatusCodes.Status429TooManyRequests,
                ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
                ErrorKind.Invalid => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status401Unauthorized,
            };
            return Page();
        }

        await HttpContext.SignInAsync(AdminAuthentication.Scheme, AdminAuthentication.CreatePrincipal(session));
        return LocalRedirect(ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith(AdminAuthentication.PathBase, StringComparison.OrdinalIgnoreCase)
            ? url
            : AdminAuthentication.PathBase);
    }

    public sealed class SignInInput
    {
        [Required, StringLength(40)]
        public string PhoneNumber { get; set; } = string.Empty;

        [Required, StringLength(64)]
        public string Password { get; set; } = string.Empty;
    }
}
