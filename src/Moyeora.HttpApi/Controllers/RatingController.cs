using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Moyeora.Ratings;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>Trust ratings: after a confirmed meetup ends, each participant rates each other participant once, within 7 days.</summary>
[ApiController]
[Route("api/app/meetups/{meetupId:guid}/ratings")]
[Tags("Ratings")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed)]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded, AccountDeactivated)]
[ErrorResponse(StatusCodes.Status404NotFound, MeetupNotFound)]
public sealed class RatingController(IRatingAppService service) : ControllerBase, IRatingAppService
{
    /// <summary>The other participants, the caller's votes so far, and whether (and until when) votes are open.</summary>
    [HttpGet]
    public Task<RatingSheetDto> GetSheetAsync(Guid meetupId, CancellationToken cancellationToken = default) =>
        service.GetSheetAsync(meetupId, cancellationToken);

    /// <summary>Thumbs-up or thumbs-down: the person's trust moves by 1 (bounded 0–100) and they are told they were rated (not by whom).</summary>
    [HttpPost]
    [EnableRateLimiting(RateLimitPolicies.Writes)]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidRating, CannotRateSelf, NotMetInMeetup)]
    [ErrorResponse(StatusCodes.Status404NotFound, UserNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, RatingNotOpen, RatingWindowClosed, AlreadyRated, ConcurrencyConflict)]
    [ErrorResponse(StatusCodes.Status429TooManyRequests, TooManyRequests)]
    public Task<RatingSheetEntryDto> RateAsync(Guid meetupId, [FromBody] RateMemberDto input, CancellationToken cancellationToken = default) =>
        service.RateAsync(meetupId, input, cancellationToken);
}
