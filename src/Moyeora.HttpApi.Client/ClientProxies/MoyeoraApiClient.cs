using Moyeora.Account;
using Moyeora.Blocks;
using Moyeora.Chat;
using Moyeora.Friends;
using Moyeora.Jobs;
using Moyeora.Meetups;
using Moyeora.Notifications;
using Moyeora.Outbound;
using Moyeora.People;
using Moyeora.Permissions;
using Moyeora.Profile;
using Moyeora.Ratings;
using Moyeora.Reports;
using Moyeora.Users;

namespace Moyeora.ClientProxies;

/// <summary>
/// All proxies over one <see cref="HttpClient"/> (whose BaseAddress is the API root), sharing the
/// signed-in session: <see cref="SignInAsync"/> or <see cref="UseTokens"/> set the bearer token.
/// The proxies themselves are generated (Generated/*.g.cs); a new application service gets its property here.
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
        AuditLogs = new AuditLogClientProxy(httpClient, this);
        SecurityLogs = new SecurityLogClientProxy(httpClient, this);
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

    public IPeopleAppService People { get; }

    public IRatingAppService Ratings { get; }

    public IReportAppService Reports { get; }

    public IReportModerationAppService ReportModeration { get; }

    public IUserAdministrationAppService UserAdministration { get; }

    public Moyeora.Administration.IDashboardAppService Dashboard { get; }

    public Moyeora.Auditing.IAuditLogAppService AuditLogs { get; }

    public Moyeora.Security.ISecurityLogAppService SecurityLogs { get; }

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
