using System.ComponentModel.DataAnnotations;
using Moyeora.Users;

namespace Moyeora.Permissions;

/// <summary>
/// Roles and the permission grid of the admin area, and the roles of a person (permission <c>Moyeora.Roles.Manage</c>).
/// No operation may leave the service without an active person holding every administrative permission.
/// </summary>
public interface IRoleAdministrationAppService
{
    /// <summary>Every permission and every role with what it grants and how many people hold it: the permission grid.</summary>
    Task<RoleGridDto> GetGridAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a custom role, granting nothing yet.</summary>
    Task<RoleListItemDto> CreateAsync(CreateRoleDto input, CancellationToken cancellationToken = default);

    /// <summary>Deletes a custom role; the people holding it lose it. Built-in roles cannot be deleted.</summary>
    Task DeleteAsync(Guid id, RoleActionDto? input = null, CancellationToken cancellationToken = default);

    /// <summary>Saves the grid at once: each listed role grants exactly the listed permissions (roles not listed keep theirs).</summary>
    Task<RoleGridDto> SavePermissionsAsync(SaveRolePermissionsDto input, CancellationToken cancellationToken = default);

    /// <summary>Gives the person exactly these roles (by name).</summary>
    Task<UserRolesDto> SetUserRolesAsync(Guid userId, SetUserRolesDto input, CancellationToken cancellationToken = default);
}

public sealed class RoleGridDto
{
    public IReadOnlyList<PermissionDefinitionDto> Permissions { get; set; } = [];

    public IReadOnlyList<RoleListItemDto> Roles { get; set; } = [];
}

public sealed class RoleListItemDto
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>admin or moderator: never deleted; admin always grants every permission.</summary>
    public bool IsBuiltIn { get; set; }

    public IReadOnlyList<string> Permissions { get; set; } = [];

    /// <summary>How many people hold the role (deactivated ones included).</summary>
    public int HolderCount { get; set; }
}

/// <summary>Why an administrator changes roles (up to 500 characters); logged with the action.</summary>
public sealed class RoleActionDto
{
    [StringLength(UserConsts.MaxAdministrationReasonLength)]
    public string? Reason { get; set; }
}

public sealed class CreateRoleDto
{
    /// <summary>2–64 letters, digits, spaces, '-', '_' or '.'; unique case-insensitively.</summary>
    [Required, StringLength(UserConsts.MaxRoleNameLength, MinimumLength = UserConsts.MinRoleNameLength)]
    public string Name { get; set; } = string.Empty;

    [StringLength(UserConsts.MaxAdministrationReasonLength)]
    public string? Reason { get; set; }
}

public sealed class SaveRolePermissionsDto
{
    public const int MaxRoles = 200;

    [Required, MaxLength(MaxRoles)]
    public List<RolePermissionsDto> Roles { get; set; } = [];

    [StringLength(UserConsts.MaxAdministrationReasonLength)]
    public string? Reason { get; set; }
}

public sealed class RolePermissionsDto
{
    public Guid RoleId { get; set; }

    [MaxLength(200)]
    public List<string> Permissions { get; set; } = [];
}

public sealed class SetUserRolesDto
{
    /// <summary>The role names the person holds afterwards.</summary>
    [Required, MaxLength(SaveRolePermissionsDto.MaxRoles)]
    public List<string> RoleNames { get; set; } = [];

    [StringLength(UserConsts.MaxAdministrationReasonLength)]
    public string? Reason { get; set; }
}

public sealed class UserRolesDto
{
    public Guid UserId { get; set; }

    public IReadOnlyList<string> RoleNames { get; set; } = [];
}
