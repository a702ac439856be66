using Moyeora.Account;
using Moyeora.Blocks;
using Moyeora.Chat;
using Moyeora.Dtos;
using Moyeora.Friends;
using Moyeora.Jobs;
using Moyeora.Meetups;
using Moyeora.Notifications;
using Moyeora.Permissions;
using Moyeora.Profile;
using Moyeora.Outbound;

namespace Moyeora.ClientProxies;

public sealed class AccountClientProxy(HttpClient httpClient, IAccessTokenSource? tokens = null)
    : ClientProxyBase(httpClient, tokens), IAccountAppService
{
    public Task<VerificationCodeSentDto> SendVerificationCodeAsync(SendVerificationCodeDto input, CancellationToken cancellationToken = default) =>
        SendAsync<VerificationCodeSentDto>(HttpMethod.Post, "api/app/account/verification-codes", input, cancellationToken);

    public Task<VerificationTokenDto> VerifyCodeAsync(VerifyCodeDto input, CancellationToken cancellationToken = default) =>
        SendAsync<VerificationTokenDto>(HttpMethod.Post, "api/app/account/verification-codes/verify", input, cancellationToken);

    public Task<NicknameAvailabilityDto> CheckNicknameAsync(CheckNicknameDto input, CancellationToken cancellationToken = default) =>
        GetAsync<NicknameAvailabilityDto>("api/app/account/nickname-availability" + Query(("nickname", input.Nickname)), cancellationToken);

    public Task<AuthTokensDto> RegisterAsync(RegisterDto input, CancellationToken cancellationToken = default) =>
        SendAsync<AuthTokensDto>(HttpMethod.Post, "api/app/account/register", input, cancellationToken);

    public Task<AuthTokensDto> LoginAsync(LoginDto input, CancellationToken cancellationToken = default) =>
        SendAsync<AuthTokensDto>(HttpMethod.Post, "api/app/account/login", input, cancellationToken);

    public Task<AuthTokensDto> RefreshAsync(RefreshTokenDto input, CancellationToken cancellationToken = default) =>
        SendAsync<AuthTokensDto>(HttpMethod.Post, "api/app/account/refresh", input, cancellationToken);

    public Task LogoutAsync(LogoutDto input, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "api/app/account/logout", input, cancellationToken);

    public Task ResetPasswordAsync(ResetPasswordDto input, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "api/app/account/reset-password", input, cancellationToken);
}

public sealed class ProfileClientProxy(HttpClient httpClient, IAccessTokenSource? tokens = null)
    : ClientProxyBase(httpClient, tokens), IProfileAppService
{
    public Task<MyProfileDto> GetAsync(CancellationToken cancellationToken = default) =>
        GetAsync<MyProfileDto>("api/app/profile", cancellationToken);

    public Task<MyProfileDto> UpdateAsync(UpdateProfileDto input, CancellationToken cancellationToken = default) =>
        SendAsync<MyProfileDto>(HttpMethod.Put, "api/app/profile", input, cancellationToken);

    public Task<MyProfileDto> SetStatusMessageAsync(UpdateStatusMessageDto input, CancellationToken cancellationToken = default) =>
        SendAsync<MyProfileDto>(HttpMethod.Put, "api/app/profile/status-message", input, cancellationToken);

    public Task<MyProfileDto> SetInterestsAsync(UpdateInterestsDto input, CancellationToken cancellationToken = default) =>
        SendAsync<MyProfileDto>(HttpMethod.Put, "api/app/profile/interests", input, cancellationToken);

    public Task<MyProfileDto> UpdateSettingsAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default) =>
        SendAsync<MyProfileDto>(HttpMethod.Put, "api/app/profile/settings", input, cancellationToken);

    public Task ChangePasswordAsync(ChangePasswordDto input, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "api/app/profile/change-password", input, cancellationToken);

    public Task<MyProfileDto> ChangePhoneNumberAsync(ChangePhoneNumberDto input, CancellationToken cancellationToken = default) =>
        SendAsync<MyProfileDto>(HttpMethod.Post, "api/app/profile/change-phone-number", input, cancellationToken);

    public Task DeleteAsync(DeleteAccountDto input, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "api/app/profile/delete", input, cancellationToken);
}

