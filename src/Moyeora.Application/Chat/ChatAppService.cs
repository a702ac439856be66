using Moyeora.Authorization;
using Moyeora.Domain;
using Moyeora.ExceptionHandling;
using Moyeora.Meetups;
using Moyeora.Users;

namespace Moyeora.Chat;

public sealed class ChatAppService(
    IMeetupRepository meetups,
    IChatMessageRepository messages,
    IChatMessageWriter writer,
    IUserRepository users,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : IChatAppService
{
    public async Task<ChatMessageDto> SendAsync(Guid meetupId, SendChatMessageDto input, CancellationToken cancellationToken = default)
    {
        var (room, sender) = await GetRoomAsync(meetupId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!Meetup.IsChatOpen(room.Status, room.EndTime, now))
        {
            throw new BusinessException(MoyeoraErrorCodes.ChatReadOnly);
        }

        var message = ChatMessage.FromMember(meetupId, sender.Id, input.Text, now);
        // Group commit with the room's other senders; answered once stored (ChatBusy when the node is full).
        await writer.WriteAsync(message, cancellationToken);
        return message.ToDto(new Dictionary<Guid, UserSummary> { [sender.Id] = sender });
    }

    public async Task<ChatMessagePageDto> GetMessagesAsync(Guid meetupId, GetChatMessagesDto input, CancellationToken cancellationToken = default)
    {
        var (room, _) = await GetRoomAsync(meetupId, cancellationToken);
        if (input.BeforeId is <= 0)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidCursor, "beforeId");
        }

        var take = Math.Clamp(input.MaxResultCount, 1, 100);
        // One more than asked tells whether an older page exists.
        var page = await messages.GetPageAsync(meetupId, room.JoinTime!.Value, input.BeforeId, take + 1, cancellationToken);
        var items = page.Take(take).ToList();
        var senders = await users.GetSummariesAsync(items.Where(m => m.SenderId is not null).Select(m => m.SenderId!.Value).ToList(), cancellationToken);
        return new ChatMessagePageDto
        {
            Items = items.Select(m => m.ToDto(senders)).ToList(),
            NextBeforeId = page.Count > take ? items[^1].Id : null,
        };
    }

    public async Task<ChatUnreadCountDto> MarkReadAsync(Guid meetupId, MarkChatReadDto input, CancellationToken cancellationToken = default)
    {
        var userId = (await GetRoomAsync(meetupId, cancellationToken)).User.Id;
        var latest = await messages.GetLatestIdAsync(meetupId, cancellationToken) ?? 0;
        if (input.LastReadMessageId <= 0 || input.LastReadMessageId > latest)
        {
            throw BusinessException.Invalid(MoyeoraErrorCodes.InvalidCursor, "lastReadMessageId");
        }

        var marker = await messages.FindReadMarkerAsync(meetupId, userId, cancellationToken);
        if (marker is null)
        {
            await messages.InsertReadMarkerAsync(new ChatReadMarker(meetupId, userId, input.LastReadMessageId), cancellationToken);
        }
        else
        {
            marker.MoveTo(input.LastReadMessageId);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetUnreadCountAsync(meetupId, cancellationToken);
    }

    public async Task<ChatUnreadCountDto> GetUnreadCountAsync(Guid meetupId, CancellationToken cancellationToken = default)
    {
        var userId = (await GetRoomAsync(meetupId, cancellationToken)).User.Id;
        var counts = await messages.CountUnreadAsync(userId, [meetupId], cancellationToken);
        var marker = await messages.FindReadMarkerAsync(meetupId, userId, cancellationToken);
        return new ChatUnreadCountDto { MeetupId = meetupId, UnreadCount = counts.GetValueOrDefault(meetupId), LastReadMessageId = marker?.LastReadMessageId };
    }

    /// <summary>
    /// Members only: a kicked or departed user is no longer a participant and loses access at once. One read
    /// (the caller's summary with the room's state and their membership) — chat is the hottest write path.
    /// </summary>
    private async Task<(ChatRoomAccess Room, UserSummary User)> GetRoomAsync(Guid meetupId, CancellationToken cancellationToken)
    {
        var userId = currentUser.GetRequiredId();
        var (user, room) = await meetups.GetChatAccessAsync(meetupId, userId, cancellationToken);
        if (user is not { IsActive: true })
        {
            throw BusinessException.Unauthenticated(MoyeoraErrorCodes.AccountDeactivated);
        }

        if (room is null)
        {
            throw NotFoundErrors.Meetup();
        }

        if (room.JoinTime is null)
        {
            if (room.Status != MeetupStatus.Recruiting)
            {
                // Not public any more: do not even confirm it exists.
                throw NotFoundErrors.Meetup();
            }

            throw new BusinessException(MoyeoraErrorCodes.NotMeetupMember, ErrorKind.Forbidden);
        }

        return (room, user);
    }
}

internal static class ChatMappings
{
    public static ChatMessageDto ToDto(this ChatMessage message, IReadOnlyDictionary<Guid, UserSummary> senders) => new()
    {
        Id = message.Id,
        MeetupId = message.MeetupId,
        Kind = message.Kind,
        SenderId = message.SenderId,
        SenderNickname = message.SenderId is { } id
            ? senders.TryGetValue(id, out var s) && s.IsActive ? s.Nickname : "탈퇴한 사용자"
            : null,
        SubjectUserId = message.SubjectUserId,
        Text = message.IsHidden ? ChatMessage.HiddenText : message.Text,
        IsHidden = message.IsHidden,
        CreationTime = message.CreationTime,
    };
}
