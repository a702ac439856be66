using System.ComponentModel.DataAnnotations;
using Moyeora.Dtos;
using Moyeora.Meetups;

namespace Moyeora.Friends;

public sealed class SendFriendRequestDto
{
    [Required]
    public Guid? UserId { get; set; }
}

public sealed class FriendDto
{
    public UserSummaryDto User { get; set; } = new();

    public DateTime Since { get; set; }
}

/// <summary>
/// A pending friend request. The recipient sees who asked (the sender revealed themselves by asking); the sender
/// sees of the recipient only the stranger card until the request is accepted, never a nickname or a photo.
/// </summary>
public sealed class FriendRequestDto
{
    public Guid Id { get; set; }

    /// <summary>The other person: the sender of an incoming request, the recipient of an outgoing one.</summary>
    public Guid UserId { get; set; }

    /// <summary>Incoming requests only: the sender's nickname, profile image and rating. Null on outgoing requests.</summary>
    public UserSummaryDto? User { get; set; }

    /// <summary>Outgoing requests only: what the stranger card shows of the recipient. Null on incoming requests.</summary>
    public StrangerCardDto? Recipient { get; set; }

    public DateTime CreationTime { get; set; }
}

/// <summary>What anyone may see of a stranger (spec §2): trust rating, status message and a last-seen bucket.</summary>
public sealed class StrangerCardDto
{
    public int Rating { get; set; }

    public string? StatusMessage { get; set; }

    /// <summary>Null when the person never reported a visible position.</summary>
    public Moyeora.Locations.LastSeenBucket? LastSeen { get; set; }
}

/// <summary>Answer to a friend request: pending, or friends at once when the other person had already asked.</summary>
public sealed class FriendRequestResultDto
{
    public bool Friends { get; set; }

    public FriendRequestDto? Request { get; set; }
}

/// <summary>The signed-in user's friends and friend requests (spec §2).</summary>
public interface IFriendAppService
{
    Task<FriendRequestResultDto> SendRequestAsync(SendFriendRequestDto input, CancellationToken cancellationToken = default);

    /// <summary>Recipient only.</summary>
    Task AcceptAsync(Guid requestId, CancellationToken cancellationToken = default);

    /// <summary>Recipient only.</summary>
    Task DeclineAsync(Guid requestId, CancellationToken cancellationToken = default);

    /// <summary>Sender only.</summary>
    Task CancelAsync(Guid requestId, CancellationToken cancellationToken = default);

    Task RemoveAsync(Guid friendId, CancellationToken cancellationToken = default);

    Task<PagedResultDto<FriendDto>> GetFriendsAsync(PagedRequestDto input, CancellationToken cancellationToken = default);

    Task<PagedResultDto<FriendRequestDto>> GetIncomingAsync(PagedRequestDto input, CancellationToken cancellationToken = default);

    Task<PagedResultDto<FriendRequestDto>> GetOutgoingAsync(PagedRequestDto input, CancellationToken cancellationToken = default);
}
