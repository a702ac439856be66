using System.ComponentModel.DataAnnotations;
using Moyeora.Meetups;

namespace Moyeora.Ratings;

/// <summary>Whom the caller may rate for one meetup, and how they already did.</summary>
public sealed class RatingSheetDto
{
    public Guid MeetupId { get; set; }

    /// <summary>True while votes are accepted: the meetup was confirmed, has ended, and its 7 days are not over.</summary>
    public bool IsOpen { get; set; }

    /// <summary>Seven days after the meetup's end; null while it has not ended as a confirmed meetup.</summary>
    public DateTime? ClosesAt { get; set; }

    /// <summary>The other participants (people the caller blocked or was blocked by are left out).</summary>
    public IReadOnlyList<RatingSheetEntryDto> People { get; set; } = [];
}

public sealed class RatingSheetEntryDto
{
    public UserSummaryDto User { get; set; } = new();

    /// <summary>The caller's vote, or null when not rated yet.</summary>
    public RatingVote? MyVote { get; set; }
}

public sealed class RateMemberDto
{
    [Required]
    public Guid? UserId { get; set; }

    /// <summary><c>up</c> or <c>down</c>.</summary>
    [Required, EnumDataType(typeof(RatingVote))]
    public RatingVote? Vote { get; set; }
}

/// <summary>Trust ratings after confirmed meetups (spec §2).</summary>
public interface IRatingAppService
{
    /// <summary>Members of the meetup only; anyone else gets <c>Moyeora:MeetupNotFound</c>.</summary>
    Task<RatingSheetDto> GetSheetAsync(Guid meetupId, CancellationToken cancellationToken = default);

    /// <summary>Thumbs-up or thumbs-down for another participant, once, within 7 days of the end.</summary>
    Task<RatingSheetEntryDto> RateAsync(Guid meetupId, RateMemberDto input, CancellationToken cancellationToken = default);
}
