using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Admin.Infrastructure;
using Moyeora.Users;

namespace Moyeora.Admin.Areas.Admin.Pages.Users;

public sealed class DetailModel(IUserAdministrationAppService users, AdminText text) : PageModel
{
    public UserDetailDto Person { get; private set; } = new();

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Person = await users.GetAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostLockAsync(Guid id, int days, string? reason, CancellationToken cancellationToken)
    {
        await users.LockAsync(id, new LockUserDto { Days = days, Reason = reason }, cancellationToken);
        return Done(id, "User.Locked");
    }

    public async Task<IActionResult> OnPostUnlockAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        await users.UnlockAsync(id, new UserActionDto { Reason = reason }, cancellationToken);
        return Done(id, "User.Unlocked");
    }

    public async Task<IActionResult> OnPostEndSessionsAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        await users.EndSessionsAsync(id, new UserActionDto { Reason = reason }, cancellationToken);
        return Done(id, "User.SessionsEnded");
    }

    private RedirectResult Done(Guid id, string notice)
    {
        TempData["AdminNotice"] = text[notice];
        return Redirect($"/admin/users/{id}");
    }
}
