using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Moyeora.HttpApi.Tests;

/// <summary>
/// Every endpoint of the accounts feature, fed missing, too long, malformed and hostile values: each
/// answers a clear 4xx ProblemDetails with a stable code, no stack trace, and nothing is written.
/// </summary>
public sealed class BadInputHttp_Tests(MoyeoraWebApplicationFactory factory) : IClassFixture<MoyeoraWebApplicationFactory>
{
    private enum Caller
    {
        Anonymous,
        User,
        Admin,
    }

    private static readonly string Long = new('가', 5000);
    private static readonly string Sql = "'; DROP TABLE \"Users\"; --";
    private const string Script = "<script>alert(1)</script>";

    public static TheoryData<string, string, string?, string, int> Cases()
    {
        var data = new TheoryData<string, string, string?, string, int>();
        void Add(string method, string path, string? body, Caller caller = Caller.Anonymous, int status = 400) =>
            data.Add(method, path, body, caller.ToString(), status);

        const string codes = "api/app/account/verification-codes";
        Add("POST", codes, "{}");
        Add("POST", codes, "{");
        Add("POST", codes, "[]");
        Add("POST", codes, "\"just a string\"");
        Add("POST", codes, Json(new { phoneNumber = Long, purpose = "signUp" }));
        Add("POST", codes, Json(new { phoneNumber = Sql, purpose = "signUp" }));
        Add("POST", codes, Json(new { phoneNumber = Script, purpose = "signUp" }));
        Add("POST", codes, Json(new { phoneNumber = "010-1234-5678", purpose = "bogus" }));
        Add("POST", codes, Json(new { phoneNumber = "010-1234-5678", purpose = 99 }));
        Add("POST", codes, Json(new { phoneNumber = 1012345678, purpose = true }));
        Add("POST", codes, Json(new { phoneNumber = new[] { "010-1234-5678" }, purpose = "signUp" }));
        Add("POST", codes, Json(new { phoneNumber = "010-1234-5678", purpose = "signUp", padding = new string('x', 70_000) }), status: 413);
        Add("POST", codes + "?padding=" + new string('x', 9_000), Json(new { phoneNumber = "010-1234-5678", purpose = "signUp" }), status: 414);

        const string verify = "api/app/account/verification-codes/verify";
        Add("POST", verify, "{}");
        Add("POST", verify, Json(new { phoneNumber = "010-1234-5678", purpose = "signUp", code = "abc123" }));
        Add("POST", verify, Json(new { phoneNumber = "010-1234-5678", purpose = "signUp", code = "1234567" }));
        Add("POST", verify, Json(new { phoneNumber = "010-1234-5678", purpose = "signUp", code = Sql }));
        Add("POST", verify, Json(new { phoneNumber = "010-1234-5678", purpose = "signUp", code = 123456 }));

        Add("GET", "api/app/account/nickname-availability", null);
        Add("GET", "api/app/account/nickname-availability?nickname=" + Uri.EscapeDataString(new string('a', 100)), null);

        const string register = "api/app/account/register";
        Add("POST", register, "{}");
        Add("POST", register, Json(new { verificationToken = "x", name = Long, nickname = "닉네임", password = "pass-1234" }));
        Add("POST", register, Json(new { verificationToken = "x", name = "이름", nickname = Script, password = "pass-1234" }));
        Add("POST", register, Json(new { verificationToken = Sql, name = "이름", nickname = "닉네임", password = "pass-1234" }));
        Add("POST", register, Json(new { verificationToken = "x", name = "이름", nickname = "닉네임", password = "pass-1234", interests = Enumerable.Range(0, 11).Select(i => $"i{i}") }));
        Add("POST", register, Json(new { verificationToken = "x", name = "이름", nickname = "닉네임", password = "pass-1234", interests = "등산" }));

        const string login = "api/app/account/login";
        Add("POST", login, "{}");
        Add("POST", login, Json(new { phoneNumber = "010-1234-5678", password = new string('p', 65) }));
        Add("POST", login, Json(new { phoneNumber = 5, password = 5 }));

        Add("POST", "api/app/account/refresh", "{}");
        Add("POST", "api/app/account/refresh", Json(new { refreshToken = Long }));
        Add("POST", "api/app/account/reset-password", "{}");
        Add("POST", "api/app/account/reset-password", Json(new { verificationToken = "x", newPassword = Long }));
        Add("POST", "api/app/account/logout", "{}", Caller.User);
        Add("POST", "api/app/account/logout", Json(new { refreshToken = "x" }), status: 401);

        Add("GET", "api/app/profile", null, status: 401);
        Add("PUT", "api/app/profile", "{}", Caller.User);
        Add("PUT", "api/app/profile", Json(new { nickname = new string('n', 21) }), Caller.User);
        Add("PUT", "api/app/profile", Json(new { nickname = Sql }), Caller.User);
        Add("PUT", "api/app/profile", Json(new { nickname = "괜찮은닉", profileImageUrl = "javascript:alert(1)" }), Caller.User);
        Add("PUT", "api/app/profile/status-message", Json(new { statusMessage = Long }), Caller.User);
        Add("PUT", "api/app/profile/interests", "{}", Caller.User);
        Add("PUT", "api/app/profile/interests", Json(new { interests = new[] { new string('x', 31) } }), Caller.User);
        Add("PUT", "api/app/profile/settings", Json(new { locationVisibility = "sideways" }), Caller.User);
        Add("PUT", "api/app/profile/settings", Json(new { locationVisibility = "everyone", ghostUntil = "2020-01-01T00:00:00Z" }), Caller.User);
        Add("PUT", "api/app/profile/settings", Json(new { locationVisibility = "nobody", ghostUntil = "not a date" }), Caller.User);
        Add("POST", "api/app/profile/change-password", "{}", Caller.User);
        Add("POST", "api/app/profile/change-password", Json(new { currentPassword = "x", newPassword = Long }), Caller.User);
        Add("POST", "api/app/profile/delete", "{}", Caller.User);
        Add("POST", "api/app/profile/change-phone-number", "{}", Caller.User);
        Add("POST", "api/app/profile/change-phone-number", Json(new { verificationToken = Sql, password = "whatever-1" }), Caller.User);
        Add("POST", "api/app/profile/change-phone-number", Json(new { verificationToken = Long, password = "whatever-1" }), Caller.User);

        Add("GET", "api/app/permissions/roles", null, status: 401);
        Add("GET", "api/app/permissions/roles", null, Caller.User, 403);
        Add("PUT", $"api/app/permissions/roles/moderator/permissions/{Uri.EscapeDataString(Sql)}", null, Caller.Admin);
        Add("PUT", $"api/app/permissions/roles/{new string('r', 100)}/permissions/Moyeora.Users.Manage", null, Caller.Admin);
        Add("PUT", "api/app/permissions/users/not-a-guid/roles/moderator", null, Caller.Admin, 404);
        Add("DELETE", $"api/app/permissions/roles/{Uri.EscapeDataString(Script)}/permissions/Moyeora.Users.Manage", null, Caller.Admin, 404);

        Add("GET", "api/app/outbox?maxResultCount=0", null, Caller.Admin);
        Add("GET", "api/app/outbox?maxResultCount=1000", null, Caller.Admin);
        Add("GET", "api/app/outbox?skipCount=-1", null, Caller.Admin);
        Add("GET", "api/app/outbox?skipCount=abc", null, Caller.Admin);
        Add("GET", "api/app/outbox?channel=sms&recipient=" + Uri.EscapeDataString(Sql), null, Caller.Admin);
        Add("GET", "api/app/outbox?channel=fax", null, Caller.Admin);
        // 5,000 Hangul characters are 45,000 once percent-encoded: over the host's URL limit, refused as such (Kestrel alone
        // would answer an empty 414).
        Add("GET", "api/app/outbox?recipient=" + Uri.EscapeDataString(Long), null, Caller.Admin, status: 414);
        Add("GET", "api/app/outbox?recipient=" + Uri.EscapeDataString(Long[..500]), null, Caller.Admin);
        Add("GET", "api/app/outbox", null, Caller.User, 403);
        var meetup = Guid.NewGuid();
        const string meetups = "api/app/meetups";
        string Meetup(object changes) => MeetupBody(changes);
        Add("POST", meetups, "{}", Caller.User);
        Add("POST", meetups, Meetup(new { maxMembers = 1 }), Caller.User);
        Add("POST", meetups, Meetup(new { maxMembers = 256 }), Caller.User);
        Add("POST", meetups, Meetup(new { maxMembers = "ten" }), Caller.User);
        Add("POST", meetups, Meetup(new { startTime = DateTimeOffset.UtcNow.AddHours(-1), endTime = DateTimeOffset.UtcNow.AddHours(1) }), Caller.User);
        Add("POST", meetups, Meetup(new { startTime = DateTimeOffset.UtcNow.AddDays(8), endTime = DateTimeOffset.UtcNow.AddDays(8).AddHours(1) }), Caller.User);
        Add("POST", meetups, Meetup(new { startTime = DateTimeOffset.UtcNow.AddDays(2), endTime = DateTimeOffset.UtcNow.AddDays(1) }), Caller.User);
        Add("POST", meetups, Meetup(new { startTime = "not a date" }), Caller.User);
        Add("POST", meetups, Meetup(new { tags = Enumerable.Range(0, 11).Select(i => $"t{i}") }), Caller.User);
        Add("POST", meetups, Meetup(new { tags = new[] { new string('x', 31) } }), Caller.User);
        Add("POST", meetups, Meetup(new { tags = Array.Empty<string>() }), Caller.User);
        Add("POST", meetups, Meetup(new { latitude = 91 }), Caller.User);
        Add("POST", meetups, Meetup(new { longitude = -181 }), Caller.User);
        Add("POST", meetups, Meetup(new { isOnline = true }), Caller.User);
        Add("POST", meetups, Meetup(new { title = new string('t', 101) }), Caller.User);
        Add("POST", meetups, Meetup(new { title = "   " }), Caller.User);
        Add("POST", meetups, Meetup(new { description = new string('d', 5000) }), Caller.User);
        Add("POST", meetups, Meetup(new { imageUrl = "javascript:alert(1)" }), Caller.User);
        Add("POST", meetups, Meetup(new { title = "x" }), status: 401);
        Add("PUT", $"{meetups}/{meetup}", Meetup(new { }), Caller.User, 404);
        Add("PUT", $"{meetups}/{meetup}", Meetup(new { maxMembers = 0 }), Caller.User);
        Add("GET", $"{meetups}/not-a-guid", null, Caller.User, 404);
        Add("POST", $"{meetups}/{meetup}/join", null, Caller.User, 404);
        Add("POST", $"{meetups}/{meetup}/leave", null, Caller.User, 404);
        Add("POST", $"{meetups}/{meetup}/members/{Guid.NewGuid()}/kick", null, Caller.User, 404);
        Add("POST", $"{meetups}/{meetup}/hand-over", "{}", Caller.User);
        Add("POST", $"{meetups}/{meetup}/invitations", "{}", Caller.User);
        Add("POST", $"{meetups}/{meetup}/invitations", Json(new { userId = "someone" }), Caller.User);
        Add("POST", $"{meetups}/{meetup}/notices", "{}", Caller.User);
        Add("POST", $"{meetups}/{meetup}/notices", Json(new { title = new string('t', 101), body = "b" }), Caller.User);
        Add("POST", $"{meetups}/{meetup}/cancel", Json(new { reason = Long }), Caller.User);
        Add("POST", $"{meetups}/invitations/{Guid.NewGuid()}/accept", null, Caller.User, 404);
        Add("GET", $"{meetups}/nearby", null);
        Add("GET", $"{meetups}/nearby?latitude=37.5&longitude=127&radiusMeters=50", null);
        Add("GET", $"{meetups}/nearby?latitude=37.5&longitude=127&radiusMeters=700001", null);
        Add("GET", $"{meetups}/nearby?latitude=abc&longitude=127", null);
        Add("GET", $"{meetups}/nearby?latitude=91&longitude=127", null);
        Add("GET", $"{meetups}/markers", null);
        Add("GET", $"{meetups}/markers?south=38&west=126&north=37&east=127", null);
        Add("GET", $"{meetups}/markers?south=37&west=126&north=38&east=127&maxResultCount=5000", null);
        Add("GET", $"{meetups}/search?keyword=" + new string('k', 51), null);
        Add("GET", $"{meetups}/search?date=2026-13-01", null);
        Add("GET", $"{meetups}/search?date=" + Uri.EscapeDataString("2026-11-22' OR '1'='1"), null);
        Add("GET", $"{meetups}/search?date=2026-11-22&timeZone=" + Uri.EscapeDataString(Sql), null);
        Add("GET", $"{meetups}/recruiting?maxResultCount=101", null);
        Add("GET", $"{meetups}/mine", null, status: 401);

        var chat = $"{meetups}/{meetup}/chat";
        Add("POST", $"{chat}/messages", "{}", Caller.User);
        Add("POST", $"{chat}/messages", Json(new { text = new string('m', 1001) }), Caller.User);
        Add("POST", $"{chat}/messages", Json(new { text = "hi" }), Caller.User, 404);
        Add("GET", $"{chat}/messages?beforeId=0", null, Caller.User);
        Add("GET", $"{chat}/messages?maxResultCount=1000", null, Caller.User);
        Add("GET", $"{chat}/messages", null, status: 401);
        Add("POST", $"{chat}/read", Json(new { lastReadMessageId = -1 }), Caller.User);

        const string notifications = "api/app/notifications";
        Add("GET", notifications, null, status: 401);
        Add("GET", $"{notifications}?maxResultCount=0", null, Caller.User);
        Add("GET", $"{notifications}?skipCount=-1", null, Caller.User);
        Add("POST", $"{notifications}/{Guid.NewGuid()}/read", null, Caller.User, 404);
        Add("POST", $"{notifications}/not-a-guid/read", null, Caller.User, 404);
        Add("POST", $"{notifications}/read-all", null, status: 401);

        const string friends = "api/app/friends";
        Add("GET", friends, null, status: 401);
        Add("POST", $"{friends}/requests", "{}", Caller.User);
        Add("POST", $"{friends}/requests", Json(new { userId = "not-a-guid" }), Caller.User);
        Add("POST", $"{friends}/requests", Json(new { userId = Guid.NewGuid() }), Caller.User, 404);
        Add("POST", $"{friends}/requests/{Guid.NewGuid()}/accept", null, Caller.User, 404);
        Add("DELETE", $"{friends}/requests/{Guid.NewGuid()}", null, Caller.User, 404);
        Add("DELETE", $"{friends}/{Guid.NewGuid()}", null, Caller.User, 404);
        Add("GET", $"{friends}/requests/incoming?maxResultCount=1000", null, Caller.User);

        Add("PUT", $"api/app/blocks/{Guid.NewGuid()}", null, status: 401);
        Add("PUT", $"api/app/blocks/{Guid.NewGuid()}", null, Caller.User, 404);
        Add("DELETE", $"api/app/blocks/{Guid.NewGuid()}", null, Caller.User, 404);
        Add("GET", "api/app/blocks?maxResultCount=0", null, Caller.User);

        const string people = "api/app/people";
        Add("GET", $"{people}/{Guid.NewGuid()}", null, status: 401);
        Add("GET", $"{people}/{Guid.NewGuid()}", null, Caller.User, 404);
        Add("GET", $"{people}/not-a-guid", null, Caller.User, 404);
        Add("GET", $"{people}/search", null, Caller.User);
        Add("GET", $"{people}/search?nickname=abc&phoneNumber=010-1234-5678", null, Caller.User);
        Add("GET", $"{people}/search?nickname=" + Uri.EscapeDataString(Long), null, Caller.User, status: 414);
        Add("GET", $"{people}/search?nickname=" + Uri.EscapeDataString(Long[..500]), null, Caller.User);
        Add("GET", $"{people}/search?nickname=" + Uri.EscapeDataString(Script), null, Caller.User);
        Add("GET", $"{people}/search?phoneNumber=" + Uri.EscapeDataString(Sql), null, Caller.User);
        Add("GET", $"{people}/search?nickname=x", null, Caller.User);
        Add("GET", $"{people}/search?nickname=nobody" + Guid.NewGuid().ToString("N")[..8], null, Caller.User, 404);

        var ratings = $"api/app/meetups/{Guid.NewGuid()}/ratings";
        Add("GET", ratings, null, status: 401);
        Add("GET", ratings, null, Caller.User, 404);
        Add("POST", ratings, "{}", Caller.User);
        Add("POST", ratings, Json(new { userId = "not-a-guid", vote = "up" }), Caller.User);
        Add("POST", ratings, Json(new { userId = Guid.NewGuid(), vote = "sideways" }), Caller.User);
        Add("POST", ratings, Json(new { userId = Guid.NewGuid(), vote = 7 }), Caller.User);
        Add("POST", ratings, Json(new { userId = Guid.NewGuid(), vote = "up" }), Caller.User, 404);
        Add("POST", "api/app/meetups/not-a-guid/ratings", Json(new { userId = Guid.NewGuid(), vote = "up" }), Caller.User, 404);

        const string reports = "api/app/reports";
        Add("POST", reports, Json(new { targetType = "user", targetId = Guid.NewGuid(), reason = "spam" }), status: 401);
        Add("POST", reports, "{}", Caller.User);
        Add("POST", reports, Json(new { targetType = "planet", targetId = Guid.NewGuid(), reason = "spam" }), Caller.User);
        Add("POST", reports, Json(new { targetType = "user", targetId = Long, reason = "spam" }), Caller.User);
        Add("POST", reports, Json(new { targetType = "user", targetId = Sql, reason = "spam" }), Caller.User);
        Add("POST", reports, Json(new { targetType = "chatMessage", targetId = "12abc", reason = "spam" }), Caller.User);
        Add("POST", reports, Json(new { targetType = "user", targetId = Guid.NewGuid(), reason = "boring" }), Caller.User);
        Add("POST", reports, Json(new { targetType = "user", targetId = Guid.NewGuid(), reason = "spam", text = Long }), Caller.User);
        Add("POST", reports, Json(new { targetType = "user", targetId = Guid.NewGuid(), reason = "other" }), Caller.User);
        Add("POST", reports, Json(new { targetType = "user", targetId = Guid.NewGuid(), reason = "spam" }), Caller.User, 404);
        Add("POST", reports, Json(new { targetType = "meetup", targetId = Guid.NewGuid(), reason = "scam", text = Script }), Caller.User, 404);

        const string moderation = "api/app/moderation/reports";
        Add("GET", moderation, null, status: 401);
        Add("GET", moderation, null, Caller.User, 403);
        Add("GET", $"{moderation}/{Guid.NewGuid()}", null, Caller.User, 403);
        Add("POST", $"{moderation}/{Guid.NewGuid()}/dismiss", "{}", Caller.User, 403);
        Add("GET", $"{moderation}?status=bogus", null, Caller.Admin);
        Add("GET", $"{moderation}?maxResultCount=0", null, Caller.Admin);
        Add("GET", $"{moderation}/{Guid.NewGuid()}", null, Caller.Admin, 404);
        Add("POST", $"{moderation}/{Guid.NewGuid()}/review", null, Caller.Admin, 404);
        Add("POST", $"{moderation}/{Guid.NewGuid()}/dismiss", Json(new { note = Long }), Caller.Admin);
        Add("POST", $"{moderation}/{Guid.NewGuid()}/act", "{}", Caller.Admin);
        Add("POST", $"{moderation}/{Guid.NewGuid()}/act", Json(new { action = "banForever" }), Caller.Admin);
        Add("POST", $"{moderation}/{Guid.NewGuid()}/act", Json(new { action = "lockUser", lockDays = 0 }), Caller.Admin);
        Add("POST", $"{moderation}/{Guid.NewGuid()}/act", Json(new { action = "lockUser", lockDays = 3 }), Caller.Admin, 404);

        // Lone surrogates (escaped in JSON) and non-finite or overflowing numbers in bodies.
        Add("POST", meetups, MeetupBody(new { title = "SURROGATE" }).Replace("\"SURROGATE\"", "\"\\uD800\""), Caller.User);
        Add("POST", meetups, MeetupBody(new { }).Replace("\"latitude\":37.5", "\"latitude\":\"NaN\""), Caller.User);
        Add("POST", meetups, MeetupBody(new { }).Replace("\"latitude\":37.5", "\"latitude\":1e309"), Caller.User);
        Add("POST", meetups, MeetupBody(new { }).Replace("\"maxMembers\":4", "\"maxMembers\":12345678901234567890"), Caller.User);
        Add("POST", $"{chat}/messages", "{\"text\":\"\\uD800\"}", Caller.User);
        Add("PUT", "api/app/profile/status-message", "{\"statusMessage\":\"a\\uDC00b\"}", Caller.User);
        Add("POST", "api/app/account/login", "{\"phoneNumber\":\"\\uD800\",\"password\":\"x\"}");
        Add("POST", reports, "{\"targetType\":\"user\",\"targetId\":\"" + Guid.NewGuid() + "\",\"reason\":\"\\uD800\"}", Caller.User);

        const string jobs = "api/app/jobs";
        Add("GET", jobs, null, status: 401);
        Add("GET", jobs, null, Caller.User, 403);
        Add("POST", $"{jobs}/end-meetups/trigger", null, Caller.User, 403);
        Add("POST", $"{jobs}/" + Uri.EscapeDataString(Sql) + "/trigger", null, Caller.Admin, 404);
        return data;
    }

