using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Administration;

namespace Moyeora.Admin.Areas.Admin.Pages;

public sealed class IndexModel(IDashboardAppService dashboard) : PageModel
{
    public DashboardDto Dashboard { get; private set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Dashboard = await dashboard.GetAsync(cancellationToken);
}
