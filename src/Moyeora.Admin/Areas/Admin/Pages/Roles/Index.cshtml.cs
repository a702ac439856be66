using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Admin.Infrastructure;
using Moyeora.Permissions;
using Moyeora.Users;

namespace Moyeora.Admin.Areas.Admin.Pages.Roles;

/// <summary>Roles and the permission grid (roles × permissions, one save); the service decides what may change.</summary>
public sealed class IndexModel(IRoleAdministrationAppService roles, AdminText text) : PageModel
{
    public RoleGridDto Grid { get; private set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Grid = await roles.GetGridAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string? name, string? reason, CancellationToken cancellationToken)
    {
        await roles.CreateAsync(new CreateRoleDto { Name = name ?? string.Empty, Reason = reason }, cancellationToken);
        return Done("Roles.Created");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid roleId, string? reason, CancellationToken cancellationToken)
    {
        await roles.DeleteAsync(roleId, new RoleActionDto { Reason = reason }, cancellationToken);
        return Done("Roles.Deleted");
    }

    /// <summary>Each checkbox posts "{roleId}|{permission}"; every role but admin (always complete, shown disabled) is saved as posted.</summary>
    public async Task<IActionResult> OnPostSaveAsync(List<string>? grant, string? reason, CancellationToken cancellationToken)
    {
        var posted = (grant ?? []).Select(g => g.Split('|', 2)).Where(p => p.Length == 2).ToList();
        var grid = await roles.GetGridAsync(cancellationToken);
        await roles.SavePermissionsAsync(new SaveRolePermissionsDto
        {
            Roles = grid.Roles.Where(r => r.Name != MoyeoraRoles.Admin).Select(r => new RolePermissionsDto
            {
                RoleId = r.Id,
                Permissions = posted.Where(p => p[0] == r.Id.ToString()).Select(p => p[1]).ToList(),
            }).ToList(),
            Reason = reason,
        }, cancellationToken);
        return Done("Roles.Saved");
    }

    private RedirectResult Done(string notice)
    {
        TempData["AdminNotice"] = text[notice];
        return Redirect("/admin/roles");
    }
}
