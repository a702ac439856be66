namespace Moyeora.Chat;

public static class ChatConsts
{
    public const int MinMessageLength = 1;
    public const int MaxMessageLength = 1000;
}

public enum ChatMessageKind
{
    /// <summary>Written by a member.</summary>
    User = 0,
    MemberJoined = 1,
    MemberLeft = 2,
    MemberKicked = 3,
    NoticePosted = 4,
    MeetupConfirmed = 5,
    HostChanged = 6,
    MeetupCancelled = 7,
}
