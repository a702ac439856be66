using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moyeora.Jobs;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>The scheduled jobs of spec §8 for the admin UI. Needs <c>Moyeora.Jobs.Manage</c>.</summary>
[ApiController]
[Route("api/app/jobs")]
[Tags("Jobs")]
[Authorize]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded)]
[ErrorResponse(StatusCodes.Status403Forbidden, Forbidden)]
public sealed class JobController(IJobAppService service) : ControllerBase, IJobAppService
{
    /// <summary>Every job with its schedule, next run and what its last run did.</summary>
    [HttpGet]
    public Task<IReadOnlyList<JobDto>> GetListAsync(CancellationToken cancellationToken = default) =>
        service.GetListAsync(cancellationToken);

    /// <summary>Runs the job now, once, on one node; answers 202 at once (the list shows the result).</summary>
    [HttpPost("{name}/trigger")]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    [ErrorResponse(StatusCodes.Status404NotFound, JobNotFound)]
    public async Task TriggerAsync(string name, CancellationToken cancellationToken = default)
    {
        await service.TriggerAsync(name, cancellationToken);
        Response.StatusCode = StatusCodes.Status202Accepted;
    }
}
