using Moyeora.Dtos;
using Moyeora.Meetups;

namespace Moyeora.Blocks;

public sealed class BlockedUserDto
{
    public UserSummaryDto User { get; set; } = new();

    public DateTime CreationTime { get; set; }
}

/// <summary>
/// Blocking (spec §2): the two are hidden from each other on the map, cannot friend or invite each other,
/// and the blocked person cannot join the blocker's meetups. Blocking ends a friendship and pending requests.
/// </summary>
public interface IBlockAppService
{
    Task BlockAsync(Guid userId, CancellationToken cancellationToken = default);

    Task UnblockAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Whom the signed-in user blocked, newest first.</summary>
    Task<PagedResultDto<BlockedUserDto>> GetListAsync(PagedRequestDto input, CancellationToken cancellationToken = default);
}
