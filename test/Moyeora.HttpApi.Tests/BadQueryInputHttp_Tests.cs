using System.Net.Http.Headers;
using System.Text.Json;

namespace Moyeora.HttpApi.Tests;

/// <summary>
/// The bad-input battery for what is not a JSON body: query parameters and route values of every controller,
/// fed non-finite and overflowing numbers, extreme dates, undecodable text, 100 KB values, non-GUID ids, unknown
/// enum values and hostile paging. Each answers 4xx ProblemDetails with a code that is not InternalError, a field
/// error naming the parameter where one is at fault, and nothing that names .NET internals.
/// </summary>
public sealed class BadQueryInputHttp_Tests(MoyeoraWebApplicationFactory factory) : IClassFixture<MoyeoraWebApplicationFactory>
{
    private static readonly string[] HostileNumbers = ["NaN", "Infinity", "-Infinity", "1e309", "-1e309", "12345678901234567890", "-12345678901234567890"];
    private static readonly string Huge = new('9', 100_000);
    private const string LoneSurrogate = "%ED%A0%80";

    public static TheoryData<string, string, string, int, string?, string?> Cases()
    {
        var data = new TheoryData<string, string, string, int, string?, string?>();
        void Add(string path, string caller = "Anonymous", int status = 400, string? field = null, string? code = null, string method = "GET") =>
            data.Add(method, path, caller, status, field, code);

        const string meetups = "api/app/meetups";
        const string point = "latitude=37.5&longitude=127";
        foreach (var n in HostileNumbers)
        {
            var v = Uri.EscapeDataString(n);
            Add($"{meetups}/nearby?latitude={v}&longitude=127", field: "latitude");
            Add($"{meetups}/nearby?latitude=37.5&longitude={v}", field: "longitude");
            Add($"{meetups}/nearby?{point}&radiusMeters={v}", field: "radiusMeters");
            Add($"{meetups}/nearby?{point}&skipCount={v}", field: "skipCount");
            Add($"{meetups}/nearby?{point}&maxResultCount={v}", field: "maxResultCount");
            Add($"{meetups}/markers?south={v}&west=126&north=38&east=127", field: "south");
            Add($"{meetups}/markers?south=37&west={v}&north=38&east=127", field: "west");
            Add($"{meetups}/markers?south=37&west=126&north={v}&east=127", field: "north");
            Add($"{meetups}/markers?south=37&west=126&north=38&east={v}", field: "east");
            Add($"{meetups}/markers?south=37&west=126&north=38&east=127&maxResultCount={v}", field: "maxResultCount");
            Add($"{meetups}/recruiting?skipCount={v}", field: "skipCount");
            Add($"{meetups}/search?maxResultCount={v}", field: "maxResultCount");
            Add($"api/app/meetups/{Guid.NewGuid()}/chat/messages?beforeId={v}", "User", field: "beforeId");
            Add($"api/app/notifications?skipCount={v}", "User", field: "skipCount");
            Add($"api/app/outbox?maxResultCount={v}", "Admin", field: "maxResultCount");
            Add($"api/app/moderation/reports?skipCount={v}", "Admin", field: "skipCount");
        }

        foreach (var date in new[] { "9999-12-31", "0001-01-01", "1999-12-31", "2101-01-01", "2026-02-30", "+002026-01-01", "2026-1-1", LoneSurrogate })
        {
            Add($"{meetups}/search?date={date}", field: "date");
            Add($"{meetups}/mine/search?date={date}", "User", field: "date");
            Add($"{meetups}/search?date={date}&timeZone=%2B14:00", field: "date");
            Add($"{meetups}/mine/search?date={date}&timeZone=-12:00", "User", field: "date");
        }

        Add($"{meetups}/search?date=2026-12-01&timeZone=%2B24:00", field: "timeZone");
        Add($"{meetups}/search?date=2026-12-01&timeZone={LoneSurrogate}", field: "timeZone");
        Add($"{meetups}/search?keyword=%00%01", field: "keyword");

        // Paging that is negative, zero or beyond the maximum.
        foreach (var list in new[] { $"{meetups}/recruiting", $"{meetups}/mine", $"{meetups}/hosting", $"{meetups}/invitations", "api/app/friends", "api/app/friends/requests/outgoing", "api/app/blocks", "api/app/notifications", $"{meetups}/{Guid.NewGuid()}/notices" })
        {
            Add($"{list}?skipCount=-1", "User", field: "skipCount");
            Add($"{list}?skipCount=2147483648", "User", field: "skipCount");
            Add($"{list}?maxResultCount=0", "User", field: "maxResultCount");
            Add($"{list}?maxResultCount=-5", "User", field: "maxResultCount");
            Add($"{list}?maxResultCount=101", "User", field: "maxResultCount");
            Add($"{list}?maxResultCount=1.5", "User", field: "maxResultCount");
        }

        Add($"{meetups}/markers?south=37&west=126&north=38&east=127&maxResultCount=0", field: "maxResultCount");
        Add($"api/app/meetups/{Guid.NewGuid()}/chat/messages?beforeId=-1", "User", field: "beforeId");
        Add($"api/app/meetups/{Guid.NewGuid()}/chat/messages?beforeId=9223372036854775808", "User", field: "beforeId");

        // Unknown enum values, by name and by number.
        Add("api/app/outbox?channel=99", "Admin", field: "channel");
        Add("api/app/outbox?channel=fax", "Admin", field: "channel");
        Add("api/app/moderation/reports?status=99", "Admin", field: "status");
        Add("api/app/moderation/reports?status=-1", "Admin", field: "status");
        Add("api/app/moderation/reports?status=" + LoneSurrogate, "Admin", field: "status");

        // The audit and security logs and the failed deliveries.
        Add("api/app/admin/audit-logs?from=NaN", "Admin", field: "from");
        Add("api/app/admin/audit-logs?to=9999-99-99", "Admin", field: "to");
        Add("api/app/admin/audit-logs?actorId=not-a-guid", "Admin", field: "actorId");
        Add("api/app/admin/audit-logs?maxResultCount=101", "Admin", field: "maxResultCount");
        Add("api/app/admin/audit-logs?action=" + new string('a', 65), "Admin", field: "action");
        Add("api/app/admin/audit-logs/csv?from=" + LoneSurrogate, "Admin", field: "from");
        Add("api/app/admin/audit-logs/csv?targetId=" + new string('1', 65), "Admin", field: "targetId");
        Add("api/app/admin/security-logs?kind=99", "Admin", field: "kind");
        Add("api/app/admin/security-logs?kind=fax", "Admin", field: "kind");
        Add("api/app/admin/security-logs?userId=NaN", "Admin", field: "userId");
        Add("api/app/outbox/failed?skipCount=-1", "Admin", field: "skipCount");

        // Text parameters: undecodable and control characters.
        Add("api/app/people/search?nickname=%00", "User");
        Add("api/app/people/search?phoneNumber=" + LoneSurrogate, "User");

        // 100 KB values anywhere in the address: a coded 414.
        foreach (var path in new[]
                 {
                     $"{meetups}/nearby?latitude={Huge}&longitude=127", $"{meetups}/search?keyword={Huge}", $"{meetups}/search?date={Huge}",
                     $"api/app/people/search?nickname={Huge}", $"api/app/account/nickname-availability?nickname={Huge}", $"api/app/outbox?recipient={Huge}",
                     $"{meetups}/{Huge}", $"api/app/jobs/{Huge}/trigger", $"api/app/permissions/roles/{Huge}/permissions/x",
                 })
        {
            Add(path, "User", 414, code: MoyeoraErrorCodes.UriTooLong, method: path.Contains("/jobs/") ? "POST" : path.Contains("/permissions/") ? "PUT" : "GET");
        }

        // Route values that are not GUIDs: no route matches, a coded 404 (never a 500).
        foreach (var id in new[] { "not-a-guid", "NaN", "12345678901234567890", "00000000-0000-0000-0000-00000000000g", LoneSurrogate })
        {
            Add($"{meetups}/{id}", "User", 404);
            Add($"{meetups}/{id}/join", "User", 404, method: "POST");
            Add($"{meetups}/{id}/chat/messages", "User", 404);
            Add($"{meetups}/{id}/ratings", "User", 404);
            Add($"{meetups}/invitations/{id}/accept", "User", 404, method: "POST");
            Add($"api/app/people/{id}", "User", 404);
            Add($"api/app/blocks/{id}", "User", 404, method: "PUT");
            Add($"api/app/friends/requests/{id}/accept", "User", 404, method: "POST");
            Add($"api/app/notifications/{id}/read", "User", 404, method: "POST");
            Add($"api/app/moderation/reports/{id}", "Admin", 404);
            Add($"api/app/permissions/users/{id}/roles/moderator", "Admin", 404, method: "PUT");
        }

        Add($"api/app/jobs/{LoneSurrogate}/trigger", "Admin", 404, method: "POST");
        Add($"api/app/permissions/roles/{LoneSurrogate}/permissions/Moyeora.Users.Manage", "Admin", 404, method: "PUT");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Refuse_Hostile_Query_And_Route_Values_With_A_Code(string method, string path, string caller, int status, string? field, string? code)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        var token = caller == "Anonymous" ? null : await TokenAsync(factory, caller);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await factory.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        AssertProblem(response, text, status, code);
        if (field is not null)
        {
            using var problem = JsonDocument.Parse(text);
            problem.RootElement.TryGetProperty("errors", out var errors).ShouldBeTrue(text);
            errors.EnumerateObject().Select(e => e.Name).ShouldContain(field, text);
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MoyeoraWebApplicationFactory, Dictionary<string, Task<string>>> Tokens = new();

    /// <summary>One user and one administrator per host: hundreds of cases must not sign up hundreds of people.</summary>
    private static Task<string> TokenAsync(MoyeoraWebApplicationFactory factory, string caller)
    {
        var tokens = Tokens.GetOrCreateValue(factory);
        lock (tokens)
        {
            if (!tokens.TryGetValue(caller, out var token))
            {
                token = caller == "Admin"
                    ? Task.Run(async () => (await factory.CreateAdminClientAsync()).AccessToken!)
                    : Task.Run(async () => (await factory.SignUpAsync()).Tokens.AccessToken);
                tokens[caller] = token;
            }

            return token;
        }
    }

    internal static void AssertProblem(HttpResponseMessage response, string text, int status, string? code = null)
    {
        ((int)response.StatusCode).ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        using var problem = JsonDocument.Parse(text);
        var actual = problem.RootElement.GetProperty("code").GetString();
        actual.ShouldStartWith("Moyeora:");
        actual.ShouldNotBe(MoyeoraErrorCodes.InternalError);
        if (code is not null)
        {
            actual.ShouldBe(code, text);
        }

        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(status);
        text.ShouldNotContain("   at ");
        text.ShouldNotContain("Exception");
        text.ShouldNotContain("System.");
    }
}
