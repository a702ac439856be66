namespace Moyeora.ClientProxies;

public sealed class UserAdministrationClientProxy(HttpClient httpClient, IAccessTokenSource? tokens = null)
    : ClientProxyBase(httpClient, tokens), Moyeora.Users.IUserAdministrationAppService
{
    private const string Root = "api/app/admin/users";

    public Task<Moyeora.Users.UserSecurityDto> GetSecurityAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<Moyeora.Users.UserSecurityDto>($"{Root}/{Segment(id)}/security", cancellationToken);

    public Task<Moyeora.Users.UserSecurityDto> LockAsync(Guid id, Moyeora.Users.LockUserDto input, CancellationToken cancellationToken = default) =>
        SendAsync<Moyeora.Users.UserSecurityDto>(HttpMethod.Post, $"{Root}/{Segment(id)}/lock", input, cancellationToken);

    public Task<Moyeora.Users.UserSecurityDto> UnlockAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<Moyeora.Users.UserSecurityDto>(HttpMethod.Post, $"{Root}/{Segment(id)}/unlock", null, cancellationToken);

    public Task<Moyeora.Users.UserSecurityDto> EndSessionsAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<Moyeora.Users.UserSecurityDto>(HttpMethod.Post, $"{Root}/{Segment(id)}/end-sessions", null, cancellationToken);
}
