namespace Moyeora.Ratings;

/// <summary>A thumbs-up or thumbs-down for someone met at a confirmed meetup (spec §2).</summary>
public enum RatingVote
{
    Up = 1,
    Down = 2,
}

public static class RatingConsts
{
    /// <summary>How far one vote moves a rating (bounded to 0–100).</summary>
    public const int Step = 1;

    /// <summary>Votes are open this long after the meetup's end.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);
}
