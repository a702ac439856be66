using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moyeora.Settings;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>Operational settings changed at run time (rate limits, lock-out policy, default radius). Needs <c>Moyeora.Settings.Manage</c>.</summary>
[ApiController]
[Route("api/app/admin/settings")]
[Tags("Administration")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed)]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded, AccountDeactivated)]
[ErrorResponse(StatusCodes.Status403Forbidden, Forbidden)]
public sealed class SettingsController(ISettingsAppService service) : ControllerBase, ISettingsAppService
{
    /// <summary>The settings in force, and whether they were saved or still come from the configuration.</summary>
    [HttpGet]
    public Task<OperationalSettingsDto> GetAsync(CancellationToken cancellationToken = default) => service.GetAsync(cancellationToken);

    /// <summary>Validates (a field error per wrong value) and stores every value; every node applies them within seconds.</summary>
    [HttpPut]
    [ErrorResponse(StatusCodes.Status409Conflict, ConcurrencyConflict)]
    public Task<OperationalSettingsDto> UpdateAsync([FromBody] UpdateOperationalSettingsDto input, CancellationToken cancellationToken = default) =>
        service.UpdateAsync(input, cancellationToken);
}
