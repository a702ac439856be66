using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Moyeora.Dtos;

namespace Moyeora.Admin.Infrastructure;

/// <summary>
/// A log screen (audit, security): newest entries first, a page at a time, between two days of the Korean calendar (both
/// inclusive), with links that keep the page's own filters.
/// </summary>
public abstract class LogPageModel<TEntry> : PageModel
{
    public const int PageSize = 30;

    /// <summary>First day shown (Korean calendar).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Last day shown, inclusive (Korean calendar).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>The page shown, from 1 (a smaller number asked for is page 1).</summary>
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber
    {
        get => _pageNumber;
        set => _pageNumber = Math.Max(1, value);
    }

    private int _pageNumber = 1;

    public PagedResultDto<TEntry> Result { get; protected set; } = new();

    public int PageCount => (int)Math.Max(1, (Result.TotalCount + PageSize - 1) / PageSize);

    /// <summary>The start of <see cref="From"/> in UTC.</summary>
    protected DateTimeOffset? FromTime => From is { } from ? AdminText.StartOfDay(from) : null;

    /// <summary>The end of <see cref="To"/> (the start of the next day) in UTC.</summary>
    protected DateTimeOffset? ToTime => To is { } to && to < DateOnly.MaxValue ? AdminText.StartOfDay(to.AddDays(1)) : null;

    /// <summary>How many entries come before the current page.</summary>
    protected int SkipCount => (int)Math.Min(int.MaxValue, (PageNumber - 1L) * PageSize);

    /// <summary>A link to <paramref name="path"/> with the page's filters, the days and the page (empty values left out).</summary>
    protected string LinkWith(string path, int? page, params KeyValuePair<string, string?>[] filters) => path + QueryString.Create(filters.Concat(
    [
        new KeyValuePair<string, string?>("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new KeyValuePair<string, string?>("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new KeyValuePair<string, string?>("page", page?.ToString(CultureInfo.InvariantCulture)),
    ]).Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
