using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Admin.Infrastructure;
using Moyeora.Meetups;

namespace Moyeora.Admin.Areas.Admin.Pages.Meetups;

public sealed class DetailModel(IMeetupAdministrationAppService meetups, AdminText text) : PageModel
{
    public MeetupAdminDetailDto Meetup { get; private set; } = new();

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Meetup = await meetups.GetAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostCancelAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        await meetups.CancelAsync(id, new MeetupModerationDto { Reason = reason ?? string.Empty }, cancellationToken);
        return Done(id, "Meetups.Cancelled");
    }

    public async Task<IActionResult> OnPostHideAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        await meetups.HideAsync(id, new MeetupModerationDto { Reason = reason ?? string.Empty }, cancellationToken);
        return Done(id, "Meetups.HiddenDone");
    }

    public async Task<IActionResult> OnPostUnhideAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        await meetups.UnhideAsync(id, new MeetupModerationDto { Reason = reason ?? string.Empty }, cancellationToken);
        return Done(id, "Meetups.UnhiddenDone");
    }

    private RedirectResult Done(Guid id, string notice)
    {
        TempData["AdminNotice"] = text[notice];
        return Redirect($"/admin/meetups/{id}");
    }
}
