using Moyeora.People;

namespace Moyeora.ClientProxies;

public sealed class PeopleClientProxy(HttpClient httpClient, IAccessTokenSource? tokens = null)
    : ClientProxyBase(httpClient, tokens), IPeopleAppService
{
    public Task<PersonProfileDto> GetAsync(Guid userId, CancellationToken cancellationToken = default) =>
        GetAsync<PersonProfileDto>($"api/app/people/{Segment(userId)}", cancellationToken);

    public Task<PersonProfileDto> SearchAsync(SearchPeopleDto input, CancellationToken cancellationToken = default) =>
        GetAsync<PersonProfileDto>("api/app/people/search" + Query(("nickname", input.Nickname), ("phoneNumber", input.PhoneNumber)), cancellationToken);
}
