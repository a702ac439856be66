using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Admin.Infrastructure;
using Moyeora.Permissions;
using Moyeora.Security;
using Moyeora.Users;

namespace Moyeora.Admin.Areas.Admin.Pages.Users;

public sealed class DetailModel(IUserAdministrationAppService users, ISecurityLogAppService securityLog, AdminText text) : PageModel
{
    /// <summary>How many of the person's newest security events the page shows.</summary>
    public const int SecurityLogSize = 20;

    public UserDetailDto Person { get; private set; } = new();

    /// <summary>The person's newest security events; null when the viewer may not read the security log.</summary>
    public Moyeora.Dtos.PagedResultDto<SecurityLogEntryDto>? SecurityLog { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Person = await users.GetAsync(id, cancellationToken);
        if (AdminAuthentication.Session(HttpContext)?.Permissions.Contains(MoyeoraPermissions.AuditLogsView) == true)
        {
            SecurityLog = await securityLog.GetListAsync(new GetSecurityLogsDto { UserId = id, MaxResultCount = SecurityLogSize }, cancellationToken);
        }
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
