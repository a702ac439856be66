using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Moyeora.Dtos;
using Moyeora.Meetups;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>Meetups: create, discover, join, confirm, invite, notices (product spec §3).</summary>
[ApiController]
[Route("api/app/meetups")]
[Tags("Meetups")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed)]
public sealed class MeetupController(IMeetupAppService service) : ControllerBase, IMeetupAppService
{
    /// <summary>Creates a meetup; the caller becomes its host and first member.</summary>
    [HttpPost]
    [EnableRateLimiting(RateLimitPolicies.Writes)]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidMeetupTitle, InvalidMeetupDescription, InvalidMeetupImageUrl, InvalidMeetupCapacity, InvalidMeetupTime, InvalidMeetupLocation, InvalidMeetupTags, InvalidMeetupText, TimeZoneOffsetRequired)]
    [ErrorResponse(StatusCodes.Status429TooManyRequests, TooManyRequests)]
    public Task<MeetupDto> CreateAsync([FromBody] CreateMeetupDto input, CancellationToken cancellationToken = default) =>
        service.CreateAsync(input, cancellationToken);

    /// <summary>Host only; not once confirmed; capacity never below the member count.</summary>
    [HttpPut("{id:guid}")]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidMeetupTitle, InvalidMeetupTime, InvalidMeetupLocation, InvalidMeetupTags, InvalidMeetupCapacity, CapacityBelowMemberCount, TimeZoneOffsetRequired)]
    [ErrorResponse(StatusCodes.Status403Forbidden, NotMeetupHost)]
    [ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, MeetupConfirmed, MeetupNotRecruiting, ConcurrencyConflict)]
    public Task<MeetupDto> UpdateAsync(Guid id, [FromBody] UpdateMeetupDto input, CancellationToken cancellationToken = default) =>
        service.UpdateAsync(id, input, cancellationToken);

    /// <summary>Host only, while alone in the meetup (otherwise cancel it).</summary>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ErrorResponse(StatusCodes.Status403Forbidden, NotMeetupHost)]
    [ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, MeetupHasMembers)]
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await service.DeleteAsync(id, cancellationToken);
        Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>Host only; every member is told.</summary>
    [HttpPost("{id:guid}/cancel")]
    [ErrorResponse(StatusCodes.Status403Forbidden, NotMeetupHost)]
    [ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, MeetupNotRecruiting)]
    public Task<MeetupDto> CancelAsync(Guid id, [FromBody] CancelMeetupDto input, CancellationToken cancellationToken = default) =>
        service.CancelAsync(id, input, cancellationToken);

    /// <summary>Detail with the host; members also see the member list and the pinned notice.</summary>
    [HttpGet("{id:guid}")]
    [AllowAnonymous]
    [ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound)]
    public Task<MeetupDto> GetAsync(Guid id, CancellationToken cancellationToken = default) => service.GetAsync(id, cancellationToken);

    /// <summary>Recruiting meetups, soonest start first (then newest).</summary>
    [HttpGet("recruiting")]
    [AllowAnonymous]
    public Task<PagedResultDto<MeetupListItemDto>> GetRecruitingListAsync([FromQuery] PagedRequestDto input, CancellationToken cancellationToken = default) =>
        service.GetRecruitingListAsync(input, cancellationToken);

    /// <summary>Recruiting in-person meetups within a radius (metres) of a point, nearest first.</summary>
    [HttpGet("nearby")]
    [AllowAnonymous]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidSearch)]
    public Task<PagedResultDto<MeetupListItemDto>> GetNearbyAsync([FromQuery] GetNearbyMeetupsDto input, CancellationToken cancellationToken = default) =>
        service.GetNearbyAsync(input, cancellationToken);

    /// <summary>Map markers inside a bounding box (west &gt; east crosses the antimeridian).</summary>
    [HttpGet("markers")]
    [AllowAnonymous]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidSearch)]
    public Task<IReadOnlyList<MeetupMarkerDto>> GetMarkersAsync([FromQuery] GetMeetupMarkersDto input, CancellationToken cancellationToken = default) =>
        service.GetMarkersAsync(input, cancellationToken);

    /// <summary>Meetups the caller is a member of, with confirmation and unread counts.</summary>
    [HttpGet("mine")]
    public Task<PagedResultDto<MyMeetupDto>> GetMineAsync([FromQuery] PagedRequestDto input, CancellationToken cancellationToken = default) =>
        service.GetMineAsync(input, cancellationToken);

    /// <summary>Meetups the caller hosts that are still recruiting.</summary>
    [HttpGet("hosting")]
    public Task<PagedResultDto<MeetupListItemDto>> GetHostingAsync([FromQuery] PagedRequestDto input, CancellationToken cancellationToken = default) =>
        service.GetHostingAsync(input, cancellationToken);

    /// <summary>Recruiting meetups by keyword (title or tag, case-insensitive) and/or calendar day in a time zone.</summary>
    [HttpGet("search")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Search)]
    [ErrorResponse(StatusCodes.Status429TooManyRequests, TooManyRequests)]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidSearch, InvalidTimeZone)]
    public Task<PagedResultDto<MeetupListItemDto>> SearchAsync([FromQuery] SearchMeetupsDto input, CancellationToken cancellationToken = default) =>
        service.SearchAsync(input, cancellationToken);

    /// <summary>The same search among the caller's own meetups (any state).</summary>
    [HttpGet("mine/search")]
    [EnableRateLimiting(RateLimitPolicies.Search)]
    [ErrorResponse(StatusCodes.Status429TooManyRequests, TooManyRequests)]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidSearch, InvalidTimeZone)]
    public Task<PagedResultDto<MeetupListItemDto>> SearchMineAsync([FromQuery] SearchMeetupsDto input, CancellationToken cancellationToken = default) =>
        service.SearchMineAsync(input, cancellationToken);

    /// <summary>Joins a recruiting meetup. Capacity is enforced by the database: a full meetup answers 409 MeetupFull.</summary>
    [HttpPost("{id:guid}/join")]
    [EnableRateLimiting(RateLimitPolicies.Writes)]
    [ErrorResponse(StatusCodes.Status403Forbidden, KickedFromMeetup)]
    [ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, MeetupFull, MeetupNotRecruiting, MeetupAlreadyStarted, MeetupConfirmed, AlreadyMember, ConcurrencyConflict)]
    [ErrorResponse(StatusCodes.Status429TooManyRequests, TooManyRequests)]
    public Task<MeetupDto> JoinAsync(Guid id, CancellationToken cancellationToken = default) => service.JoinAsync(id, cancellationToken);

    /// <summary>Members only, not once confirmed; the host hands over first.</summary>
    [HttpPost("{id:guid}/leave")]
    [EnableRateLimiting(RateLimitPolicies.Writes)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ErrorResponse(StatusCodes.Status403Forbidden, NotMeetupMember)]
    [ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, HostCannotLeave, MeetupConfirmed, MeetupNotRecruiting)]
    public async Task LeaveAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await service.LeaveAsync(id, cancellationToken);
        Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>"확정": each member once; the host last and not alone, which confirms the meetup.</summary>
    [HttpPost("{id:guid}/confirm")]
    [ErrorResponse(StatusCodes.Status403Forbidden, NotMeetupMember)]
    [ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, AlreadyConfirmed, HostMustConfirmLast, MeetupHostAlone, MeetupConfirmed, MeetupNotRecruiting)]
    public Task<MeetupDto> ConfirmAsync(Guid id, CancellationToken cancellationToken = default) => service.ConfirmAsync(id, cancellationToken);

    /// <summary>The host hands the host role to another member.</summary>
    [HttpPost("{id:guid}/hand-over")]
    [ErrorResponse(StatusCodes.Status403Forbidden, NotMeetupHost, NotMeetupMember)]
    [ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound)]
    public Task<MeetupDto> HandOverAsync(Guid id, [FromBody] HandOverMeetupDto input, CancellationToken cancellationToken = default) =>
        service.HandOverAsync(id, input, cancellationToken);

    /// <summary>Host only; the user cannot rejoin unless invited again.</summary>
    [HttpPost("{id:guid}/members/{userId:guid}/kick")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ErrorResponse(StatusCodes.Status400BadRequest, CannotKickSelf)]
    [ErrorResponse(StatusCodes.Status403Forbidden, NotMeetupHost, NotMeetupMember)]
    [ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, MeetupConfirmed, MeetupNotRecruiting)]
    public async Task KickAsync(Guid id, Guid userId, CancellationToken cancellationToken = default)
    {
        await service.KickAsync(id, userId, cancellationToken);
        Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>Host only: invites a user (not a member, no pending duplicate, meetup recruiting and not full).</summary>
    [HttpPost("{id:guid}/invitations")]
    [EnableRateLimiting(RateLimitPolicies.Writes)]
    [ErrorResponse(StatusCodes.Status400BadRequest, CannotInviteSelf)]
    [ErrorResponse(StatusCodes.Status403Forbidden, NotMeetupHost)]
    [ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound, UserNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, AlreadyInvited, AlreadyMember, MeetupFull, MeetupNotRecruiting, MeetupAlreadyStarted)]
    public Task<MeetupInvitationDto> InviteAsync(Guid id, [FromBody] InviteToMeetupDto input, CancellationToken cancellationToken = default) =>
        service.InviteAsync(id, input, cancellationToken);

    /// <summary>Pending invitations the caller received, newest first.</summary>
    [HttpGet("invitations")]
    public Task<PagedResultDto<ReceivedInvitationDto>> GetInvitationsAsync([FromQuery] PagedRequestDto input, CancellationToken cancellationToken = default) =>
        service.GetInvitationsAsync(input, cancellationToken);

    /// <summary>Joins the meetup if still possible (an invitation lifts an earlier kick).</summary>
    [HttpPost("invitations/{invitationId:guid}/accept")]
    [ErrorResponse(StatusCodes.Status404NotFound, InvitationNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, InvitationNotPending, MeetupFull, MeetupNotRecruiting, MeetupAlreadyStarted, AlreadyMember)]
    public Task<MeetupDto> AcceptInvitationAsync(Guid invitationId, CancellationToken cancellationToken = default) =>
        service.AcceptInvitationAsync(invitationId, cancellationToken);

    /// <summary>Declines an invitation to a meetup; the host is told.</summary>
    [HttpPost("invitations/{invitationId:guid}/decline")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ErrorResponse(StatusCodes.Status404NotFound, InvitationNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, InvitationNotPending)]
    public async Task DeclineInvitationAsync(Guid invitationId, CancellationToken cancellationToken = default)
    {
        await service.DeclineInvitationAsync(invitationId, cancellationToken);
        Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>Host only; the newest notice is pinned in the chat room.</summary>
    [HttpPost("{id:guid}/notices")]
    [EnableRateLimiting(RateLimitPolicies.Writes)]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidMeetupText)]
    [ErrorResponse(StatusCodes.Status403Forbidden, NotMeetupHost)]
    [ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound)]
    public Task<MeetupNoticeDto> PostNoticeAsync(Guid id, [FromBody] PostMeetupNoticeDto input, CancellationToken cancellationToken = default) =>
        service.PostNoticeAsync(id, input, cancellationToken);

    /// <summary>Members only, newest first.</summary>
    [HttpGet("{id:guid}/notices")]
    [ErrorResponse(StatusCodes.Status403Forbidden, NotMeetupMember)]
    [ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound)]
    public Task<PagedResultDto<MeetupNoticeDto>> GetNoticesAsync(Guid id, [FromQuery] PagedRequestDto input, CancellationToken cancellationToken = default) =>
        service.GetNoticesAsync(id, input, cancellationToken);
}
