using Moyeora.Domain;
using Moyeora.ExceptionHandling;
using Moyeora.Users;

namespace Moyeora.Authorization;

public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default);

    /// <summary>Throws 401 when nobody is signed in and 403 when the permission is missing.</summary>
    Task CheckAsync(string permission, CancellationToken cancellationToken = default);
}

/// <summary>Reads the current user's grants (role claims) once per operation.</summary>
public sealed class PermissionChecker(ICurrentUser currentUser, IUserRepository users) : IPermissionChecker
{
    private IReadOnlySet<string>? _granted;

    public async Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default)
    {
        if (currentUser.Id is not { } userId)
        {
            return false;
        }

        _granted ??= await users.GetPermissionsAsync(userId, cancellationToken);
        return _granted.Contains(permission);
    }

    public async Task CheckAsync(string permission, CancellationToken cancellationToken = default)
    {
        if (currentUser.Id is null)
        {
            throw BusinessException.Unauthenticated();
        }

        if (!await IsGrantedAsync(permission, cancellationToken))
        {
            throw BusinessException.Forbidden().WithDetail("permission", permission);
        }
    }
}
