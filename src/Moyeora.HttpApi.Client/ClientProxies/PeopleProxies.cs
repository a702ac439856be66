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

public sealed class RatingClientProxy(HttpClient httpClient, IAccessTokenSource? tokens = null)
    : ClientProxyBase(httpClient, tokens), Moyeora.Ratings.IRatingAppService
{
    public Task<Moyeora.Ratings.RatingSheetDto> GetSheetAsync(Guid meetupId, CancellationToken cancellationToken = default) =>
        GetAsync<Moyeora.Ratings.RatingSheetDto>($"api/app/meetups/{Segment(meetupId)}/ratings", cancellationToken);

    public Task<Moyeora.Ratings.RatingSheetEntryDto> RateAsync(Guid meetupId, Moyeora.Ratings.RateMemberDto input, CancellationToken cancellationToken = default) =>
        SendAsync<Moyeora.Ratings.RatingSheetEntryDto>(HttpMethod.Post, $"api/app/meetups/{Segment(meetupId)}/ratings", input, cancellationToken);
}