    private static string MeetupBody(object changes)
    {
        var start = DateTimeOffset.UtcNow.AddDays(1);
        var body = new Dictionary<string, object?>
        {
            ["title"] = "한강 러닝", ["maxMembers"] = 4, ["startTime"] = start, ["endTime"] = start.AddHours(2),
            ["place"] = "여의도", ["latitude"] = 37.5, ["longitude"] = 127.0, ["tags"] = new[] { "러닝" },
        };
        foreach (var property in changes.GetType().GetProperties())
        {
            body[property.Name] = property.GetValue(changes);
        }

        return JsonSerializer.Serialize(body);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Refuse_Bad_Input_Clearly_And_Write_Nothing(string method, string path, string? body, string caller, int expectedStatus)
    {
        var token = caller switch
        {
            nameof(Caller.User) => (await factory.SignUpAsync()).Tokens.AccessToken,
            nameof(Caller.Admin) => (await factory.CreateAdminClientAsync()).AccessToken,
            _ => null,
        };
        var before = await factory.RowCountsAsync();

        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await factory.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).ShouldBe(expectedStatus, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(text);
        problem.RootElement.GetProperty("code").GetString().ShouldStartWith("Moyeora:");
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(expectedStatus);
        text.ShouldNotContain("   at ");
        text.ShouldNotContain("Exception");
        text.ShouldNotContain("System.");
        (await factory.RowCountsAsync()).ShouldBe(before);
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
