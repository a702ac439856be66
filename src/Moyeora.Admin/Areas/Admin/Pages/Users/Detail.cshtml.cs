using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Admin.Infrastructure;
using Moyeora.Permissions;
using Moyeora.Users;

namespace Moyeora.Admin.Areas.Admin.Pages.Users;

public sealed class DetailModel(IUserAdministrationAppService users, IRoleAdministrationAppService roles, AdminText text) : PageModel
{
    public UserDetailDto Person { get; private set; } = new();

    /// <summary>Every role, for the role form; null when the signed-in person may not manage roles (the form is not shown).</summary>
    public IReadOnlyList<RoleListItemDto>? Roles { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Person = await users.GetAsync(id, cancellationToken);
        if (AdminAuthentication.Session(HttpContext)?.Permissions.Contains(MoyeoraPermissions.RolesManage) == true)
        {
            Roles = (await roles.GetGridAsync(cancellationToken)).Roles;
        }
    }

    public async Task<IActionResult> OnPostDeactivateAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        await users.DeactivateAsync(id, new UserActionDto { Reason = reason }, cancellationToken);
        return Done(id, "User.Deactivated");
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        await users.RestoreAsync(id, new UserActionDto { Reason = reason }, cancellationToken);
        return Done(id, "User.Restored");
    }

    public async Task<IActionResult> OnPostRolesAsync(Guid id, List<string>? roleNames, string? reason, CancellationToken cancellationToken)
    {
        await roles.SetUserRolesAsync(id, new SetUserRolesDto { RoleNames = roleNames ?? [], Reason = reason }, cancellationToken);
        return Done(id, "User.RolesSaved");
    }

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
