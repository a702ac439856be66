namespace Moyeora.Dtos;

/// <summary>The page a request asks for, made safe: no negative skip, 1 to <see cref="PagedRequestDto.MaxPageSize"/> items.</summary>
public static class PagingExtensions
{
    public static int Skip(this PagedRequestDto input) => Math.Max(0, input.SkipCount);

    public static int Take(this PagedRequestDto input) => Math.Clamp(input.MaxResultCount, 1, PagedRequestDto.MaxPageSize);
}
