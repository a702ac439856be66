using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Dtos;
using Moyeora.Meetups;

namespace Moyeora.Admin.Areas.Admin.Pages.Meetups;

public sealed class IndexModel(IMeetupAdministrationAppService meetups) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Host { get; set; }

    [BindProperty(SupportsGet = true)]
    public MeetupStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    /// <summary>"hidden", "visible" or empty (both).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Visibility { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedResultDto<MeetupAdminListItemDto> Result { get; private set; } = new();

    public int PageCount => (int)Math.Max(1, (Result.TotalCount + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Result = await meetups.GetListAsync(new GetMeetupsForAdministrationDto
        {
            Filter = Filter,
            Host = Host,
            Status = Status,
            Date = Date,
            Hidden = Visibility switch { "hidden" => true, "visible" => false, _ => null },
            SkipCount = (int)Math.Min(int.MaxValue, (PageNumber - 1L) * PageSize),
            MaxResultCount = PageSize,
        }, cancellationToken);
    }

    public string PageUrl(int page) => "/admin/meetups" + QueryString.Create(
    [
        new KeyValuePair<string, string?>("filter", Filter),
        new KeyValuePair<string, string?>("host", Host),
        new KeyValuePair<string, string?>("status", Status?.ToString()),
        new KeyValuePair<string, string?>("date", Date),
        new KeyValuePair<string, string?>("visibility", Visibility),
        new KeyValuePair<string, string?>("page", page.ToString(CultureInfo.InvariantCulture)),
    ]).ToUriComponent();
}
