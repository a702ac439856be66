using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moyeora.Dtos;
using Moyeora.Meetups;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>Meetup moderation for the admin area and integrators. Needs <c>Moyeora.Meetups.Moderate</c>.</summary>
[ApiController]
[Route("api/app/admin/meetups")]
[Tags("Administration")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed)]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded, AccountDeactivated)]
[ErrorResponse(StatusCodes.Status403Forbidden, Forbidden)]
public sealed class MeetupAdministrationController(IMeetupAdministrationAppService service) : ControllerBase, IMeetupAdministrationAppService
{
    /// <summary>Meetups by part of the title (or id), host (id, phone number or nickname), state, start day (Korean calendar, yyyy-MM-dd) and whether hidden; newest first.</summary>
    [HttpGet]
    public Task<PagedResultDto<MeetupAdminListItemDto>> GetListAsync([FromQuery] GetMeetupsForAdministrationDto input, CancellationToken cancellationToken = default) =>
        service.GetListAsync(input, cancellationToken);

    /// <summary>A meetup with its members, notices, chat volume and the reports about it (hidden ones too).</summary>
    [HttpGet("{id:guid}")]
    [ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound)]
    public Task<MeetupAdminDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default) => service.GetAsync(id, cancellationToken);

    /// <summary>Cancels the meetup with a reason; every member is notified.</summary>
    [HttpPost("{id:guid}/cancel")]
    [ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, MeetupNotRecruiting)]
    public Task<MeetupAdminDetailDto> CancelAsync(Guid id, [FromBody] MeetupModerationDto input, CancellationToken cancellationToken = default) =>
        service.CancelAsync(id, input, cancellationToken);

    /// <summary>Hides the meetup with a reason: gone from public lists, search, nearby and the map for everyone but its members.</summary>
    [HttpPost("{id:guid}/hide")]
    [ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound)]
    public Task<MeetupAdminDetailDto> HideAsync(Guid id, [FromBody] MeetupModerationDto input, CancellationToken cancellationToken = default) =>
        service.HideAsync(id, input, cancellationToken);

    /// <summary>Brings a hidden meetup back, with a reason.</summary>
    [HttpPost("{id:guid}/unhide")]
    [ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound)]
    public Task<MeetupAdminDetailDto> UnhideAsync(Guid id, [FromBody] MeetupModerationDto input, CancellationToken cancellationToken = default) =>
        service.UnhideAsync(id, input, cancellationToken);
}
