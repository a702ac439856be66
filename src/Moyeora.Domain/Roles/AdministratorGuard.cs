using Moyeora.ExceptionHandling;

namespace Moyeora.Roles;

/// <summary>
/// A change to who may act as an administrator, described before it is made so the rule can judge it: a person loses
/// access (deactivated or locked), a person's roles become exactly <see cref="NewRoleIds"/>, a role is deleted, or
/// roles grant new sets of permissions.
/// </summary>
public sealed record AdministrationChange
{
    public Guid? UserLosingAccess { get; init; }

    /// <summary>The person whose roles become <see cref="NewRoleIds"/>.</summary>
    public Guid? UserWithNewRoles { get; init; }

    public IReadOnlyCollection<Guid> NewRoleIds { get; init; } = [];

    /// <summary>Whether <see cref="UserWithNewRoles"/> can act at all (active, not locked); a deactivated person given every role still counts for nothing.</summary>
    public bool UserWithNewRolesCanAct { get; init; }

    public Guid? DeletedRoleId { get; init; }

    /// <summary>Roles whose permissions become exactly these, by role id.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyCollection<string>> NewPermissions { get; init; } = new Dictionary<Guid, IReadOnlyCollection<string>>();
}

/// <summary>
/// The last administrator can never be removed: no change may leave zero people who can act (active, not locked) and
/// hold, through their roles, every administrative permission — otherwise nobody could ever grant anything again.
/// </summary>
public static class AdministratorRule
{
    /// <summary>The people who can act and hold every one of <paramref name="everyPermission"/> once <paramref name="change"/> is made.</summary>
    public static IReadOnlySet<Guid> FullAdministratorsAfter(
        IReadOnlyCollection<RoleHolder> holders,
        IReadOnlyDictionary<Guid, IReadOnlyCollection<string>> rolePermissions,
        IReadOnlyCollection<string> everyPermission,
        AdministrationChange change)
    {
        var permissions = rolePermissions
            .Where(r => r.Key != change.DeletedRoleId)
            .ToDictionary(r => r.Key, r => change.NewPermissions.TryGetValue(r.Key, out var next) ? next : r.Value);
        var after = holders.Where(h => h.UserId != change.UserLosingAccess && h.UserId != change.UserWithNewRoles).ToList();
        if (change.UserWithNewRoles is { } person && person != change.UserLosingAccess && change.UserWithNewRolesCanAct)
        {
            after.AddRange(change.NewRoleIds.Select(roleId => new RoleHolder(person, roleId)));
        }

        return after.GroupBy(h => h.UserId)
            .Where(g => HoldsEverything(g.SelectMany(h => permissions.TryGetValue(h.RoleId, out var granted) ? granted : []), everyPermission))
            .Select(g => g.Key)
            .ToHashSet();
    }

    public static bool HoldsEverything(IEnumerable<string> granted, IReadOnlyCollection<string> everyPermission)
    {
        var set = granted.ToHashSet(StringComparer.Ordinal);
        return everyPermission.All(set.Contains);
    }
}

/// <summary>Checks <see cref="AdministratorRule"/> against the stored roles and holders, before the change is saved.</summary>
public sealed class AdministratorGuard(IRoleRepository roles)
{
    /// <exception cref="BusinessException"><see cref="MoyeoraErrorCodes.CannotRemoveLastAdministrator"/> when nobody would be left.</exception>
    public async Task EnsureAnAdministratorRemainsAsync(IReadOnlyCollection<string> everyPermission, AdministrationChange change, DateTime now,
        CancellationToken cancellationToken = default)
    {
        var holders = await roles.GetActiveHoldersAsync(now, cancellationToken);
        var rolePermissions = (await roles.GetListAsync(cancellationToken)).ToDictionary(r => r.Id, r => r.Permissions);
        if (AdministratorRule.FullAdministratorsAfter(holders, rolePermissions, everyPermission, change).Count == 0)
        {
            throw new BusinessException(MoyeoraErrorCodes.CannotRemoveLastAdministrator);
        }
    }
}
