using Microsoft.AspNetCore.Mvc;
using Moyeora.Admin.Infrastructure;
using Moyeora.Dtos;
using Moyeora.Security;

namespace Moyeora.Admin.Areas.Admin.Pages.Security;

/// <summary>The security log of every account, filtered by person, kind and days of the Korean calendar.</summary>
public sealed class IndexModel(ISecurityLogAppService securityLog) : LogPageModel<SecurityLogEntryDto>
{
    [BindProperty(SupportsGet = true)]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public SecurityLogKind? Kind { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await securityLog.GetListAsync(new GetSecurityLogsDto
        {
            UserId = UserId,
            Kind = Kind is { } kind && Enum.IsDefined(kind) ? kind : null,
            From = FromTime,
            To = ToTime,
            SkipCount = SkipCount,
            MaxResultCount = PageSize,
        }, cancellationToken);
    }

    public string Link(int page) => LinkWith("/admin/security", page,
        new KeyValuePair<string, string?>("userId", UserId?.ToString()),
        new KeyValuePair<string, string?>("kind", Kind?.ToString()));
}
