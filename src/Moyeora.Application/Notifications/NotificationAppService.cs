using Moyeora.Authorization;
using Moyeora.Domain;
using Moyeora.Dtos;
using Moyeora.ExceptionHandling;
using Moyeora.Users;

namespace Moyeora.Notifications;

public sealed class NotificationAppService(
    INotificationRepository notifications,
    IUserRepository users,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : INotificationAppService
{
    public async Task<PagedResultDto<NotificationDto>> GetListAsync(PagedRequestDto input, CancellationToken cancellationToken = default)
    {
        var user = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var (items, total) = await notifications.GetForUserAsync(user.Id, input.Skip(), input.Take(), cancellationToken);
        return new PagedResultDto<NotificationDto>(items.Select(n => n.ToDto()).ToList(), total);
    }

    public async Task<NotificationUnreadCountDto> GetUnreadCountAsync(CancellationToken cancellationToken = default)
    {
        var user = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        return new NotificationUnreadCountDto { UnreadCount = await notifications.CountUnreadAsync(user.Id, cancellationToken) };
    }

    public async Task<NotificationUnreadCountDto> MarkReadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        var notification = await notifications.FindForUserAsync(id, user.Id, cancellationToken)
            ?? throw BusinessException.NotFound(MoyeoraErrorCodes.NotificationNotFound);
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new NotificationUnreadCountDto { UnreadCount = await notifications.CountUnreadAsync(user.Id, cancellationToken) };
    }

    public async Task<NotificationUnreadCountDto> MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        var user = await users.GetRequiredUserAsync(currentUser, cancellationToken);
        await notifications.MarkAllReadAsync(user.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return new NotificationUnreadCountDto { UnreadCount = 0 };
    }
}

internal static class NotificationMappings
{
    public static NotificationDto ToDto(this Notification n) => new()
    {
        Id = n.Id, Kind = n.Kind, Text = n.Text, MeetupId = n.MeetupId, ActorId = n.ActorId, CreationTime = n.CreationTime, ReadTime = n.ReadTime,
    };
}
