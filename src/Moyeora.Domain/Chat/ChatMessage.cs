using Moyeora.ExceptionHandling;

namespace Moyeora.Chat;

/// <summary>
/// One message in a meetup's chat room: written by a member or by the system (joins, departures, kicks,
/// notices, confirmation). Ids grow monotonically, which makes them the paging cursor and the order of
/// live delivery. Its text never changes; a moderator can only hide it (acting on a report).
/// </summary>
public sealed class ChatMessage
{
    private ChatMessage()
    {
    }

    public long Id { get; private set; }

    public Guid MeetupId { get; private set; }

    /// <summary>Null for system messages.</summary>
    public Guid? SenderId { get; private set; }

    public ChatMessageKind Kind { get; private set; }

    /// <summary>For system messages: whom the message is about (who joined, left, was kicked, ...).</summary>
    public Guid? SubjectUserId { get; private set; }

    public string Text { get; private set; } = null!;

    public DateTime CreationTime { get; private set; }

    /// <summary>Set when a moderator hid the message; readers then get <see cref="HiddenText"/> instead of the text.</summary>
    public DateTime? HiddenTime { get; private set; }

    public bool IsHidden => HiddenTime is not null;

    public const string HiddenText = "운영 정책에 따라 가려진 메시지입니다.";

    public void Hide(DateTime now) => HiddenTime ??= now;

    public static ChatMessage FromMember(Guid meetupId, Guid senderId, string? text, DateTime now)
    {
        var clean = (text ?? string.Empty).Trim();
        if (clean.Length < ChatConsts.MinMessageLength || clean.Length > ChatConsts.MaxMessageLength)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidChatMessage, "text");
        }

        return new ChatMessage { MeetupId = meetupId, SenderId = senderId, Kind = ChatMessageKind.User, Text = clean, CreationTime = now };
    }

    public static ChatMessage FromSystem(Guid meetupId, ChatMessageKind kind, Guid? subjectUserId, string text, DateTime now) =>
        kind == ChatMessageKind.User
            ? throw new ArgumentException("System messages need a system kind.", nameof(kind))
            : new ChatMessage { MeetupId = meetupId, Kind = kind, SubjectUserId = subjectUserId, Text = text, CreationTime = now };
}

/// <summary>How far a member has read a room; unread counts are measured from it.</summary>
public sealed class ChatReadMarker
{
    private ChatReadMarker()
    {
    }

    public ChatReadMarker(Guid meetupId, Guid userId, long lastReadMessageId)
    {
        MeetupId = meetupId;
        UserId = userId;
        LastReadMessageId = lastReadMessageId;
    }

    public Guid MeetupId { get; private set; }

    public Guid UserId { get; private set; }

    public long LastReadMessageId { get; private set; }

    /// <summary>Markers only move forward.</summary>
    public void MoveTo(long messageId) => LastReadMessageId = Math.Max(LastReadMessageId, messageId);
}

public sealed record ChatVolume(int Total, int Since, DateTime? LastTime);

public interface IChatMessageRepository
{
    Task InsertAsync(ChatMessage message, CancellationToken cancellationToken = default);

    /// <summary>Newest first, at most <paramref name="take"/>, sent at or after <paramref name="since"/>, older than <paramref name="beforeId"/>.</summary>
    Task<IReadOnlyList<ChatMessage>> GetPageAsync(Guid meetupId, DateTime since, long? beforeId, int take, CancellationToken cancellationToken = default);

    /// <summary>One message, tracked (a moderator may hide it).</summary>
    Task<ChatMessage?> FindAsync(long id, CancellationToken cancellationToken = default);

    Task<long?> GetLatestIdAsync(Guid meetupId, CancellationToken cancellationToken = default);

    /// <summary>How many messages people (not the system) sent in the room, in all and since <paramref name="since"/>, and when the last was sent.</summary>
    Task<ChatVolume> GetVolumeAsync(Guid meetupId, DateTime since, CancellationToken cancellationToken = default);

    Task<ChatReadMarker?> FindReadMarkerAsync(Guid meetupId, Guid userId, CancellationToken cancellationToken = default);

    Task InsertReadMarkerAsync(ChatReadMarker marker, CancellationToken cancellationToken = default);

    /// <summary>Unread counts of one user in the given rooms (messages since joining, after the read marker, not their own).</summary>
    Task<IReadOnlyDictionary<Guid, int>> CountUnreadAsync(Guid userId, IReadOnlyCollection<Guid> meetupIds, CancellationToken cancellationToken = default);
}

/// <summary>A chat message was stored (by a member over REST or the live connection, or by the system); raised after commit.</summary>
public sealed record ChatMessagePostedEvent(ChatMessage Message) : Moyeora.Domain.IDomainEvent;
