using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Moyeora.Chat;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>A meetup's chat room over REST (members only, messages since they joined).</summary>
[ApiController]
[Route("api/app/meetups/{meetupId:guid}/chat")]
[Tags("Chat")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed)]
[ErrorResponse(StatusCodes.Status403Forbidden, NotMeetupMember)]
[ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound)]
public sealed class ChatController(IChatAppService service) : ControllerBase, IChatAppService
{
    /// <summary>Sends a message (1–1,000 characters); stored, then delivered to every member.</summary>
    [HttpPost("messages")]
    [EnableRateLimiting(RateLimitPolicies.Chat)]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidChatMessage)]
    [ErrorResponse(StatusCodes.Status409Conflict, ChatReadOnly)]
    [ErrorResponse(StatusCodes.Status429TooManyRequests, TooManyRequests, ChatBusy)]
    public Task<ChatMessageDto> SendAsync(Guid meetupId, [FromBody] SendChatMessageDto input, CancellationToken cancellationToken = default) =>
        service.SendAsync(meetupId, input, cancellationToken);

    /// <summary>Newest first, cursor-paged with <c>beforeId</c>.</summary>
    [HttpGet("messages")]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidCursor)]
    public Task<ChatMessagePageDto> GetMessagesAsync(Guid meetupId, [FromQuery] GetChatMessagesDto input, CancellationToken cancellationToken = default) =>
        service.GetMessagesAsync(meetupId, input, cancellationToken);

    /// <summary>Moves the caller's read marker forward.</summary>
    [HttpPost("read")]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidCursor)]
    public Task<ChatUnreadCountDto> MarkReadAsync(Guid meetupId, [FromBody] MarkChatReadDto input, CancellationToken cancellationToken = default) =>
        service.MarkReadAsync(meetupId, input, cancellationToken);

    /// <summary>How many messages in the room arrived after the caller last read it.</summary>
    [HttpGet("unread-count")]
    public Task<ChatUnreadCountDto> GetUnreadCountAsync(Guid meetupId, CancellationToken cancellationToken = default) =>
        service.GetUnreadCountAsync(meetupId, cancellationToken);
}
