using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moyeora.Dtos;
using Moyeora.Notifications;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>The signed-in user's in-app notifications (also pushed live on /hubs/live as <c>notification</c>).</summary>
[ApiController]
[Route("api/app/notifications")]
[Tags("Notifications")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed)]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded, AccountDeactivated)]
public sealed class NotificationController(INotificationAppService service) : ControllerBase, INotificationAppService
{
    /// <summary>Newest first.</summary>
    [HttpGet]
    public Task<PagedResultDto<NotificationDto>> GetListAsync([FromQuery] PagedRequestDto input, CancellationToken cancellationToken = default) =>
        service.GetListAsync(input, cancellationToken);

    /// <summary>How many of the caller's notifications are unread.</summary>
    [HttpGet("unread-count")]
    public Task<NotificationUnreadCountDto> GetUnreadCountAsync(CancellationToken cancellationToken = default) =>
        service.GetUnreadCountAsync(cancellationToken);

    /// <summary>Marks one of one's own notifications read; answers the new unread count.</summary>
    [HttpPost("{id:guid}/read")]
    [ErrorResponse(StatusCodes.Status404NotFound, NotificationNotFound)]
    public Task<NotificationUnreadCountDto> MarkReadAsync(Guid id, CancellationToken cancellationToken = default) =>
        service.MarkReadAsync(id, cancellationToken);

    /// <summary>Marks every notification of the caller read.</summary>
    [HttpPost("read-all")]
    public Task<NotificationUnreadCountDto> MarkAllReadAsync(CancellationToken cancellationToken = default) =>
        service.MarkAllReadAsync(cancellationToken);
}
