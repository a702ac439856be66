using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Admin.Infrastructure;
using Moyeora.ExceptionHandling;
using Moyeora.Settings;

namespace Moyeora.Admin.Areas.Admin.Pages.Settings;

/// <summary>The operational settings form; the service validates, and its field errors are shown beside the fields.</summary>
public sealed class IndexModel(ISettingsAppService settings, AdminText text) : PageModel
{
    public OperationalSettingsDto Current { get; private set; } = new();

    /// <summary>What was posted, shown again when refused.</summary>
    [BindProperty]
    public UpdateOperationalSettingsDto Input { get; set; } = new();

    /// <summary>Field name (camelCase, as the service names it) → message.</summary>
    public Dictionary<string, string> FieldErrors { get; } = new(StringComparer.OrdinalIgnoreCase);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Current = await settings.GetAsync(cancellationToken);
        Input = Copy(Current);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await settings.UpdateAsync(Input, cancellationToken);
        }
        catch (BusinessException error) when (error.Kind == ErrorKind.Invalid && error.FieldErrors.Count > 0)
        {
            foreach (var field in error.FieldErrors.Keys)
            {
                FieldErrors[field] = text["Settings.Invalid." + field];
            }

            Current = await settings.GetAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["AdminNotice"] = text["Settings.Saved"];
        return Redirect("/admin/settings");
    }

    private static UpdateOperationalSettingsDto Copy(OperationalSettingsValuesDto v) => new()
    {
        AccountPermitsPerMinute = v.AccountPermitsPerMinute,
        WritePermitsPerMinute = v.WritePermitsPerMinute,
        ChatMessagesPerTenSeconds = v.ChatMessagesPerTenSeconds,
        SearchesPerMinute = v.SearchesPerMinute,
        PeopleSearchesPerMinute = v.PeopleSearchesPerMinute,
        ReportsPerHour = v.ReportsPerHour,
        MaxFailedLogins = v.MaxFailedLogins,
        LockoutMinutes = v.LockoutMinutes,
        DefaultRadiusMeters = v.DefaultRadiusMeters,
    };
}
