using System.ComponentModel.DataAnnotations;
using Moyeora.ExceptionHandling;

namespace Moyeora.Chat;

public sealed class SendChatMessageDto
{
    [FieldCode(MoyeoraErrorCodes.InvalidChatMessage)]
    [Required, StringLength(ChatConsts.MaxMessageLength)]
    public string Text { get; set; } = string.Empty;
}

public sealed class ChatMessageDto
{
    /// <summary>Grows with every message: the order of the room and the paging cursor.</summary>
    public long Id { get; set; }

    public Guid MeetupId { get; set; }

    public ChatMessageKind Kind { get; set; }

    /// <summary>Null for system messages.</summary>
    public Guid? SenderId { get; set; }

    public string? SenderNickname { get; set; }

    public Guid? SubjectUserId { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>A moderator hid the message (acting on a report); <see cref="Text"/> then says so instead.</summary>
    public bool IsHidden { get; set; }

    public DateTime CreationTime { get; set; }
}

public sealed class GetChatMessagesDto
{
    /// <summary>Cursor: only messages older than this id (from the previous page's <c>nextBeforeId</c>).</summary>
    [Range(1, long.MaxValue)]
    public long? BeforeId { get; set; }

    [Range(1, 100)]
    public int MaxResultCount { get; set; } = 50;
}

public sealed class ChatMessagePageDto
{
    /// <summary>Newest first.</summary>
    public IReadOnlyList<ChatMessageDto> Items { get; set; } = [];

    /// <summary>Pass as <c>beforeId</c> for the next (older) page; null when there is none.</summary>
    public long? NextBeforeId { get; set; }
}

public sealed class MarkChatReadDto
{
    [Range(1, long.MaxValue)]
    public long LastReadMessageId { get; set; }
}

public sealed class ChatUnreadCountDto
{
    public Guid MeetupId { get; set; }

    public int UnreadCount { get; set; }

    public long? LastReadMessageId { get; set; }
}

/// <summary>A meetup's chat room over REST: members only, since they joined.</summary>
public interface IChatAppService
{
    Task<ChatMessageDto> SendAsync(Guid meetupId, SendChatMessageDto input, CancellationToken cancellationToken = default);

    Task<ChatMessagePageDto> GetMessagesAsync(Guid meetupId, GetChatMessagesDto input, CancellationToken cancellationToken = default);

    Task<ChatUnreadCountDto> MarkReadAsync(Guid meetupId, MarkChatReadDto input, CancellationToken cancellationToken = default);

    Task<ChatUnreadCountDto> GetUnreadCountAsync(Guid meetupId, CancellationToken cancellationToken = default);
}
