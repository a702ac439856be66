namespace Moyeora.Notifications;

/// <summary>
/// One in-app notification for one user, created by the domain event that causes it (spec §6), never by
/// a controller. Only its reader changes it, by marking it read.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Notification(Guid userId, NotificationKind kind, string text, DateTime now, Guid? meetupId = null, Guid? actorId = null)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        Kind = kind;
        Text = text.Length <= NotificationConsts.MaxTextLength ? text : text[..NotificationConsts.MaxTextLength];
        MeetupId = meetupId;
        ActorId = actorId;
        CreationTime = now;
    }

    public Guid Id { get; private set; }

    /// <summary>Whom it is for.</summary>
    public Guid UserId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public string Text { get; private set; } = null!;

    /// <summary>The meetup it is about, if any.</summary>
    public Guid? MeetupId { get; private set; }

    /// <summary>Who caused it, if a person did.</summary>
    public Guid? ActorId { get; private set; }

    public DateTime CreationTime { get; private set; }

    public DateTime? ReadTime { get; private set; }

    public bool IsRead => ReadTime is not null;

    public void MarkRead(DateTime now) => ReadTime ??= now;
}

public interface INotificationRepository
{
    Task InsertManyAsync(IEnumerable<Notification> notifications, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<(IReadOnlyList<Notification> Items, int TotalCount)> GetForUserAsync(Guid userId, int skip, int take, CancellationToken cancellationToken = default);

    Task<int> CountUnreadAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>The user's own notification, tracked; null for anyone else's.</summary>
    Task<Notification?> FindForUserAsync(Guid id, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Marks every unread notification of the user read; returns how many.</summary>
    Task<int> MarkAllReadAsync(Guid userId, DateTime now, CancellationToken cancellationToken = default);
}

/// <summary>
/// A notification is being stored: raised in its unit of work just before the save (<c>IDomainEventHandler</c>: its
/// outbound messages are stored with it) and again after the commit (<c>IAfterCommitHandler</c>: the live push).
/// </summary>
public sealed record NotificationCreatedEvent(Notification Notification) : Moyeora.Domain.IDomainEvent;
