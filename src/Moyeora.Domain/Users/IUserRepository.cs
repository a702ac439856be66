namespace Moyeora.Users;

public interface IUserRepository
{
    Task<User?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The security stamp and state of a user, without loading the aggregate; null for an unknown (erased) id.</summary>
    Task<UserSecurityState?> GetSecurityStateAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The security state of each of these users that still exists, in one query.</summary>
    Task<IReadOnlyDictionary<Guid, UserSecurityState>> GetSecurityStatesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    Task<User?> FindByPhoneNumberAsync(string phoneNumberE164, CancellationToken cancellationToken = default);

    Task<bool> PhoneNumberExistsAsync(string phoneNumberE164, CancellationToken cancellationToken = default);

    Task<bool> NicknameExistsAsync(string normalizedNickname, Guid? exceptUserId = null, CancellationToken cancellationToken = default);

    /// <summary>Permission names granted to the user through their roles.</summary>
    Task<IReadOnlySet<string>> GetPermissionsAsync(Guid userId, CancellationToken cancellationToken = default);

    Task<int> CountActiveInRoleAsync(Guid roleId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<string>> GetRoleNamesAsync(Guid userId, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<Guid, UserSummary>> GetSummariesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>The id of the active account with this exact (normalised) nickname or E.164 phone number.</summary>
    Task<Guid?> FindActiveIdAsync(string? normalizedNickname, string? phoneNumberE164, CancellationToken cancellationToken = default);

    /// <summary>Moves each user's <see cref="User.LastSeenTime"/> forward to the given instant (never back), in bulk.</summary>
    Task RecordLastSeenAsync(IReadOnlyDictionary<Guid, DateTime> seen, CancellationToken cancellationToken = default);

    Task InsertAsync(User user, CancellationToken cancellationToken = default);

    /// <summary>Accounts for the admin area (not tracked), newest first: any of id, phone, nickname part matches; then the state.</summary>
    Task<(IReadOnlyList<User> Items, int TotalCount)> GetPagedForAdministrationAsync(UserSearch search, DateTime now, int skip, int take,
        CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="take"/> accounts deactivated before <paramref name="cutoff"/>, oldest first.</summary>
    Task<IReadOnlyList<Guid>> GetDeactivatedBeforeAsync(DateTime cutoff, int take, CancellationToken cancellationToken = default);

    /// <summary>
    /// Erases a deactivated account and everything it owns (interests, roles, sessions, verification codes,
    /// read markers, invitations to it, kicks, notifications, friendships, requests, blocks, trust votes), in one transaction. Chat messages stay and
    /// read as from a deleted user; memberships of meetups that already ended stay as that meetup's history.
    /// </summary>
    Task EraseAsync(Guid userId, CancellationToken cancellationToken = default);
}

/// <param name="Id">An account id to match.</param>
/// <param name="PhoneNumberE164">A phone number to match exactly.</param>
/// <param name="NormalizedNicknamePart">Part of a normalised nickname to find.</param>
/// <param name="State">Only people in this state.</param>
public sealed record UserSearch(Guid? Id, string? PhoneNumberE164, string? NormalizedNicknamePart, UserStateFilter? State)
{
    public bool HasText => Id is not null || PhoneNumberE164 is not null || NormalizedNicknamePart is not null;
}
