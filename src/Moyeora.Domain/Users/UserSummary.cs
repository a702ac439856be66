using System.ComponentModel;

namespace Moyeora.Users;

/// <summary>What decides whether a user's access tokens still work (read per request, briefly cached).</summary>
public sealed record UserSecurityState(int SecurityStamp, bool IsActive, DateTime? ModerationLockEnd)
{
    /// <summary>Whether a session issued with <paramref name="stamp"/> still stands: active, same stamp, not locked by a moderator.</summary>
    public bool Allows(int stamp, DateTime now) => IsActive && SecurityStamp == stamp && !(ModerationLockEnd is { } end && end > now);
}

/// <summary>
/// What other people may see of a user next to a meetup: never a phone number or a name. Immutable, so caches hand
/// out one instance instead of a copy per read.
/// </summary>
[ImmutableObject(true)]
public sealed record UserSummary(Guid Id, string Nickname, string? ProfileImageUrl, int Rating, bool IsActive);