public sealed class PermissionClientProxy(HttpClient httpClient, IAccessTokenSource? tokens = null)
    : ClientProxyBase(httpClient, tokens), IPermissionAppService
{
    public Task<IReadOnlyList<PermissionDefinitionDto>> GetPermissionsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<PermissionDefinitionDto>>("api/app/permissions/definitions", cancellationToken);

    public Task<IReadOnlyList<RoleDto>> GetRolesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<RoleDto>>("api/app/permissions/roles", cancellationToken);

    public Task<RoleDto> GrantAsync(RolePermissionDto input, CancellationToken cancellationToken = default) =>
        SendAsync<RoleDto>(HttpMethod.Put, $"api/app/permissions/roles/{Segment(input.RoleName)}/permissions/{Segment(input.Permission)}", null, cancellationToken);

    public Task<RoleDto> RevokeAsync(RolePermissionDto input, CancellationToken cancellationToken = default) =>
        SendAsync<RoleDto>(HttpMethod.Delete, $"api/app/permissions/roles/{Segment(input.RoleName)}/permissions/{Segment(input.Permission)}", null, cancellationToken);

    public Task AddUserToRoleAsync(UserRoleDto input, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, $"api/app/permissions/users/{input.UserId}/roles/{Segment(input.RoleName)}", null, cancellationToken);

    public Task RemoveUserFromRoleAsync(UserRoleDto input, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"api/app/permissions/users/{input.UserId}/roles/{Segment(input.RoleName)}", null, cancellationToken);
}

