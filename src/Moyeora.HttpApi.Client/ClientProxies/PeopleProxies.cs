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

public sealed class ReportClientProxy(HttpClient httpClient, IAccessTokenSource? tokens = null)
    : ClientProxyBase(httpClient, tokens), Moyeora.Reports.IReportAppService
{
    public Task<Moyeora.Reports.ReportReceiptDto> CreateAsync(Moyeora.Reports.CreateReportDto input, CancellationToken cancellationToken = default) =>
        SendAsync<Moyeora.Reports.ReportReceiptDto>(HttpMethod.Post, "api/app/reports", input, cancellationToken);
}

public sealed class ReportModerationClientProxy(HttpClient httpClient, IAccessTokenSource? tokens = null)
    : ClientProxyBase(httpClient, tokens), Moyeora.Reports.IReportModerationAppService
{
    private const string Root = "api/app/moderation/reports";

    public Task<Moyeora.Dtos.PagedResultDto<Moyeora.Reports.ReportDto>> GetListAsync(Moyeora.Reports.GetReportsDto input, CancellationToken cancellationToken = default) =>
        GetAsync<Moyeora.Dtos.PagedResultDto<Moyeora.Reports.ReportDto>>(Root + Query(
            ("status", input.Status is { } s ? JsonName(s) : null),
            ("targetType", input.TargetType is { } t ? JsonName(t) : null),
            ("skipCount", input.SkipCount), ("maxResultCount", input.MaxResultCount)), cancellationToken);

    public Task<Moyeora.Reports.ReportDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<Moyeora.Reports.ReportDto>($"{Root}/{Segment(id)}", cancellationToken);

    public Task<Moyeora.Reports.ReportDto> StartReviewAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<Moyeora.Reports.ReportDto>(HttpMethod.Post, $"{Root}/{Segment(id)}/review", null, cancellationToken);

    public Task<Moyeora.Reports.ReportDto> DismissAsync(Guid id, Moyeora.Reports.DismissReportDto input, CancellationToken cancellationToken = default) =>
        SendAsync<Moyeora.Reports.ReportDto>(HttpMethod.Post, $"{Root}/{Segment(id)}/dismiss", input, cancellationToken);

    public Task<Moyeora.Reports.ReportDto> ActAsync(Guid id, Moyeora.Reports.ActOnReportDto input, CancellationToken cancellationToken = default) =>
        SendAsync<Moyeora.Reports.ReportDto>(HttpMethod.Post, $"{Root}/{Segment(id)}/act", input, cancellationToken);

    private static string JsonName<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
