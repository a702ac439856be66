using Moyeora.Users;

namespace Moyeora.Meetups;

internal static class MeetupMappings
{
    public static T ToListItem<T>(this MeetupSummary m, T item)
        where T : MeetupListItemDto
    {
        item.Id = m.Id;
        item.HostId = m.HostId;
        item.Title = m.Title;
        item.ImageUrl = m.ImageUrl;
        item.MaxMembers = m.MaxMembers;
        item.MemberCount = m.MemberCount;
        item.IsFull = m.MemberCount >= m.MaxMembers;
        item.StartTime = m.StartTime;
        item.EndTime = m.EndTime;
        item.IsOnline = m.IsOnline;
        item.Place = m.Place;
        item.Latitude = m.Latitude;
        item.Longitude = m.Longitude;
        item.Status = m.Status;
        item.Tags = m.Tags;
        item.CreationTime = m.CreationTime;
        return item;
    }

    public static MeetupListItemDto ToListItem(this MeetupSummary m) => m.ToListItem(new MeetupListItemDto());

    public static UserSummaryDto ToDto(this UserSummary? user, Guid id) => user is { IsActive: true }
        ? new UserSummaryDto { Id = user.Id, Nickname = user.Nickname, ProfileImageUrl = user.ProfileImageUrl, Rating = user.Rating }
        : new UserSummaryDto { Id = id, Nickname = "탈퇴한 사용자", Rating = UserConsts.InitialRating };

    public static MeetupNoticeDto ToDto(this MeetupNotice notice) =>
        new() { Id = notice.Id, Title = notice.Title, Body = notice.Body, CreationTime = notice.CreationTime };

    public static MeetupInvitationDto ToDto(this MeetupInvitation invitation, DateTime meetupStart, DateTime now) => new()
    {
        Id = invitation.Id,
        MeetupId = invitation.MeetupId,
        InviteeId = invitation.InviteeId,
        Status = invitation.EffectiveStatus(meetupStart, now),
        CreationTime = invitation.CreationTime,
    };
}
