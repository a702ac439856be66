using Moyeora.Auditing;
using Moyeora.Authorization;
using Moyeora.Domain;
using Moyeora.ExceptionHandling;
using Moyeora.Roles;
using Moyeora.Users;

namespace Moyeora.Permissions;

public sealed class PermissionAppService(
    IRoleRepository roles,
    IUserRepository users,
    IPermissionChecker permissions,
    IAuditTrail audit,
    IUnitOfWork unitOfWork) : IPermissionAppService
{
    public async Task<IReadOnlyList<PermissionDefinitionDto>> GetPermissionsAsync(CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.RolesManage, cancellationToken);
        return MoyeoraPermissions.All;
    }

    public async Task<IReadOnlyList<RoleDto>> GetRolesAsync(CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.RolesManage, cancellationToken);
        return (await roles.GetListAsync(cancellationToken)).Select(ToDto).ToList();
    }

    public async Task<RoleDto> GrantAsync(RolePermissionDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.RolesManage, cancellationToken);
        var role = await GetRoleAsync(input.RoleName, cancellationToken);
        CheckPermissionName(input.Permission);
        if (role.Grant(input.Permission))
        {
            await audit.RecordAsync(AuditActions.RoleGrantPermission, AuditTargetTypes.Role, role.Name, null, AuditChange.Of(input.Permission, false, true));
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return ToDto(role);
    }

    public async Task<RoleDto> RevokeAsync(RolePermissionDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.RolesManage, cancellationToken);
        var role = await GetRoleAsync(input.RoleName, cancellationToken);
        CheckPermissionName(input.Permission);
        if (role.Name == MoyeoraRoles.Admin)
        {
            // The admin role holds everything by definition; taking a grant away could lock everyone out.
            throw new BusinessException(MoyeoraErrorCodes.CannotRemoveLastAdministrator);
        }

        if (role.Revoke(input.Permission))
        {
            await audit.RecordAsync(AuditActions.RoleRevokePermission, AuditTargetTypes.Role, role.Name, null, AuditChange.Of(input.Permission, true, false));
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return ToDto(role);
    }

    public async Task AddUserToRoleAsync(UserRoleDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.RolesManage, cancellationToken);
        var role = await GetRoleAsync(input.RoleName, cancellationToken);
        var user = await GetUserAsync(input.UserId, cancellationToken);
        if (user.IsInRole(role.Id))
        {
            return;
        }

        user.AddRole(role.Id);
        await audit.RecordAsync(AuditActions.RoleAddUser, AuditTargetTypes.User, user.Id.ToString(), null, AuditChange.Of("role:" + role.Name, false, true));
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task RemoveUserFromRoleAsync(UserRoleDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.RolesManage, cancellationToken);
        var role = await GetRoleAsync(input.RoleName, cancellationToken);
        var user = await GetUserAsync(input.UserId, cancellationToken);
        if (!user.IsInRole(role.Id))
        {
            return;
        }

        if (role.Name == MoyeoraRoles.Admin && await users.CountActiveInRoleAsync(role.Id, cancellationToken) <= 1)
        {
            throw new BusinessException(MoyeoraErrorCodes.CannotRemoveLastAdministrator);
        }

        user.RemoveRole(role.Id);
        await audit.RecordAsync(AuditActions.RoleRemoveUser, AuditTargetTypes.User, user.Id.ToString(), null, AuditChange.Of("role:" + role.Name, true, false));
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task<Role> GetRoleAsync(string? name, CancellationToken cancellationToken) =>
        await roles.FindByNameAsync(name ?? string.Empty, cancellationToken)
        ?? throw BusinessException.NotFound(MoyeoraErrorCodes.RoleNotFound).WithDetail("name", name);

    private async Task<User> GetUserAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(id, cancellationToken);
        return user is { IsActive: true } ? user : throw BusinessException.NotFound(MoyeoraErrorCodes.UserNotFound);
    }

    private static void CheckPermissionName(string? permission)
    {
        if (!MoyeoraPermissions.IsDefined(permission))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.UnknownPermission, "permission").WithDetail("permission", permission);
        }
    }

    private static RoleDto ToDto(Role role) => new()
    {
        Id = role.Id,
        Name = role.Name,
        Permissions = role.Permissions.Order(StringComparer.Ordinal).ToList(),
    };
}
