using System.ComponentModel.DataAnnotations;
using Moyeora.Live;
using Moyeora.Locations;
using Moyeora.Users;

namespace Moyeora.People;

/// <summary>
/// The "who is this marker" card: what the viewer may see of another person, by relationship (spec §2).
/// Every viewer gets rating, status message and last seen. Friends and co-members also get nickname, profile
/// image and interests; co-members also get the meetups shared with the viewer and whether they are friends.
/// Fields a relationship does not allow are null, never filled.
/// </summary>
public sealed class PersonProfileDto
{
    public Guid UserId { get; set; }

    /// <summary>As on the live map: self, friend, co-member (shares a recruiting or confirmed meetup) or stranger.</summary>
    public Relationship Relationship { get; set; }

    /// <summary>Trust, 0–100 (everyone starts at 70).</summary>
    public int Rating { get; set; }

    public string? StatusMessage { get; set; }

    /// <summary>Since the person's last visible location report; null when they never reported one.</summary>
    public LastSeenBucket? LastSeen { get; set; }

    /// <summary>Friends and co-members only.</summary>
    public string? Nickname { get; set; }

    /// <summary>Friends and co-members only.</summary>
    public string? ProfileImageUrl { get; set; }

    /// <summary>Friends and co-members only.</summary>
    public IReadOnlyList<string>? Interests { get; set; }

    /// <summary>Co-members and friends: whether the two are friends.</summary>
    public bool? IsFriend { get; set; }

    /// <summary>Co-members only: the recruiting or confirmed meetups both belong to.</summary>
    public SharedMeetupsDto? SharedMeetups { get; set; }
}

public sealed class SharedMeetupsDto
{
    public int Count { get; set; }

    public IReadOnlyList<SharedMeetupDto> Items { get; set; } = [];
}

public sealed class SharedMeetupDto
{
    public Guid Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public DateTime StartTime { get; set; }
}

/// <summary>Exactly one of the two: an exact nickname (any case) or an exact phone number (any accepted format).</summary>
public sealed class SearchPeopleDto
{
    [StringLength(UserConsts.MaxNicknameLength)]
    public string? Nickname { get; set; }

    [StringLength(20)]
    public string? PhoneNumber { get; set; }
}

/// <summary>
/// Other people's profiles and finding people. Blocked pairs (either way), deactivated accounts and unknown ids
/// all answer <c>Moyeora:UserNotFound</c>, so nothing tells them apart.
/// </summary>
public interface IPeopleAppService
{
    Task<PersonProfileDto> GetAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Finds one person by exact nickname or exact phone number; nothing partial, no lists.</summary>
    Task<PersonProfileDto> SearchAsync(SearchPeopleDto input, CancellationToken cancellationToken = default);
}
