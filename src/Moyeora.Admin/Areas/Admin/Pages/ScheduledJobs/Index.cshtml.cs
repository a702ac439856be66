using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Admin.Infrastructure;
using Moyeora.Jobs;

namespace Moyeora.Admin.Areas.Admin.Pages.ScheduledJobs;

/// <summary>Each scheduled job's schedule, runs and counts, with "run now"; Hangfire's own dashboard is at /admin/jobs.</summary>
public sealed class IndexModel(IJobAppService jobs, AdminText text) : PageModel
{
    public IReadOnlyList<JobDto> Jobs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Jobs = await jobs.GetListAsync(cancellationToken);

    public async Task<IActionResult> OnPostRunAsync(string name, CancellationToken cancellationToken)
    {
        await jobs.TriggerAsync(name, cancellationToken);
        TempData["AdminNotice"] = text.Format("Jobs.Triggered", name);
        return Redirect("/admin/scheduled-jobs");
    }
}
