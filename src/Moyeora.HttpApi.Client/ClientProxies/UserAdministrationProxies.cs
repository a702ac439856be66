namespace Moyeora.ClientProxies;

public sealed class UserAdministrationClientProxy(HttpClient httpClient, IAccessTokenSource? tokens = null)
    : ClientProxyBase(httpClient, tokens), Moyeora.Users.IUserAdministrationAppService
{
    private const string Root = "api/app/admin/users";

    public Task<Moyeora.Dtos.PagedResultDto<Moyeora.Users.UserListItemDto>> GetListAsync(Moyeora.Users.GetUsersDto input, CancellationToken cancellationToken = default) =>
        GetAsync<Moyeora.Dtos.PagedResultDto<Moyeora.Users.UserListItemDto>>(Root + Query(("filter", input.Filter), ("state", input.State?.ToString()),
            ("skipCount", input.SkipCount), ("maxResultCount", input.MaxResultCount)), cancellationToken);

    public Task<Moyeora.Users.UserDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<Moyeora.Users.UserDetailDto>($"{Root}/{Segment(id)}", cancellationToken);

    public Task<Moyeora.Users.UserSecurityDto> GetSecurityAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<Moyeora.Users.UserSecurityDto>($"{Root}/{Segment(id)}/security", cancellationToken);

    public Task<Moyeora.Users.UserSecurityDto> LockAsync(Guid id, Moyeora.Users.LockUserDto input, CancellationToken cancellationToken = default) =>
        SendAsync<Moyeora.Users.UserSecurityDto>(HttpMethod.Post, $"{Root}/{Segment(id)}/lock", input, cancellationToken);

    public Task<Moyeora.Users.UserSecurityDto> UnlockAsync(Guid id, Moyeora.Users.UserActionDto? input = null, CancellationToken cancellationToken = default) =>
        SendAsync<Moyeora.Users.UserSecurityDto>(HttpMethod.Post, $"{Root}/{Segment(id)}/unlock", input, cancellationToken);

    public Task<Moyeora.Users.UserSecurityDto> EndSessionsAsync(Guid id, Moyeora.Users.UserActionDto? input = null, CancellationToken cancellationToken = default) =>
        SendAsync<Moyeora.Users.UserSecurityDto>(HttpMethod.Post, $"{Root}/{Segment(id)}/end-sessions", input, cancellationToken);
}

public sealed class DashboardClientProxy(HttpClient httpClient, IAccessTokenSource? tokens = null)
    : ClientProxyBase(httpClient, tokens), Moyeora.Administration.IDashboardAppService
{
    public Task<Moyeora.Administration.DashboardDto> GetAsync(CancellationToken cancellationToken = default) =>
        GetAsync<Moyeora.Administration.DashboardDto>("api/app/admin/dashboard", cancellationToken);
}
