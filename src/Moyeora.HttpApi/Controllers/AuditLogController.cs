using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moyeora.Auditing;
using Moyeora.Dtos;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>The append-only audit log of administrative and moderation actions. Needs <c>Moyeora.AuditLogs.View</c>.</summary>
[ApiController]
[Route("api/app/admin/audit-logs")]
[Tags("Administration")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed)]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded, AccountDeactivated)]
[ErrorResponse(StatusCodes.Status403Forbidden, Forbidden)]
public sealed class AuditLogController(IAuditLogAppService service) : ControllerBase, IAuditLogAppService
{
    /// <summary>Entries newest first; filter by actor, target type and id, action and time (from inclusive, to exclusive).</summary>
    [HttpGet]
    public Task<PagedResultDto<AuditLogEntryDto>> GetListAsync([FromQuery] GetAuditLogsDto input, CancellationToken cancellationToken = default) =>
        service.GetListAsync(input, cancellationToken);

    /// <summary>
    /// The filtered entries as a CSV file (UTF-8 with a byte order mark, newest first, at most 10,000 rows); cells a
    /// spreadsheet would run as formulas are prefixed with an apostrophe.
    /// </summary>
    [HttpGet("csv")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/csv")]
    public async Task<IActionResult> ExportCsvAsync([FromQuery] ExportAuditLogsDto input, CancellationToken cancellationToken = default)
    {
        var csv = await service.ExportCsvAsync(input, cancellationToken);
        // The byte order mark makes spreadsheets read the Korean as UTF-8.
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", "audit-log.csv");
    }

    Task<string> IAuditLogAppService.ExportCsvAsync(ExportAuditLogsDto input, CancellationToken cancellationToken) =>
        service.ExportCsvAsync(input, cancellationToken);
}
