using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moyeora.Permissions;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>Roles, the permission grid and people's roles, for the admin area and integrators. Needs <c>Moyeora.Roles.Manage</c>.</summary>
[ApiController]
[Route("api/app/admin")]
[Tags("Administration")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed)]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded, AccountDeactivated)]
[ErrorResponse(StatusCodes.Status403Forbidden, Forbidden)]
public sealed class RoleAdministrationController(IRoleAdministrationAppService service) : ControllerBase, IRoleAdministrationAppService
{
    /// <summary>Every permission and every role with what it grants and how many people hold it.</summary>
    [HttpGet("roles")]
    public Task<RoleGridDto> GetGridAsync(CancellationToken cancellationToken = default) => service.GetGridAsync(cancellationToken);

    /// <summary>Creates a custom role that grants nothing yet.</summary>
    [HttpPost("roles")]
    [ErrorResponse(StatusCodes.Status409Conflict, RoleNameTaken)]
    public Task<RoleListItemDto> CreateAsync([FromBody] CreateRoleDto input, CancellationToken cancellationToken = default) =>
        service.CreateAsync(input, cancellationToken);

    /// <summary>Deletes a custom role (its holders lose it); the body (a reason) is optional. Built-in roles stay.</summary>
    [HttpPost("roles/{id:guid}/delete")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ErrorResponse(StatusCodes.Status404NotFound, RoleNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, CannotDeleteBuiltInRole, CannotRemoveLastAdministrator)]
    public async Task DeleteAsync(Guid id, [FromBody] RoleActionDto? input = null, CancellationToken cancellationToken = default)
    {
        await service.DeleteAsync(id, input, cancellationToken);
        Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>Saves the permission grid in one go: each listed role grants exactly the listed permissions.</summary>
    [HttpPut("roles/permissions")]
    [ErrorResponse(StatusCodes.Status400BadRequest, UnknownPermission)]
    [ErrorResponse(StatusCodes.Status404NotFound, RoleNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, CannotRemoveLastAdministrator)]
    public Task<RoleGridDto> SavePermissionsAsync([FromBody] SaveRolePermissionsDto input, CancellationToken cancellationToken = default) =>
        service.SavePermissionsAsync(input, cancellationToken);

    /// <summary>Gives a person exactly these roles (by name).</summary>
    [HttpPut("users/{userId:guid}/roles")]
    [ErrorResponse(StatusCodes.Status404NotFound, RoleNotFound, UserNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, CannotRemoveLastAdministrator)]
    public Task<UserRolesDto> SetUserRolesAsync(Guid userId, [FromBody] SetUserRolesDto input, CancellationToken cancellationToken = default) =>
        service.SetUserRolesAsync(userId, input, cancellationToken);
}
