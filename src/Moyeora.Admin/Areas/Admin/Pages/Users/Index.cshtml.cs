using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Dtos;
using Moyeora.Users;

namespace Moyeora.Admin.Areas.Admin.Pages.Users;

public sealed class IndexModel(IUserAdministrationAppService users) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true)]
    public UserStateFilter? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedResultDto<UserListItemDto> Result { get; private set; } = new();

    public int PageCount => (int)Math.Max(1, (Result.TotalCount + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Result = await users.GetListAsync(new GetUsersDto
        {
            Filter = Filter,
            State = State,
            SkipCount = (int)Math.Min(int.MaxValue, (PageNumber - 1L) * PageSize),
            MaxResultCount = PageSize,
        }, cancellationToken);
    }

    public string PageUrl(int page) => "/admin/users" + QueryString.Create(
    [
        new KeyValuePair<string, string?>("filter", Filter),
        new KeyValuePair<string, string?>("state", State?.ToString()),
        new KeyValuePair<string, string?>("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ]).ToUriComponent();
}
