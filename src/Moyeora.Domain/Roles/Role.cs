using Moyeora.Domain;
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

    Task InsertAsync(Role role, CancellationToken cancellationToken = default);
}
