using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Dtos;
using Moyeora.Outbound;

namespace Moyeora.Admin.Areas.Admin.Pages.Outbox;

/// <summary>Deliveries that failed for good (production), and the messages the development outbox recorded instead of sending.</summary>
public sealed class IndexModel(IOutboxAppService outbox) : PageModel
{
    public const int PageSize = 30;
    public const int FailedShown = 50;

    [BindProperty(SupportsGet = true)]
    public OutboundChannel? Channel { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedResultDto<FailedDeliveryDto> Failed { get; private set; } = new();

    public PagedResultDto<OutboxMessageDto> Recorded { get; private set; } = new();

    public int PageCount => (int)Math.Max(1, (Recorded.TotalCount + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Failed = await outbox.GetFailedAsync(new PagedRequestDto { MaxResultCount = FailedShown }, cancellationToken);
        Recorded = await outbox.GetListAsync(new GetOutboxMessagesDto
        {
            Channel = Channel is { } channel && Enum.IsDefined(channel) ? channel : null,
            SkipCount = (int)Math.Min(int.MaxValue, (PageNumber - 1L) * PageSize),
            MaxResultCount = PageSize,
        }, cancellationToken);
    }

    public string Link(int page) => "/admin/outbox" + QueryString.Create(new KeyValuePair<string, string?>[]
    {
        new KeyValuePair<string, string?>("channel", Channel?.ToString()),
        new KeyValuePair<string, string?>("page", page.ToString(CultureInfo.InvariantCulture)),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
