using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moyeora.Dtos;
using Moyeora.Outbound;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>
/// The development outbox: every SMS, push and webhook message the product would have sent (with
/// <c>Outbound:Provider</c> = <c>Outbox</c>), and the deliveries that failed for good. Needs <c>Moyeora.Outbox.View</c>.
/// </summary>
[ApiController]
[Route("api/app/outbox")]
[Tags("Outbox")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed, InvalidPhoneNumber)]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded)]
[ErrorResponse(StatusCodes.Status403Forbidden, Forbidden)]
public sealed class OutboxController(IOutboxAppService service) : ControllerBase, IOutboxAppService
{
    /// <summary>Newest first; filter by channel and recipient.</summary>
    [HttpGet]
    public Task<PagedResultDto<OutboxMessageDto>> GetListAsync([FromQuery] GetOutboxMessagesDto input, CancellationToken cancellationToken = default) =>
        service.GetListAsync(input, cancellationToken);

    /// <summary>Deliveries that failed after their last retry (production gateways), newest first.</summary>
    [HttpGet("failed")]
    public Task<PagedResultDto<FailedDeliveryDto>> GetFailedAsync([FromQuery] PagedRequestDto input, CancellationToken cancellationToken = default) =>
        service.GetFailedAsync(input, cancellationToken);
}
