namespace Moyeora.Users;

public interface IUserRepository
{
    Task<User?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<User?> FindByPhoneNumberAsync(string phoneNumberE164, CancellationToken cancellationToken = default);

    Task<bool> PhoneNumberExistsAsync(string phoneNumberE164, CancellationToken cancellationToken = default);

    Task<bool> NicknameExistsAsync(string normalizedNickname, Guid? exceptUserId = null, CancellationToken cancellationToken = default);

    /// <summary>Permission names granted to the user through their roles.</summary>
    Task<IReadOnlySet<string>> GetPermissionsAsync(Guid userId, CancellationToken cancellationToken = default);

    Task<int> CountActiveInRoleAsync(Guid roleId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<string>> GetRoleNamesAsync(Guid userId, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<Guid, UserSummary>> GetSummariesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    Task InsertAsync(User user, CancellationToken cancellationToken = default);
}
