using Microsoft.AspNetCore.Mvc;
using Moyeora.Admin.Infrastructure;
using Moyeora.Auditing;
using Moyeora.Dtos;

namespace Moyeora.Admin.Areas.Admin.Pages.Audit;

/// <summary>The audit log: filters (actor, target, action, days of the Korean calendar), the entries, and the same selection as CSV.</summary>
public sealed class IndexModel(IAuditLogAppService auditLog) : LogPageModel<AuditLogEntryDto>
{
    [BindProperty(SupportsGet = true)]
    public Guid? ActorId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? TargetType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? TargetId { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionName { get; set; }

    public static IReadOnlyList<string> Actions { get; } = typeof(AuditActions).GetFields().Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> TargetTypes { get; } = typeof(AuditTargetTypes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await auditLog.GetListAsync(new GetAuditLogsDto
        {
            ActorId = ActorId,
            TargetType = TargetType,
            TargetId = TargetId,
            Action = ActionName,
            From = FromTime,
            To = ToTime,
            SkipCount = SkipCount,
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
            From = FromTime,
            To = ToTime,
        }, cancellationToken);
        return File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", "audit-log.csv");
    }

    public string Link(int? page = null, bool csv = false) => LinkWith("/admin/audit", page,
        new KeyValuePair<string, string?>("actorId", ActorId?.ToString()),
        new KeyValuePair<string, string?>("targetType", TargetType),
        new KeyValuePair<string, string?>("targetId", TargetId),
        new KeyValuePair<string, string?>("action", ActionName),
        new KeyValuePair<string, string?>("handler", csv ? "Csv" : null));
}
