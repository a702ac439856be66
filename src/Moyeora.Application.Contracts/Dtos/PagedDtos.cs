using System.ComponentModel.DataAnnotations;

namespace Moyeora.Dtos;

public class PagedRequestDto
{
    public const int MaxPageSize = 100;

    [Range(0, int.MaxValue)]
    public int SkipCount { get; set; }

    [Range(1, MaxPageSize)]
    public int MaxResultCount { get; set; } = 20;
}

public sealed class PagedResultDto<T>
{
    public PagedResultDto()
    {
    }

    public PagedResultDto(IReadOnlyList<T> items, long totalCount)
    {
        Items = items;
        TotalCount = totalCount;
    }

    public IReadOnlyList<T> Items { get; set; } = [];

    public long TotalCount { get; set; }
}
