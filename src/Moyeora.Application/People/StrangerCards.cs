using Moyeora.Friends;
using Moyeora.Locations;
using Moyeora.Users;

namespace Moyeora.People;

/// <summary>What anyone may see of another person (spec §2 "stranger"): the one definition the people card and friend requests share.</summary>
internal static class StrangerCards
{
    /// <summary>The live position while there is one, else the time last written for the account (a ghost's stays where it was).</summary>
    public static async Task<LastSeenBucket?> LastSeenAsync(this IGeoStore positions, User user, DateTime now, CancellationToken cancellationToken)
    {
        var live = (await positions.GetAsync(user.Id, cancellationToken))?.ReportedAt;
        var stored = user.LastSeenTime;
        var seen = live is null ? stored : stored is null ? live : live > stored ? live : stored;
        return seen is { } at ? LocationPrivacy.LastSeen(at, now) : null;
    }

    public static async Task<StrangerCardDto> StrangerCardAsync(this IGeoStore positions, User user, DateTime now, CancellationToken cancellationToken) => new()
    {
        Rating = user.Rating,
        StatusMessage = user.StatusMessage,
        LastSeen = await positions.LastSeenAsync(user, now, cancellationToken),
    };
}
