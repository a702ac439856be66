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

        Add("GET", "api/app/sms-outbox?maxResultCount=0", null, Caller.Admin);
        Add("GET", "api/app/sms-outbox?maxResultCount=1000", null, Caller.Admin);
        Add("GET", "api/app/sms-outbox?skipCount=-1", null, Caller.Admin);
        Add("GET", "api/app/sms-outbox?skipCount=abc", null, Caller.Admin);
        Add("GET", "api/app/sms-outbox?phoneNumber=" + Uri.EscapeDataString(Sql), null, Caller.Admin);
        return data;
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
        (await factory.RowCountsAsync()).ShouldBe(before);
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
