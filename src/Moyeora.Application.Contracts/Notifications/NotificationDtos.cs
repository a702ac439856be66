using Moyeora.Dtos;

namespace Moyeora.Notifications;

public sealed class NotificationDto
{
    public Guid Id { get; set; }

    public NotificationKind Kind { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>The meetup it is about, if any.</summary>
    public Guid? MeetupId { get; set; }

    /// <summary>Who caused it, if a person did.</summary>
    public Guid? ActorId { get; set; }

    public DateTime CreationTime { get; set; }

    public DateTime? ReadTime { get; set; }
}

public sealed class NotificationUnreadCountDto
{
    public int UnreadCount { get; set; }
}

/// <summary>The signed-in user's own in-app notifications (spec §6); also pushed live as <c>notification</c>.</summary>
public interface INotificationAppService
{
    /// <summary>Newest first.</summary>
    Task<PagedResultDto<NotificationDto>> GetListAsync(PagedRequestDto input, CancellationToken cancellationToken = default);

    Task<NotificationUnreadCountDto> GetUnreadCountAsync(CancellationToken cancellationToken = default);

    /// <summary>Only one's own; anyone else's answers 404.</summary>
    Task<NotificationUnreadCountDto> MarkReadAsync(Guid id, CancellationToken cancellationToken = default);

    Task<NotificationUnreadCountDto> MarkAllReadAsync(CancellationToken cancellationToken = default);
}
