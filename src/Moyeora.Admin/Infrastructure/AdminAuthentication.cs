using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Administration;

namespace Moyeora.Admin.Infrastructure;

/// <summary>
/// The admin area's own cookie scheme (the API stays bearer-only). The cookie holds the person's id and the security
/// stamp they signed in with; every request asks the application layer whether that session still stands (the rule
/// bearer tokens follow, plus an admin-area permission), so a lock, "end all sessions" or a lost permission signs the
/// person out at their next request.
/// </summary>
public static class AdminAuthentication
{
    public const string Scheme = "MoyeoraAdmin";
    public const string Policy = "MoyeoraAdmin";
    public const string PathBase = "/admin";
    public const string SubjectClaim = "sub";
    public const string SecurityStampClaim = "sst";
    public const string NicknameClaim = "nickname";

    private const string SessionItem = "Moyeora.AdminSession";

    public static ClaimsPrincipal CreatePrincipal(AdminSessionDto session) =>
        new(new ClaimsIdentity(
            [
                new Claim(SubjectClaim, session.UserId.ToString()),
                new Claim(SecurityStampClaim, session.SecurityStamp.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(NicknameClaim, session.Nickname),
            ],
            Scheme, NicknameClaim, null));

    /// <summary>The session checked for this request (the layout shows what its permissions open), if any.</summary>
    public static AdminSessionDto? Session(HttpContext context) => context.Items[SessionItem] as AdminSessionDto;

    internal static void Configure(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "Moyeora.Admin";
        o.Cookie.Path = PathBase;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.LoginPath = PathBase + "/signin";
        o.LogoutPath = PathBase + "/signout";
        o.AccessDeniedPath = PathBase + "/signin";
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        o.Events.OnValidatePrincipal = ValidateAsync;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        AdminSessionDto? session = null;
        if (Guid.TryParse(principal?.FindFirst(SubjectClaim)?.Value, out var userId)
            && int.TryParse(principal!.FindFirst(SecurityStampClaim)?.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var stamp))
        {
            session = await context.HttpContext.RequestServices.GetRequiredService<IAdminSessionAppService>()
                .ValidateAsync(userId, stamp, context.HttpContext.RequestAborted);
        }

        if (session is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
            return;
        }

        context.HttpContext.Items[SessionItem] = session;
    }
}
