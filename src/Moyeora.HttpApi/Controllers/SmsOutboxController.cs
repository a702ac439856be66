using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moyeora.Dtos;
using Moyeora.Sms;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>The development SMS outbox (what would have been sent). Needs <c>Moyeora.Sms.ViewOutbox</c>.</summary>
[ApiController]
[Route("api/app/sms-outbox")]
[Tags("SmsOutbox")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed, InvalidPhoneNumber)]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn)]
[ErrorResponse(StatusCodes.Status403Forbidden, Forbidden)]
public sealed class SmsOutboxController(ISmsOutboxAppService service) : ControllerBase, ISmsOutboxAppService
{
    /// <summary>Newest first.</summary>
    [HttpGet]
    public Task<PagedResultDto<SmsMessageDto>> GetListAsync([FromQuery] GetSmsMessagesDto input, CancellationToken cancellationToken = default) =>
        service.GetListAsync(input, cancellationToken);
}
