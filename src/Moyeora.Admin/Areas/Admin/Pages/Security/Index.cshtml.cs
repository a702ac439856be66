using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Admin.Infrastructure;
using Moyeora.Dtos;
using Moyeora.Security;

namespace Moyeora.Admin.Areas.Admin.Pages.Security;

/// <summary>The security log of every account, filtered by person, kind and days of the Korean calendar.</summary>
public sealed class IndexModel(ISecurityLogAppService securityLog) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public SecurityLogKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedResultDto<SecurityLogEntryDto> Result { get; private set; } = new();

    public int PageCount => (int)Math.Max(1, (Result.TotalCount + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Result = await securityLog.GetListAsync(new GetSecurityLogsDto
        {
            UserId = UserId,
            Kind = Kind is { } kind && Enum.IsDefined(kind) ? kind : null,
            From = From is { } from ? AdminText.StartOfDay(from) : null,
            To = To is { } to && to < DateOnly.MaxValue ? AdminText.StartOfDay(to.AddDays(1)) : null,
            SkipCount = (int)Math.Min(int.MaxValue, (PageNumber - 1L) * PageSize),
            MaxResultCount = PageSize,
        }, cancellationToken);
    }

    public string Link(int page) => "/admin/security" + QueryString.Create(new KeyValuePair<string, string?>[]
    {
        new KeyValuePair<string, string?>("userId", UserId?.ToString()),
        new KeyValuePair<string, string?>("kind", Kind?.ToString()),
        new KeyValuePair<string, string?>("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new KeyValuePair<string, string?>("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new KeyValuePair<string, string?>("page", page.ToString(CultureInfo.InvariantCulture)),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
