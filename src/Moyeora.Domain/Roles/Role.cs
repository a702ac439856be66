using Moyeora.Domain;
using Moyeora.ExceptionHandling;
using Moyeora.Users;

namespace Moyeora.Roles;

/// <summary>A named role whose permissions are stored as role claims of type <see cref="PermissionClaimType"/>.</summary>
public sealed class Role : AggregateRoot
{
    public const string PermissionClaimType = "Permission";

    private readonly List<RoleClaim> _claims = [];

    private Role()
    {
    }

    public Role(Guid id, string name, DateTime now)
        : base(id)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > UserConsts.MaxRoleNameLength)
        {
            throw new ArgumentException("A role name of at most 64 characters is required.", nameof(name));
        }

        Name = name;
        NormalizedName = name.ToUpperInvariant();
        CreationTime = now;
    }

    public string Name { get; private set; } = null!;

    public string NormalizedName { get; private set; } = null!;

    /// <summary>The seeded roles (<see cref="MoyeoraRoles.Admin"/>, <see cref="MoyeoraRoles.Moderator"/>): never deleted.</summary>
    public bool IsBuiltIn => IsBuiltInName(Name);

    public static bool IsBuiltInName(string name) =>
        string.Equals(name, MoyeoraRoles.Admin, StringComparison.OrdinalIgnoreCase) || string.Equals(name, MoyeoraRoles.Moderator, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The name of a new role, trimmed: 2–64 letters (Hangul included), digits, spaces, '-', '_' or '.'; anything else
    /// is a field error on <c>name</c>.
    /// </summary>
    public static string CheckName(string? name)
    {
        var clean = name?.Trim() ?? string.Empty;
        if (clean.Length is < UserConsts.MinRoleNameLength or > UserConsts.MaxRoleNameLength
            || !clean.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.'))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.ValidationFailed, "name");
        }

        return clean;
    }

    /// <summary>Upper-cased invariant: role names are unique case-insensitively.</summary>
    public static string Normalize(string name) => name.Trim().ToUpperInvariant();

    public IReadOnlyCollection<string> Permissions =>
        _claims.Where(c => c.ClaimType == PermissionClaimType).Select(c => c.ClaimValue).ToList();

    public bool HasPermission(string permission) =>
        _claims.Any(c => c.ClaimType == PermissionClaimType && c.ClaimValue == permission);

    /// <returns>Whether anything changed.</returns>
    public bool Grant(string permission)
    {
        if (HasPermission(permission))
        {
            return false;
        }

        _claims.Add(new RoleClaim(Id, PermissionClaimType, permission));
        return true;
    }

    /// <summary>Makes the role grant exactly these permissions (already checked to be defined by the caller).</summary>
    /// <returns>Whether anything changed.</returns>
    public bool SetPermissions(IEnumerable<string> permissions)
    {
        var wanted = permissions.ToHashSet(StringComparer.Ordinal);
        var changed = _claims.RemoveAll(c => c.ClaimType == PermissionClaimType && !wanted.Contains(c.ClaimValue)) > 0;
        foreach (var permission in wanted.Order(StringComparer.Ordinal))
        {
            changed |= Grant(permission);
        }

        return changed;
    }

    /// <returns>Whether anything changed.</returns>
    public bool Revoke(string permission) =>
        _claims.RemoveAll(c => c.ClaimType == PermissionClaimType && c.ClaimValue == permission) > 0;
}

public sealed class RoleClaim
{
    private RoleClaim()
    {
    }

    internal RoleClaim(Guid roleId, string claimType, string claimValue)
    {
        RoleId = roleId;
        ClaimType = claimType;
        ClaimValue = claimValue;
    }

    public int Id { get; private set; }

    public Guid RoleId { get; private set; }

    public string ClaimType { get; private set; } = null!;

    public string ClaimValue { get; private set; } = null!;
}

public interface IRoleRepository
{
    Task<Role?> FindByNameAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Role>> GetListAsync(CancellationToken cancellationToken = default);

    Task<Role?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task InsertAsync(Role role, CancellationToken cancellationToken = default);

    /// <summary>Deletes the role; people holding it lose it (and its permissions) with it.</summary>
    Task DeleteAsync(Role role, CancellationToken cancellationToken = default);

    /// <summary>How many people hold each role (active or not), by role id.</summary>
    Task<IReadOnlyDictionary<Guid, int>> CountHoldersAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Who holds which role among the people who can act now: active (not deactivated) and not locked by a moderator.
    /// </summary>
    Task<IReadOnlyList<RoleHolder>> GetActiveHoldersAsync(DateTime now, CancellationToken cancellationToken = default);
}

public sealed record RoleHolder(Guid UserId, Guid RoleId);
