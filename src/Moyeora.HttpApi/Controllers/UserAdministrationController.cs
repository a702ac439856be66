using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moyeora.Users;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

[ApiController]
[Route("api/app/admin/users")]
[Tags("Administration")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed)]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded, AccountDeactivated)]
[ErrorResponse(StatusCodes.Status403Forbidden, Forbidden)]
[ErrorResponse(StatusCodes.Status404NotFound, UserNotFound)]
public sealed class UserAdministrationController(IUserAdministrationAppService service) : ControllerBase, IUserAdministrationAppService
{
    /// <summary>Lock and session state of a person (permission Moyeora.Users.Manage).</summary>
    [HttpGet("{id:guid}/security")]
    public Task<UserSecurityDto> GetSecurityAsync(Guid id, CancellationToken cancellationToken = default) => service.GetSecurityAsync(id, cancellationToken);

    /// <summary>Locks the person for some days; every session ends at once and no password reset lifts the lock.</summary>
    [HttpPost("{id:guid}/lock")]
    [ErrorResponse(StatusCodes.Status409Conflict, CannotLockSelf)]
    public Task<UserSecurityDto> LockAsync(Guid id, [FromBody] LockUserDto input, CancellationToken cancellationToken = default) =>
        service.LockAsync(id, input, cancellationToken);

    /// <summary>Lifts a moderator's lock and the wrong-password lock-out.</summary>
    [HttpPost("{id:guid}/unlock")]
    public Task<UserSecurityDto> UnlockAsync(Guid id, CancellationToken cancellationToken = default) => service.UnlockAsync(id, cancellationToken);

    /// <summary>Ends every session of the person: refresh tokens, access tokens (on every node within seconds) and the live connection.</summary>
    [HttpPost("{id:guid}/end-sessions")]
    public Task<UserSecurityDto> EndSessionsAsync(Guid id, CancellationToken cancellationToken = default) => service.EndSessionsAsync(id, cancellationToken);
}
