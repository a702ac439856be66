using System.ComponentModel.DataAnnotations;
using Moyeora.Users;

namespace Moyeora.Permissions;

public sealed class RoleDto
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public IReadOnlyList<string> Permissions { get; set; } = [];
}

public sealed class RolePermissionDto
{
    [Required, StringLength(UserConsts.MaxRoleNameLength)]
    public string RoleName { get; set; } = string.Empty;

    [Required, StringLength(UserConsts.MaxPermissionNameLength)]
    public string Permission { get; set; } = string.Empty;
}

public sealed class UserRoleDto
{
    public Guid UserId { get; set; }

    [Required, StringLength(UserConsts.MaxRoleNameLength)]
    public string RoleName { get; set; } = string.Empty;
}

/// <summary>Roles, permissions and grants; changing them needs <see cref="MoyeoraPermissions.RolesManage"/>.</summary>
public interface IPermissionAppService
{
    Task<IReadOnlyList<PermissionDefinitionDto>> GetPermissionsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<RoleDto>> GetRolesAsync(CancellationToken cancellationToken = default);

    Task<RoleDto> GrantAsync(RolePermissionDto input, CancellationToken cancellationToken = default);

    Task<RoleDto> RevokeAsync(RolePermissionDto input, CancellationToken cancellationToken = default);

    Task AddUserToRoleAsync(UserRoleDto input, CancellationToken cancellationToken = default);

    Task RemoveUserFromRoleAsync(UserRoleDto input, CancellationToken cancellationToken = default);
}
