using Moyeora.Domain;
using Moyeora.ExceptionHandling;
using Moyeora.Meetups;

namespace Moyeora.Ratings;

/// <summary>
/// One participant's vote on another after a confirmed meetup ended (spec §2): once per meetup, rater and
/// person rated, within <see cref="RatingConsts.Window"/> of the end. Saving it moves the rated person's trust
/// by <see cref="RatingConsts.Step"/>, bounded to 0–100, and tells them (without saying who or which way).
/// </summary>
public sealed class PeerRating : AggregateRoot
{
    private PeerRating()
    {
    }

    private PeerRating(Guid meetupId, Guid raterId, Guid rateeId, RatingVote vote, DateTime now)
        : base(Guid.NewGuid())
    {
        MeetupId = meetupId;
        RaterId = raterId;
        RateeId = rateeId;
        Vote = vote;
        CreationTime = now;
    }

    public Guid MeetupId { get; private set; }

    public Guid RaterId { get; private set; }

    public Guid RateeId { get; private set; }

    public RatingVote Vote { get; private set; }

    /// <summary>What the vote adds to the rated person's trust.</summary>
    public int Delta => Vote == RatingVote.Up ? RatingConsts.Step : -RatingConsts.Step;

    /// <summary>Checks every rule that the meetup alone decides; "not rated before" is the repository's.</summary>
    public static PeerRating Cast(Meetup meetup, Guid raterId, Guid rateeId, RatingVote vote, DateTime now)
    {
        if (!Enum.IsDefined(vote))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidRating, "vote");
        }

        EnsureOpen(meetup, raterId, now);
        if (raterId == rateeId)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.CannotRateSelf, "userId");
        }

        if (!meetup.IsMember(rateeId))
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.NotMetInMeetup, "userId");
        }

        var rating = new PeerRating(meetup.Id, raterId, rateeId, vote, now);
        rating.AddDomainEvent(new PeerRatedEvent(rateeId, meetup.Id, meetup.Title));
        return rating;
    }

    /// <summary>The rater took part, the meetup was confirmed and has ended, and its 7 days are not over.</summary>
    public static void EnsureOpen(Meetup meetup, Guid raterId, DateTime now)
    {
        if (!meetup.IsMember(raterId))
        {
            throw NotFoundErrors.Meetup();
        }

        if (meetup.Status != MeetupStatus.Ended || meetup.ConfirmationTime is null)
        {
            throw new BusinessException(MoyeoraErrorCodes.RatingNotOpen);
        }

        if (now > ClosesAt(meetup))
        {
            throw new BusinessException(MoyeoraErrorCodes.RatingWindowClosed);
        }
    }

    public static DateTime ClosesAt(Meetup meetup) => meetup.EndTime + RatingConsts.Window;
}

/// <summary>Someone was rated: they get a "rating received" notification (who rated and how stays private).</summary>
public sealed record PeerRatedEvent(Guid RateeId, Guid MeetupId, string MeetupTitle) : IDomainEvent;

public interface IPeerRatingRepository
{
    /// <summary>
    /// Adds the vote and, in the same transaction, moves the rated person's trust by the vote's delta in one atomic,
    /// bounded statement: simultaneous votes never lose one, and a vote that fails to save moves nothing.
    /// </summary>
    Task InsertAsync(PeerRating rating, CancellationToken cancellationToken = default);

    /// <summary>The votes this rater gave at this meetup, by person rated.</summary>
    Task<IReadOnlyDictionary<Guid, RatingVote>> GetGivenAsync(Guid meetupId, Guid raterId, CancellationToken cancellationToken = default);
}