public sealed class OutboxClientProxy(HttpClient httpClient, IAccessTokenSource? tokens = null)
    : ClientProxyBase(httpClient, tokens), IOutboxAppService
{
    public Task<PagedResultDto<OutboxMessageDto>> GetListAsync(GetOutboxMessagesDto input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<OutboxMessageDto>>("api/app/outbox" + Query(
            ("channel", input.Channel?.ToString()), ("recipient", input.Recipient),
            ("skipCount", input.SkipCount), ("maxResultCount", input.MaxResultCount)), cancellationToken);
}

public sealed class JobClientProxy(HttpClient httpClient, IAccessTokenSource? tokens = null)
    : ClientProxyBase(httpClient, tokens), IJobAppService
{
    public Task<IReadOnlyList<JobDto>> GetListAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<JobDto>>("api/app/jobs", cancellationToken);

    public Task TriggerAsync(string name, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"api/app/jobs/{Segment(name)}/trigger", null, cancellationToken);
}

public sealed class NotificationClientProxy(HttpClient httpClient, IAccessTokenSource? tokens = null)
    : ClientProxyBase(httpClient, tokens), INotificationAppService
{
    public Task<PagedResultDto<NotificationDto>> GetListAsync(PagedRequestDto input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<NotificationDto>>("api/app/notifications" + Query(("skipCount", input.SkipCount), ("maxResultCount", input.MaxResultCount)), cancellationToken);

    public Task<NotificationUnreadCountDto> GetUnreadCountAsync(CancellationToken cancellationToken = default) =>
        GetAsync<NotificationUnreadCountDto>("api/app/notifications/unread-count", cancellationToken);

    public Task<NotificationUnreadCountDto> MarkReadAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<NotificationUnreadCountDto>(HttpMethod.Post, $"api/app/notifications/{Segment(id)}/read", null, cancellationToken);

    public Task<NotificationUnreadCountDto> MarkAllReadAsync(CancellationToken cancellationToken = default) =>
        SendAsync<NotificationUnreadCountDto>(HttpMethod.Post, "api/app/notifications/read-all", null, cancellationToken);
}

public sealed class FriendClientProxy(HttpClient httpClient, IAccessTokenSource? tokens = null)
    : ClientProxyBase(httpClient, tokens), IFriendAppService
{
    private const string Root = "api/app/friends";

    public Task<FriendRequestResultDto> SendRequestAsync(SendFriendRequestDto input, CancellationToken cancellationToken = default) =>
        SendAsync<FriendRequestResultDto>(HttpMethod.Post, $"{Root}/requests", input, cancellationToken);

    public Task AcceptAsync(Guid requestId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"{Root}/requests/{Segment(requestId)}/accept", null, cancellationToken);

    public Task DeclineAsync(Guid requestId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"{Root}/requests/{Segment(requestId)}/decline", null, cancellationToken);

    public Task CancelAsync(Guid requestId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"{Root}/requests/{Segment(requestId)}", null, cancellationToken);

    public Task RemoveAsync(Guid friendId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"{Root}/{Segment(friendId)}", null, cancellationToken);

    public Task<PagedResultDto<FriendDto>> GetFriendsAsync(PagedRequestDto input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<FriendDto>>(Root + Paging(input), cancellationToken);

    public Task<PagedResultDto<FriendRequestDto>> GetIncomingAsync(PagedRequestDto input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<FriendRequestDto>>($"{Root}/requests/incoming" + Paging(input), cancellationToken);

    public Task<PagedResultDto<FriendRequestDto>> GetOutgoingAsync(PagedRequestDto input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<FriendRequestDto>>($"{Root}/requests/outgoing" + Paging(input), cancellationToken);

    private static string Paging(PagedRequestDto input) => Query(("skipCount", input.SkipCount), ("maxResultCount", input.MaxResultCount));
}

public sealed class BlockClientProxy(HttpClient httpClient, IAccessTokenSource? tokens = null)
    : ClientProxyBase(httpClient, tokens), IBlockAppService
{
    public Task BlockAsync(Guid userId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, $"api/app/blocks/{Segment(userId)}", null, cancellationToken);

    public Task UnblockAsync(Guid userId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"api/app/blocks/{Segment(userId)}", null, cancellationToken);

    public Task<PagedResultDto<BlockedUserDto>> GetListAsync(PagedRequestDto input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<BlockedUserDto>>("api/app/blocks" + Query(("skipCount", input.SkipCount), ("maxResultCount", input.MaxResultCount)), cancellationToken);
}

/// <summary>
/// All proxies over one <see cref="HttpClient"/> (whose BaseAddress is the API root), sharing the
/// signed-in session: <see cref="SignInAsync"/> or <see cref="UseTokens"/> set the bearer token.
/// </summary>
public sealed class MoyeoraApiClient : IAccessTokenSource
{
    public MoyeoraApiClient(HttpClient httpClient)
    {
        Account = new AccountClientProxy(httpClient, this);
        Profile = new ProfileClientProxy(httpClient, this);
        Permissions = new PermissionClientProxy(httpClient, this);
        Outbox = new OutboxClientProxy(httpClient, this);
        Meetups = new MeetupClientProxy(httpClient, this);
        Chat = new ChatClientProxy(httpClient, this);
        Jobs = new JobClientProxy(httpClient, this);
        Notifications = new NotificationClientProxy(httpClient, this);
        Friends = new FriendClientProxy(httpClient, this);
        Blocks = new BlockClientProxy(httpClient, this);
        People = new PeopleClientProxy(httpClient, this);
        Ratings = new RatingClientProxy(httpClient, this);
        Reports = new ReportClientProxy(httpClient, this);
        ReportModeration = new ReportModerationClientProxy(httpClient, this);
        UserAdministration = new UserAdministrationClientProxy(httpClient, this);
        Dashboard = new DashboardClientProxy(httpClient, this);
    }

    public string? AccessToken { get; private set; }

    public string? RefreshToken { get; private set; }

    public IAccountAppService Account { get; }

    public IProfileAppService Profile { get; }

    public IPermissionAppService Permissions { get; }

    public IOutboxAppService Outbox { get; }

    public IMeetupAppService Meetups { get; }

    public IChatAppService Chat { get; }

    public IJobAppService Jobs { get; }

    public INotificationAppService Notifications { get; }

    public IFriendAppService Friends { get; }

    public IBlockAppService Blocks { get; }

    public Moyeora.People.IPeopleAppService People { get; }

    public Moyeora.Ratings.IRatingAppService Ratings { get; }

    public Moyeora.Reports.IReportAppService Reports { get; }

    public Moyeora.Reports.IReportModerationAppService ReportModeration { get; }

    public Moyeora.Users.IUserAdministrationAppService UserAdministration { get; }

    public Moyeora.Administration.IDashboardAppService Dashboard { get; }

    public void UseTokens(AuthTokensDto? tokens)
    {
        AccessToken = tokens?.AccessToken;
        RefreshToken = tokens?.RefreshToken;
    }

    public async Task<AuthTokensDto> SignInAsync(string phoneNumber, string password, CancellationToken cancellationToken = default)
    {
        var tokens = await Account.LoginAsync(new LoginDto { PhoneNumber = phoneNumber, Password = password }, cancellationToken);
        UseTokens(tokens);
        return tokens;
    }
}
