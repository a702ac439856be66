using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Moyeora.People;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>Other people: the profile card by relationship, and finding someone by exact nickname or phone number.</summary>
[ApiController]
[Route("api/app/people")]
[Tags("People")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed)]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded, AccountDeactivated)]
public sealed class PeopleController(IPeopleAppService service) : ControllerBase, IPeopleAppService
{
    /// <summary>
    /// What you may see of someone: strangers show rating, status message and last seen; friends and co-members add
    /// nickname, profile image and interests; co-members add shared meetups and whether you are friends.
    /// Blocked (either way), deleted and unknown people are all 404.
    /// </summary>
    [HttpGet("{userId:guid}")]
    [ErrorResponse(StatusCodes.Status404NotFound, UserNotFound)]
    public Task<PersonProfileDto> GetAsync(Guid userId, CancellationToken cancellationToken = default) => service.GetAsync(userId, cancellationToken);

    /// <summary>Finds one person by exact nickname (any case) or exact phone number (any accepted format); give exactly one.</summary>
    [HttpGet("search")]
    [EnableRateLimiting(RateLimitPolicies.PeopleSearch)]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidUserSearch)]
    [ErrorResponse(StatusCodes.Status404NotFound, UserNotFound)]
    [ErrorResponse(StatusCodes.Status429TooManyRequests, TooManyRequests)]
    public Task<PersonProfileDto> SearchAsync([FromQuery] SearchPeopleDto input, CancellationToken cancellationToken = default) =>
        service.SearchAsync(input, cancellationToken);
}
