using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moyeora.Dtos;
using Moyeora.Security;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>Sign-ins, failures, lock-outs, locks, password changes and resets, token re-use, ended sessions. Needs <c>Moyeora.AuditLogs.View</c>.</summary>
[ApiController]
[Route("api/app/admin/security-logs")]
[Tags("Administration")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed)]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded, AccountDeactivated)]
[ErrorResponse(StatusCodes.Status403Forbidden, Forbidden)]
public sealed class SecurityLogController(ISecurityLogAppService service) : ControllerBase, ISecurityLogAppService
{
    /// <summary>Entries newest first; filter by person, kind and time (from inclusive, to exclusive).</summary>
    [HttpGet]
    public Task<PagedResultDto<SecurityLogEntryDto>> GetListAsync([FromQuery] GetSecurityLogsDto input, CancellationToken cancellationToken = default) =>
        service.GetListAsync(input, cancellationToken);
}
