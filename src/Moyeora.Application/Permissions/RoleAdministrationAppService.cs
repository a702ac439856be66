using Microsoft.Extensions.Logging;
using Moyeora.Auditing;
using Moyeora.Authorization;
using Moyeora.Domain;
using Moyeora.ExceptionHandling;
using Moyeora.Roles;
using Moyeora.Users;

namespace Moyeora.Permissions;

public sealed class RoleAdministrationAppService(
    IRoleRepository roles,
    IUserRepository users,
    AdministratorGuard administrators,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    IAuditTrail audit,
    TimeProvider clock,
    ILogger<RoleAdministrationAppService> logger) : IRoleAdministrationAppService
{
    internal static IReadOnlyCollection<string> EveryPermission { get; } = MoyeoraPermissions.All.Select(p => p.Name).ToList();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<RoleGridDto> GetGridAsync(CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.RolesManage, cancellationToken);
        return await GridAsync(cancellationToken);
    }

    public async Task<RoleListItemDto> CreateAsync(CreateRoleDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.RolesManage, cancellationToken);
        var name = Role.CheckName(input.Name);
        var reason = UserAdministrationAppService.CheckReason(input.Reason);
        if (await roles.FindByNameAsync(name, cancellationToken) is not null)
        {
            throw new BusinessException(MoyeoraErrorCodes.RoleNameTaken).WithDetail("name", name).WithFieldError("name");
        }

        var role = new Role(Guid.NewGuid(), name, Now);
        await roles.InsertAsync(role, cancellationToken);
        await audit.RecordAsync(AuditActions.RoleCreate, AuditTargetTypes.Role, role.Name, reason, AuditChange.Of("name", null, role.Name),
            AuditChange.Of("permissions", null, List(role.Permissions)));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Role {RoleName} ({RoleId}) created by {AdministratorId}: {Reason}", role.Name, role.Id, currentUser.Id, reason);
        return ToDto(role, 0);
    }

    public async Task DeleteAsync(Guid id, RoleActionDto? input = null, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.RolesManage, cancellationToken);
        var role = await roles.FindAsync(id, cancellationToken) ?? throw BusinessException.NotFound(MoyeoraErrorCodes.RoleNotFound).WithDetail("name", id);
        var reason = UserAdministrationAppService.CheckReason(input?.Reason);
        if (role.IsBuiltIn)
        {
            throw new BusinessException(MoyeoraErrorCodes.CannotDeleteBuiltInRole).WithDetail("name", role.Name);
        }

        await administrators.EnsureAnAdministratorRemainsAsync(EveryPermission, new AdministrationChange { DeletedRoleId = role.Id }, Now, cancellationToken);
        var holders = (await roles.CountHoldersAsync(cancellationToken)).GetValueOrDefault(role.Id);
        await roles.DeleteAsync(role, cancellationToken);
        await audit.RecordAsync(AuditActions.RoleDelete, AuditTargetTypes.Role, role.Name, reason, AuditChange.Of("name", role.Name, null),
            AuditChange.Of("permissions", List(role.Permissions), null), AuditChange.Of("holders", holders, 0));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Role {RoleName} ({RoleId}) deleted by {AdministratorId}: {Reason}", role.Name, role.Id, currentUser.Id, reason);
    }

    public async Task<RoleGridDto> SavePermissionsAsync(SaveRolePermissionsDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.RolesManage, cancellationToken);
        var reason = UserAdministrationAppService.CheckReason(input.Reason);
        var all = (await roles.GetListAsync(cancellationToken)).ToDictionary(r => r.Id);
        var wanted = new Dictionary<Guid, IReadOnlyCollection<string>>();
        foreach (var row in input.Roles ?? [])
        {
            if (!all.TryGetValue(row.RoleId, out var role))
            {
                throw BusinessException.NotFound(MoyeoraErrorCodes.RoleNotFound).WithDetail("name", row.RoleId);
            }

            var granted = (row.Permissions ?? []).Distinct(StringComparer.Ordinal).ToList();
            if (granted.FirstOrDefault(p => !MoyeoraPermissions.IsDefined(p)) is { } unknown)
            {
                throw BusinessException.Invalid(MoyeoraErrorCodes.UnknownPermission, "permissions").WithDetail("permission", unknown);
            }

            if (role.Name == MoyeoraRoles.Admin && !AdministratorRule.HoldsEverything(granted, EveryPermission))
            {
                // The admin role holds everything by definition.
                throw new BusinessException(MoyeoraErrorCodes.CannotRemoveLastAdministrator).WithDetail("name", role.Name);
            }

            wanted[role.Id] = granted;
        }

        await administrators.EnsureAnAdministratorRemainsAsync(EveryPermission, new AdministrationChange { NewPermissions = wanted }, Now, cancellationToken);
        var changed = new List<string>();
        foreach (var (roleId, granted) in wanted)
        {
            var role = all[roleId];
            var before = role.Permissions.ToList();
            if (role.SetPermissions(granted))
            {
                await audit.RecordAsync(AuditActions.RoleSetPermissions, AuditTargetTypes.Role, role.Name, reason,
                    AuditChange.Of("permissions", List(before), List(granted)));
                changed.Add($"{role.Name}: {List(before)} → {List(granted)}");
            }
        }

        if (changed.Count > 0)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Role permissions changed by {AdministratorId} ({Changes}): {Reason}", currentUser.Id, string.Join("; ", changed), reason);
        }

        return await GridAsync(cancellationToken);
    }

    public async Task<UserRolesDto> SetUserRolesAsync(Guid userId, SetUserRolesDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(MoyeoraPermissions.RolesManage, cancellationToken);
        var user = await users.FindAsync(userId, cancellationToken) ?? throw BusinessException.NotFound(MoyeoraErrorCodes.UserNotFound);
        var reason = UserAdministrationAppService.CheckReason(input.Reason);
        var byName = (await roles.GetListAsync(cancellationToken)).ToDictionary(r => r.NormalizedName);
        var next = new List<Role>();
        foreach (var name in (input.RoleNames ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            next.Add(byName.TryGetValue(Role.Normalize(name), out var role)
                ? role
                : throw BusinessException.NotFound(MoyeoraErrorCodes.RoleNotFound).WithDetail("name", name));
        }

        var nextIds = next.Select(r => r.Id).ToHashSet();
        var now = Now;
        var change = new AdministrationChange
        {
            UserWithNewRoles = user.Id,
            NewRoleIds = nextIds,
            UserWithNewRolesCanAct = user.IsActive && !user.IsLockedByModerator(now),
        };
        if (user.RoleIds.Any(id => !nextIds.Contains(id)))
        {
            await administrators.EnsureAnAdministratorRemainsAsync(EveryPermission, change, now, cancellationToken);
        }

        var before = user.RoleIds.ToHashSet();
        foreach (var roleId in before.Where(id => !nextIds.Contains(id)))
        {
            user.RemoveRole(roleId);
        }

        foreach (var roleId in nextIds.Where(id => !before.Contains(id)))
        {
            user.AddRole(roleId);
        }

        var names = next.Select(r => r.Name).Order(StringComparer.Ordinal).ToList();
        if (!before.SetEquals(nextIds))
        {
            var namesBefore = byName.Values.Where(r => before.Contains(r.Id)).Select(r => r.Name).ToList();
            await audit.RecordAsync(AuditActions.UserSetRoles, AuditTargetTypes.User, user.Id.ToString(), reason,
                AuditChange.Of("roles", List(namesBefore), List(names)));
            await unitOfWork.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Roles of user {UserId} set to [{Roles}] by {AdministratorId}: {Reason}", user.Id, string.Join(", ", names), currentUser.Id, reason);
        }

        return new UserRolesDto { UserId = user.Id, RoleNames = names };
    }

    /// <summary>A list as the audit log shows it: ordered, so the same set always reads the same (<c>[a, b]</c>).</summary>
    private static string List(IEnumerable<string> items) => $"[{string.Join(", ", items.Order(StringComparer.Ordinal))}]";

    private async Task<RoleGridDto> GridAsync(CancellationToken cancellationToken)
    {
        var holders = await roles.CountHoldersAsync(cancellationToken);
        var list = await roles.GetListAsync(cancellationToken);
        return new RoleGridDto
        {
            Permissions = MoyeoraPermissions.All,
            Roles = list.OrderByDescending(r => r.Name == MoyeoraRoles.Admin).ThenByDescending(r => r.IsBuiltIn).ThenBy(r => r.Name, StringComparer.Ordinal)
                .Select(r => ToDto(r, holders.GetValueOrDefault(r.Id))).ToList(),
        };
    }

    private static RoleListItemDto ToDto(Role role, int holderCount) => new()
    {
        Id = role.Id,
        Name = role.Name,
        IsBuiltIn = role.IsBuiltIn,
        Permissions = role.Permissions.Order(StringComparer.Ordinal).ToList(),
        HolderCount = holderCount,
    };
}
