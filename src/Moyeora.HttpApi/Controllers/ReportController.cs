using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Moyeora.Dtos;
using Moyeora.Reports;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>Reporting a person, a meetup or a chat message.</summary>
[ApiController]
[Route("api/app/reports")]
[Tags("Reports")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed)]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded, AccountDeactivated)]
public sealed class ReportController(IReportAppService service) : ControllerBase, IReportAppService
{
    /// <summary>
    /// Reports a target the caller can see, with a reason from the fixed list (text up to 1,000 characters, required for
    /// <c>other</c>). One open report per reporter and target; moderators take it from there.
    /// </summary>
    [HttpPost]
    [EnableRateLimiting(RateLimitPolicies.Reports)]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidReport, CannotReportSelf)]
    [ErrorResponse(StatusCodes.Status404NotFound, ReportTargetNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, ReportAlreadyOpen, ConcurrencyConflict)]
    [ErrorResponse(StatusCodes.Status429TooManyRequests, TooManyRequests)]
    public async Task<ReportReceiptDto> CreateAsync([FromBody] CreateReportDto input, CancellationToken cancellationToken = default)
    {
        var receipt = await service.CreateAsync(input, cancellationToken);
        Response.StatusCode = StatusCodes.Status201Created;
        return receipt;
    }
}

/// <summary>The moderators' report queue, for the admin UI. Needs <c>Moyeora.Reports.Manage</c>.</summary>
[ApiController]
[Route("api/app/moderation/reports")]
[Tags("Moderation")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed)]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded, AccountDeactivated)]
[ErrorResponse(StatusCodes.Status403Forbidden, Forbidden)]
public sealed class ReportModerationController(IReportModerationAppService service) : ControllerBase, IReportModerationAppService
{
    /// <summary>Oldest first; filter by status and target type.</summary>
    [HttpGet]
    public Task<PagedResultDto<ReportDto>> GetListAsync([FromQuery] GetReportsDto input, CancellationToken cancellationToken = default) =>
        service.GetListAsync(input, cancellationToken);

    /// <summary>One report with its target, reporter, the moderator handling it and how many other open reports concern the same target.</summary>
    [HttpGet("{id:guid}")]
    [ErrorResponse(StatusCodes.Status404NotFound, ReportNotFound)]
    public Task<ReportDto> GetAsync(Guid id, CancellationToken cancellationToken = default) => service.GetAsync(id, cancellationToken);

    /// <summary>The report's target as it is now (message, meetup or person) and the earlier reports about the same target.</summary>
    [HttpGet("{id:guid}/context")]
    [ErrorResponse(StatusCodes.Status404NotFound, ReportNotFound)]
    public Task<ReportContextDto> GetContextAsync(Guid id, CancellationToken cancellationToken = default) => service.GetContextAsync(id, cancellationToken);

    /// <summary>Takes the report: it shows as in review by you.</summary>
    [HttpPost("{id:guid}/review")]
    [ErrorResponse(StatusCodes.Status404NotFound, ReportNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, ReportAlreadyResolved, ConcurrencyConflict)]
    public Task<ReportDto> StartReviewAsync(Guid id, CancellationToken cancellationToken = default) => service.StartReviewAsync(id, cancellationToken);

    /// <summary>Closes the report without action.</summary>
    [HttpPost("{id:guid}/dismiss")]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidReport)]
    [ErrorResponse(StatusCodes.Status404NotFound, ReportNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, ReportAlreadyResolved, ConcurrencyConflict)]
    public Task<ReportDto> DismissAsync(Guid id, [FromBody] DismissReportDto input, CancellationToken cancellationToken = default) =>
        service.DismissAsync(id, input, cancellationToken);

    /// <summary>
    /// Hides the message, cancels the meetup (every member is told) or locks the person for some days (their sessions
    /// end), and resolves every open report about the same target.
    /// </summary>
    [HttpPost("{id:guid}/act")]
    [ErrorResponse(StatusCodes.Status400BadRequest, InvalidReportAction, InvalidReport)]
    [ErrorResponse(StatusCodes.Status404NotFound, ReportNotFound, ReportTargetNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, ReportAlreadyResolved, MeetupNotRecruiting, ConcurrencyConflict)]
    public Task<ReportDto> ActAsync(Guid id, [FromBody] ActOnReportDto input, CancellationToken cancellationToken = default) =>
        service.ActAsync(id, input, cancellationToken);
}
