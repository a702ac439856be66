using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Admin.Infrastructure;
using Moyeora.Dtos;
using Moyeora.Reports;

namespace Moyeora.Admin.Areas.Admin.Pages.Reports;

/// <summary>The moderators' queue: open reports first (oldest first, as the service orders them), then the rest by status.</summary>
public sealed class IndexModel(IReportModerationAppService reports, AdminText text) : PageModel
{
    public const int PageSize = 20;
    public const string All = "all";

    /// <summary>A <see cref="ReportStatus"/> name or <see cref="All"/>; the open ones by default.</summary>
    [BindProperty(SupportsGet = true)]
    public string Status { get; set; } = nameof(ReportStatus.Open);

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedResultDto<ReportDto> Result { get; private set; } = new();

    /// <summary>Each listed report's context (its target now and the earlier reports about it), by report id.</summary>
    public Dictionary<Guid, ReportContextDto> Contexts { get; } = [];

    /// <summary>Links to a meetup's or person's page only for those who may open it (presentation; the services decide).</summary>
    public bool CanModerateMeetups => AdminAuthentication.Session(HttpContext)?.Permissions.Contains(Moyeora.Permissions.MoyeoraPermissions.MeetupsModerate) == true;

    public bool CanManageUsers => AdminAuthentication.Session(HttpContext)?.Permissions.Contains(Moyeora.Permissions.MoyeoraPermissions.UsersManage) == true;

    public int PageCount => (int)Math.Max(1, (Result.TotalCount + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        ReportStatus? status = Enum.TryParse<ReportStatus>(Status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        Status = status?.ToString() ?? All;
        Result = await reports.GetListAsync(new GetReportsDto
        {
            Status = status,
            SkipCount = (int)Math.Min(int.MaxValue, (PageNumber - 1L) * PageSize),
            MaxResultCount = PageSize,
        }, cancellationToken);
        foreach (var report in Result.Items)
        {
            Contexts[report.Id] = await reports.GetContextAsync(report.Id, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid reportId, CancellationToken cancellationToken)
    {
        await reports.StartReviewAsync(reportId, cancellationToken);
        Status = nameof(ReportStatus.InReview); // the taken report is found under "in review"
        return Done("Reports.Reviewing");
    }

    public async Task<IActionResult> OnPostDismissAsync(Guid reportId, string? note, CancellationToken cancellationToken)
    {
        await reports.DismissAsync(reportId, new DismissReportDto { Note = note }, cancellationToken);
        return Done("Reports.Dismissed");
    }

    public async Task<IActionResult> OnPostActAsync(Guid reportId, ReportAction? action, string? note, int? lockDays, CancellationToken cancellationToken)
    {
        await reports.ActAsync(reportId, new ActOnReportDto
        {
            Action = action,
            Note = note,
            LockDays = action == ReportAction.LockUser ? lockDays : null,
        }, cancellationToken);
        return Done("Reports.Actioned");
    }

    public IEnumerable<(string Value, string Label)> Tabs(AdminText t) =>
        Enum.GetValues<ReportStatus>().Select(s => (s.ToString(), t.Enum(s))).Append((All, t["Reports.All"]));

    private RedirectResult Done(string notice)
    {
        TempData["AdminNotice"] = text[notice];
        return Redirect("/admin/reports?status=" + Uri.EscapeDataString(Status));
    }
}
