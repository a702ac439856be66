namespace Moyeora.Notifications;

/// <summary>Every in-app notification the product sends (spec §6).</summary>
public enum NotificationKind
{
    Invited = 0,
    InvitationAnswered = 1,
    MemberJoined = 2,
    MemberLeft = 3,
    Kicked = 4,
    MeetupConfirmed = 5,
    MeetupCancelled = 6,
    MeetupStartsSoon = 7,
    NoticePosted = 8,
    FriendRequestReceived = 9,
    FriendRequestAccepted = 10,
    RatingReceived = 11,
}

public static class NotificationConsts
{
    public const int MaxTextLength = 200;
}
