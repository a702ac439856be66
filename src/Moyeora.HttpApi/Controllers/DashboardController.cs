using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moyeora.Administration;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

[ApiController]
[Route("api/app/admin/dashboard")]
[Tags("Administration")]
[Authorize]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded, AccountDeactivated)]
[ErrorResponse(StatusCodes.Status403Forbidden, Forbidden)]
public sealed class DashboardController(IDashboardAppService service) : ControllerBase, IDashboardAppService
{
    /// <summary>
    /// Live figures (people, live connections on the answering node, recruiting meetups and those starting today, open
    /// reports, failing jobs) and sign-ups, meetups created, chat messages and reports per day for the last 30 days, by the
    /// Korean calendar (permission Moyeora.Dashboard.View).
    /// </summary>
    [HttpGet]
    public Task<DashboardDto> GetAsync(CancellationToken cancellationToken = default) => service.GetAsync(cancellationToken);
}
