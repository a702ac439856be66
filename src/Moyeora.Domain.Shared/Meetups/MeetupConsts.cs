namespace Moyeora.Meetups;

public static class MeetupConsts
{
    public const int MinTitleLength = 1;
    public const int MaxTitleLength = 100;
    public const int MaxImageUrlLength = 2000;
    public const int MaxDescriptionLength = 1000;
    public const int MinMembers = 2;
    public const int MaxMembers = 255;
    public const int MaxPlaceLength = 255;
    public const int MaxWhatToBringLength = 255;
    public const int MinTags = 1;
    public const int MaxTags = 10;
    public const int MinTagLength = 1;
    public const int MaxTagLength = 30;
    public const int MaxNoticeTitleLength = 100;
    public const int MaxNoticeBodyLength = 1000;
    public const int MaxCancelReasonLength = 255;
    public const int MaxSearchKeywordLength = 50;

    /// <summary>A meetup starts at most this far ahead.</summary>
    public static readonly TimeSpan MaxStartAhead = TimeSpan.FromDays(7);

    /// <summary>A meetup ends at most this far ahead.</summary>
    public static readonly TimeSpan MaxEndAhead = TimeSpan.FromDays(14);

    /// <summary>Nearby searches cover at most this radius.</summary>
    public const double MaxNearbyRadiusMeters = 700_000;
    public const double MinNearbyRadiusMeters = 100;

    /// <summary>Searches by calendar day cover these years (a day outside has no meetups and no valid UTC range).</summary>
    public const int MinSearchYear = 2000;
    public const int MaxSearchYear = 2100;
}

public enum MeetupStatus
{
    Recruiting = 0,
    Confirmed = 1,
    Ended = 2,
    Cancelled = 3,
}

public enum InvitationStatus
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
    Expired = 3,
    Withdrawn = 4,
}
