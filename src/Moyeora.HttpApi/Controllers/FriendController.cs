using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moyeora.Dtos;
using Moyeora.Friends;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>The signed-in user's friends and friend requests.</summary>
[ApiController]
[Route("api/app/friends")]
[Tags("Friends")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed)]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded, AccountDeactivated)]
public sealed class FriendController(IFriendAppService service) : ControllerBase, IFriendAppService
{
    /// <summary>Sends a request; if the other person had already asked, you are friends at once.</summary>
    [HttpPost("requests")]
    [ErrorResponse(StatusCodes.Status400BadRequest, CannotFriendSelf)]
    [ErrorResponse(StatusCodes.Status404NotFound, UserNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, AlreadyFriends, FriendRequestAlreadySent, ConcurrencyConflict)]
    public Task<FriendRequestResultDto> SendRequestAsync([FromBody] SendFriendRequestDto input, CancellationToken cancellationToken = default) =>
        service.SendRequestAsync(input, cancellationToken);

    /// <summary>Accepts a friend request sent to the caller; both become friends at once.</summary>
    [HttpPost("requests/{requestId:guid}/accept")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ErrorResponse(StatusCodes.Status404NotFound, FriendRequestNotFound)]
    public async Task AcceptAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        await service.AcceptAsync(requestId, cancellationToken);
        Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>Declines a friend request sent to the caller.</summary>
    [HttpPost("requests/{requestId:guid}/decline")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ErrorResponse(StatusCodes.Status404NotFound, FriendRequestNotFound)]
    public async Task DeclineAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        await service.DeclineAsync(requestId, cancellationToken);
        Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>Withdraws a friend request the caller sent.</summary>
    [HttpDelete("requests/{requestId:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ErrorResponse(StatusCodes.Status404NotFound, FriendRequestNotFound)]
    public async Task CancelAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        await service.CancelAsync(requestId, cancellationToken);
        Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>Ends a friendship, for both people.</summary>
    [HttpDelete("{friendId:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ErrorResponse(StatusCodes.Status404NotFound, NotFriends)]
    public async Task RemoveAsync(Guid friendId, CancellationToken cancellationToken = default)
    {
        await service.RemoveAsync(friendId, cancellationToken);
        Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>Newest friendship first.</summary>
    [HttpGet]
    public Task<PagedResultDto<FriendDto>> GetFriendsAsync([FromQuery] PagedRequestDto input, CancellationToken cancellationToken = default) =>
        service.GetFriendsAsync(input, cancellationToken);

    /// <summary>Friend requests sent to the caller, newest first, with who asked.</summary>
    [HttpGet("requests/incoming")]
    public Task<PagedResultDto<FriendRequestDto>> GetIncomingAsync([FromQuery] PagedRequestDto input, CancellationToken cancellationToken = default) =>
        service.GetIncomingAsync(input, cancellationToken);

    /// <summary>Friend requests the caller sent, newest first; each recipient shows only as a stranger card until they accept.</summary>
    [HttpGet("requests/outgoing")]
    public Task<PagedResultDto<FriendRequestDto>> GetOutgoingAsync([FromQuery] PagedRequestDto input, CancellationToken cancellationToken = default) =>
        service.GetOutgoingAsync(input, cancellationToken);
}
