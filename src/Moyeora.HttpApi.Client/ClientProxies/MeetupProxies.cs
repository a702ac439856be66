using Moyeora.Chat;
using Moyeora.Dtos;
using Moyeora.Meetups;

namespace Moyeora.ClientProxies;

public sealed class MeetupClientProxy(HttpClient httpClient, IAccessTokenSource? tokens = null)
    : ClientProxyBase(httpClient, tokens), IMeetupAppService
{
    private const string Root = "api/app/meetups";

    public Task<MeetupDto> CreateAsync(CreateMeetupDto input, CancellationToken cancellationToken = default) =>
        SendAsync<MeetupDto>(HttpMethod.Post, Root, input, cancellationToken);

    public Task<MeetupDto> UpdateAsync(Guid id, UpdateMeetupDto input, CancellationToken cancellationToken = default) =>
        SendAsync<MeetupDto>(HttpMethod.Put, $"{Root}/{id}", input, cancellationToken);

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"{Root}/{id}", null, cancellationToken);

    public Task<MeetupDto> CancelAsync(Guid id, CancelMeetupDto input, CancellationToken cancellationToken = default) =>
        SendAsync<MeetupDto>(HttpMethod.Post, $"{Root}/{id}/cancel", input, cancellationToken);

    public Task<MeetupDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<MeetupDto>($"{Root}/{id}", cancellationToken);

    public Task<PagedResultDto<MeetupListItemDto>> GetRecruitingListAsync(PagedRequestDto input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<MeetupListItemDto>>($"{Root}/recruiting" + Paging(input), cancellationToken);

    public Task<PagedResultDto<MeetupListItemDto>> GetNearbyAsync(GetNearbyMeetupsDto input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<MeetupListItemDto>>($"{Root}/nearby" + Query(
            ("latitude", input.Latitude), ("longitude", input.Longitude), ("radiusMeters", input.RadiusMeters),
            ("skipCount", input.SkipCount), ("maxResultCount", input.MaxResultCount)), cancellationToken);

    public Task<IReadOnlyList<MeetupMarkerDto>> GetMarkersAsync(GetMeetupMarkersDto input, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<MeetupMarkerDto>>($"{Root}/markers" + Query(
            ("south", input.South), ("west", input.West), ("north", input.North), ("east", input.East), ("maxResultCount", input.MaxResultCount)), cancellationToken);

    public Task<PagedResultDto<MyMeetupDto>> GetMineAsync(PagedRequestDto input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<MyMeetupDto>>($"{Root}/mine" + Paging(input), cancellationToken);

    public Task<PagedResultDto<MeetupListItemDto>> GetHostingAsync(PagedRequestDto input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<MeetupListItemDto>>($"{Root}/hosting" + Paging(input), cancellationToken);

    public Task<PagedResultDto<MeetupListItemDto>> SearchAsync(SearchMeetupsDto input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<MeetupListItemDto>>($"{Root}/search" + SearchQuery(input), cancellationToken);

    public Task<PagedResultDto<MeetupListItemDto>> SearchMineAsync(SearchMeetupsDto input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<MeetupListItemDto>>($"{Root}/mine/search" + SearchQuery(input), cancellationToken);

    public Task<MeetupDto> JoinAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<MeetupDto>(HttpMethod.Post, $"{Root}/{id}/join", null, cancellationToken);

    public Task LeaveAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"{Root}/{id}/leave", null, cancellationToken);

    public Task<MeetupDto> ConfirmAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<MeetupDto>(HttpMethod.Post, $"{Root}/{id}/confirm", null, cancellationToken);

    public Task<MeetupDto> HandOverAsync(Guid id, HandOverMeetupDto input, CancellationToken cancellationToken = default) =>
        SendAsync<MeetupDto>(HttpMethod.Post, $"{Root}/{id}/hand-over", input, cancellationToken);

    public Task KickAsync(Guid id, Guid userId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"{Root}/{id}/members/{userId}/kick", null, cancellationToken);

    public Task<MeetupInvitationDto> InviteAsync(Guid id, InviteToMeetupDto input, CancellationToken cancellationToken = default) =>
        SendAsync<MeetupInvitationDto>(HttpMethod.Post, $"{Root}/{id}/invitations", input, cancellationToken);

    public Task<PagedResultDto<ReceivedInvitationDto>> GetInvitationsAsync(PagedRequestDto input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<ReceivedInvitationDto>>($"{Root}/invitations" + Paging(input), cancellationToken);

    public Task<MeetupDto> AcceptInvitationAsync(Guid invitationId, CancellationToken cancellationToken = default) =>
        SendAsync<MeetupDto>(HttpMethod.Post, $"{Root}/invitations/{invitationId}/accept", null, cancellationToken);

    public Task DeclineInvitationAsync(Guid invitationId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"{Root}/invitations/{invitationId}/decline", null, cancellationToken);

    public Task<MeetupNoticeDto> PostNoticeAsync(Guid id, PostMeetupNoticeDto input, CancellationToken cancellationToken = default) =>
        SendAsync<MeetupNoticeDto>(HttpMethod.Post, $"{Root}/{id}/notices", input, cancellationToken);

    public Task<PagedResultDto<MeetupNoticeDto>> GetNoticesAsync(Guid id, PagedRequestDto input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<MeetupNoticeDto>>($"{Root}/{id}/notices" + Paging(input), cancellationToken);

    private static string Paging(PagedRequestDto input) => Query(("skipCount", input.SkipCount), ("maxResultCount", input.MaxResultCount));

    private static string SearchQuery(SearchMeetupsDto input) => Query(
        ("keyword", input.Keyword), ("date", input.Date), ("timeZone", input.TimeZone),
        ("skipCount", input.SkipCount), ("maxResultCount", input.MaxResultCount));
}

public sealed class ChatClientProxy(HttpClient httpClient, IAccessTokenSource? tokens = null)
    : ClientProxyBase(httpClient, tokens), IChatAppService
{
    public Task<ChatMessageDto> SendAsync(Guid meetupId, SendChatMessageDto input, CancellationToken cancellationToken = default) =>
        SendAsync<ChatMessageDto>(HttpMethod.Post, $"api/app/meetups/{meetupId}/chat/messages", input, cancellationToken);

    public Task<ChatMessagePageDto> GetMessagesAsync(Guid meetupId, GetChatMessagesDto input, CancellationToken cancellationToken = default) =>
        GetAsync<ChatMessagePageDto>($"api/app/meetups/{meetupId}/chat/messages" + Query(("beforeId", input.BeforeId), ("maxResultCount", input.MaxResultCount)), cancellationToken);

    public Task<ChatUnreadCountDto> MarkReadAsync(Guid meetupId, MarkChatReadDto input, CancellationToken cancellationToken = default) =>
        SendAsync<ChatUnreadCountDto>(HttpMethod.Post, $"api/app/meetups/{meetupId}/chat/read", input, cancellationToken);

    public Task<ChatUnreadCountDto> GetUnreadCountAsync(Guid meetupId, CancellationToken cancellationToken = default) =>
        GetAsync<ChatUnreadCountDto>($"api/app/meetups/{meetupId}/chat/unread-count", cancellationToken);
}
