using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moyeora.Dtos;
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
    /// <summary>People by phone number (exact), account id or part of the nickname, and by state; newest accounts first (permission Moyeora.Users.Manage).</summary>
    [HttpGet]
    public Task<PagedResultDto<UserListItemDto>> GetListAsync([FromQuery] GetUsersDto input, CancellationToken cancellationToken = default) =>
        service.GetListAsync(input, cancellationToken);

    /// <summary>A person's profile, trust, roles, lock state, newest meetups and the reports about and by them (permission Moyeora.Users.Manage).</summary>
    [HttpGet("{id:guid}")]
    public Task<UserDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default) => service.GetAsync(id, cancellationToken);

    /// <summary>Lock and session state of a person (permission Moyeora.Users.Manage).</summary>
    [HttpGet("{id:guid}/security")]
    public Task<UserSecurityDto> GetSecurityAsync(Guid id, CancellationToken cancellationToken = default) => service.GetSecurityAsync(id, cancellationToken);

    /// <summary>Locks the person for some days; every session ends at once and no password reset lifts the lock.</summary>
    [HttpPost("{id:guid}/lock")]
    [ErrorResponse(StatusCodes.Status409Conflict, CannotLockSelf, CannotRemoveLastAdministrator)]
    public Task<UserSecurityDto> LockAsync(Guid id, [FromBody] LockUserDto input, CancellationToken cancellationToken = default) =>
        service.LockAsync(id, input, cancellationToken);

    /// <summary>Lifts a moderator's lock and the wrong-password lock-out; the body (a reason) is optional.</summary>
    [HttpPost("{id:guid}/unlock")]
    public Task<UserSecurityDto> UnlockAsync(Guid id, [FromBody] UserActionDto? input = null, CancellationToken cancellationToken = default) =>
        service.UnlockAsync(id, input, cancellationToken);

    /// <summary>Ends every session of the person: refresh tokens, access tokens (on every node within seconds) and the live connection; the body (a reason) is optional.</summary>
    [HttpPost("{id:guid}/end-sessions")]
    public Task<UserSecurityDto> EndSessionsAsync(Guid id, [FromBody] UserActionDto? input = null, CancellationToken cancellationToken = default) =>
        service.EndSessionsAsync(id, input, cancellationToken);

    /// <summary>Deactivates the person (cannot sign in or refresh, sessions end, gone from the map, nearby lists and search) until restored; the body (a reason) is optional.</summary>
    [HttpPost("{id:guid}/deactivate")]
    [ErrorResponse(StatusCodes.Status409Conflict, CannotDeactivateSelf, CannotRemoveLastAdministrator)]
    public Task<UserSecurityDto> DeactivateAsync(Guid id, [FromBody] UserActionDto? input = null, CancellationToken cancellationToken = default) =>
        service.DeactivateAsync(id, input, cancellationToken);

    /// <summary>Restores a person an administrator deactivated; an account its owner deleted is refused (only the owner's log-in restores it).</summary>
    [HttpPost("{id:guid}/restore")]
    [ErrorResponse(StatusCodes.Status409Conflict, AccountDeletedByOwner)]
    public Task<UserSecurityDto> RestoreAsync(Guid id, [FromBody] UserActionDto? input = null, CancellationToken cancellationToken = default) =>
        service.RestoreAsync(id, input, cancellationToken);
}
