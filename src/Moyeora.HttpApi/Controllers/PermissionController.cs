using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moyeora.Permissions;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>Roles, permission definitions and grants. Needs <c>Moyeora.Roles.Manage</c>.</summary>
[ApiController]
[Route("api/app/permissions")]
[Tags("Permissions")]
[Authorize]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded)]
[ErrorResponse(StatusCodes.Status403Forbidden, Forbidden)]
public sealed class PermissionController(IPermissionAppService service) : ControllerBase, IPermissionAppService
{
    /// <summary>Every permission that can be granted to a role, with its Korean display name.</summary>
    [HttpGet("definitions")]
    public Task<IReadOnlyList<PermissionDefinitionDto>> GetPermissionsAsync(CancellationToken cancellationToken = default) =>
        service.GetPermissionsAsync(cancellationToken);

    /// <summary>The roles and the permissions each grants.</summary>
    [HttpGet("roles")]
    public Task<IReadOnlyList<RoleDto>> GetRolesAsync(CancellationToken cancellationToken = default) =>
        service.GetRolesAsync(cancellationToken);

    /// <summary>Grants a permission to a role.</summary>
    [HttpPut("roles/{roleName}/permissions/{permission}")]
    [ErrorResponse(StatusCodes.Status400BadRequest, UnknownPermission)]
    [ErrorResponse(StatusCodes.Status404NotFound, RoleNotFound)]
    public Task<RoleDto> GrantAsync([FromRoute] RolePermissionDto input, CancellationToken cancellationToken = default) =>
        service.GrantAsync(input, cancellationToken);

    /// <summary>Revokes a permission from a role (the admin role always keeps everything).</summary>
    [HttpDelete("roles/{roleName}/permissions/{permission}")]
    [ErrorResponse(StatusCodes.Status400BadRequest, UnknownPermission)]
    [ErrorResponse(StatusCodes.Status404NotFound, RoleNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, CannotRemoveLastAdministrator)]
    public Task<RoleDto> RevokeAsync([FromRoute] RolePermissionDto input, CancellationToken cancellationToken = default) =>
        service.RevokeAsync(input, cancellationToken);

    /// <summary>Gives a person a role (and so its permissions).</summary>
    [HttpPut("users/{userId:guid}/roles/{roleName}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ErrorResponse(StatusCodes.Status404NotFound, RoleNotFound, UserNotFound)]
    public async Task AddUserToRoleAsync([FromRoute] UserRoleDto input, CancellationToken cancellationToken = default)
    {
        await service.AddUserToRoleAsync(input, cancellationToken);
        Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>Takes a role from a person; the last active administrator keeps theirs.</summary>
    [HttpDelete("users/{userId:guid}/roles/{roleName}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ErrorResponse(StatusCodes.Status404NotFound, RoleNotFound, UserNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, CannotRemoveLastAdministrator)]
    public async Task RemoveUserFromRoleAsync([FromRoute] UserRoleDto input, CancellationToken cancellationToken = default)
    {
        await service.RemoveUserFromRoleAsync(input, cancellationToken);
        Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
