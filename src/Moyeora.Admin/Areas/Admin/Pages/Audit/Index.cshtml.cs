using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Admin.Infrastructure;
using Moyeora.Auditing;
using Moyeora.Dtos;

namespace Moyeora.Admin.Areas.Admin.Pages.Audit;

/// <summary>The audit log: filters (actor, target, action, days of the Korean calendar), the entries, and the same selection as CSV.</summary>
public sealed class IndexModel(IAuditLogAppService auditLog) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public Guid? ActorId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? TargetType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? TargetId { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionName { get; set; }

    /// <summary>First day shown (Korean calendar).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Last day shown, inclusive (Korean calendar).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedResultDto<AuditLogEntryDto> Result { get; private set; } = new();

    public int PageCount => (int)Math.Max(1, (Result.TotalCount + PageSize - 1) / PageSize);

    public static IReadOnlyList<string> Actions { get; } = typeof(AuditActions).GetFields().Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> TargetTypes { get; } = typeof(AuditTargetTypes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Result = await auditLog.GetListAsync(new GetAuditLogsDto
        {
            ActorId = ActorId,
            TargetType = TargetType,
            TargetId = TargetId,
            Action = ActionName,
            From = From is { } from ? AdminText.StartOfDay(from) : null,
            To = To is { } to && to < DateOnly.MaxValue ? AdminText.StartOfDay(to.AddDays(1)) : null,
            SkipCount = (int)Math.Min(int.MaxValue, (PageNumber - 1L) * PageSize),
            MaxResultCount = PageSize,
        }, cancellationToken);
    }

    /// <summary>The selection as a CSV file, from the same application service as the REST export.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var csv = await auditLog.ExportCsvAsync(new ExportAuditLogsDto
        {
            ActorId = ActorId,
            TargetType = TargetType,
            TargetId = TargetId,
            Action = ActionName,
            From = From is { } from ? AdminText.StartOfDay(from) : null,
            To = To is { } to && to < DateOnly.MaxValue ? AdminText.StartOfDay(to.AddDays(1)) : null,
        }, cancellationToken);
        return File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", "audit-log.csv");
    }

    public string Link(int? page = null, bool csv = false) => "/admin/audit" + QueryString.Create(new KeyValuePair<string, string?>[]
    {
        new KeyValuePair<string, string?>("actorId", ActorId?.ToString()),
        new KeyValuePair<string, string?>("targetType", TargetType),
        new KeyValuePair<string, string?>("targetId", TargetId),
        new KeyValuePair<string, string?>("action", ActionName),
        new KeyValuePair<string, string?>("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new KeyValuePair<string, string?>("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new KeyValuePair<string, string?>("page", page?.ToString(CultureInfo.InvariantCulture)),
        new KeyValuePair<string, string?>("handler", csv ? "Csv" : null),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
