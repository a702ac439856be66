using System.Net;
using System.Text;
using System.Text.Json;

namespace Moyeora.HttpApi.Tests;

/// <summary>Refusals of the request itself, before any operation reads it, each carry their own stable code and name no .NET type.</summary>
public sealed class FrameworkRefusalHttp_Tests(MoyeoraWebApplicationFactory factory) : IClassFixture<MoyeoraWebApplicationFactory>
{
    public static TheoryData<string, string, string?, string?, int, string> Cases() => new()
    {
        { "GET", "api/app/account/login", null, null, 405, MoyeoraErrorCodes.MethodNotAllowed },
        { "DELETE", "api/app/meetups/recruiting", null, null, 405, MoyeoraErrorCodes.MethodNotAllowed },
        { "POST", "api/app/account/login", "phoneNumber=010&password=x", "text/plain", 415, MoyeoraErrorCodes.UnsupportedMediaType },
        { "POST", "api/app/account/login", "<login/>", "application/xml", 415, MoyeoraErrorCodes.UnsupportedMediaType },
        { "POST", "api/app/account/login", "{\"password\":\"" + new string('p', 70_000) + "\"}", "application/json", 413, MoyeoraErrorCodes.PayloadTooLarge },
        { "GET", "api/app/no-such-thing", null, null, 404, MoyeoraErrorCodes.NotFound },
        { "POST", "api/app/account/verification-codes", "{\"phoneNumber\":\"010-1234-5678\",\"purpose\":\"bogus\"}", "application/json", 400, MoyeoraErrorCodes.UnknownEnumValue },
        { "POST", "api/app/account/verification-codes", "{\"phoneNumber\":\"010-1234-5678\",\"purpose\":99}", "application/json", 400, MoyeoraErrorCodes.UnknownEnumValue },
        { "POST", "api/app/account/verification-codes", "{\"phoneNumber\":true,\"purpose\":\"signUp\"}", "application/json", 400, MoyeoraErrorCodes.UnreadableJson },
        { "POST", "api/app/account/verification-codes", "{", "application/json", 400, MoyeoraErrorCodes.UnreadableJson },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_Refusal_Has_Its_Own_Code(string method, string path, string? body, string? mediaType, int status, string code)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, mediaType!);
        }

        using var response = await factory.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var root = JsonDocument.Parse(text).RootElement;
        root.GetProperty("code").GetString().ShouldBe(code);
        // Every refusal is a whole ProblemDetails, whichever part of the pipeline made it: a trace id to quote, a type.
        root.GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty(text);
        root.GetProperty("type").GetString().ShouldNotBeNullOrEmpty(text);
        text.ShouldNotContain("System.");
        text.ShouldNotContain("Moyeora.Account");
        text.ShouldNotContain("Moyeora.Verification");
        if (code == MoyeoraErrorCodes.UnknownEnumValue)
        {
            var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
            errors.GetProperty("purpose")[0].GetString()!.ShouldContain("signUp", customMessage: "the refusal names the allowed values");
            errors.TryGetProperty("input", out _).ShouldBeFalse();
        }
    }
}

/// <summary>The same field gets the same code and the same camelCase name, whichever of its limits a value breaks.</summary>
public sealed class FieldCodeHttp_Tests(MoyeoraWebApplicationFactory factory) : IClassFixture<MoyeoraWebApplicationFactory>
{
    [Theory]
    [InlineData("short-1")] // the domain rule: at least 8 characters
    [InlineData("a1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // the DTO's limit: at most 64
    public async Task A_Password_Breaking_Either_Limit_Answers_InvalidPassword_On_password(string password)
    {
        var admin = await factory.CreateAdminClientAsync();
        var client = factory.CreateApiClient();
        var phone = TestData.NewPhone();
        await client.Account.SendVerificationCodeAsync(new Moyeora.Account.SendVerificationCodeDto { PhoneNumber = phone, Purpose = Moyeora.Verification.VerificationPurpose.SignUp });
        var verified = await client.Account.VerifyCodeAsync(new Moyeora.Account.VerifyCodeDto
        {
            PhoneNumber = phone, Purpose = Moyeora.Verification.VerificationPurpose.SignUp, Code = await MoyeoraWebApplicationFactory.ReadCodeAsync(admin, phone),
        });

        using var response = await factory.CreateClient().PostAsync("api/app/account/register", new StringContent(
            JsonSerializer.Serialize(new { verificationToken = verified.VerificationToken, name = "김모임", nickname = "모임왕" + Random.Shared.Next(1000), password }),
            Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(400, text);
        var problem = JsonDocument.Parse(text).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(MoyeoraErrorCodes.InvalidPassword, text);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["password"], text);
    }

    [Fact]
    public async Task A_Meetup_Title_Over_The_Limit_Answers_InvalidMeetupTitle_On_title()
    {
        var (client, _, _, tokens) = await factory.SignUpAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/app/meetups")
        {
            Headers = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens.AccessToken) },
            Content = new StringContent(JsonSerializer.Serialize(new
            {
                title = new string('t', 101), maxMembers = 4, isOnline = true, tags = new[] { "러닝" },
                startTime = DateTimeOffset.UtcNow.AddDays(1), endTime = DateTimeOffset.UtcNow.AddDays(1).AddHours(2),
            }), Encoding.UTF8, "application/json"),
        };
        using var response = await factory.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(400, text);
        var problem = JsonDocument.Parse(text).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(MoyeoraErrorCodes.InvalidMeetupTitle, text);
        problem.GetProperty("errors").TryGetProperty("title", out _).ShouldBeTrue(text);
        client.ShouldNotBeNull();
    }
}

/// <summary>An enum in the query string answers like one in a JSON body.</summary>
public sealed class QueryEnumHttp_Tests(MoyeoraWebApplicationFactory factory) : IClassFixture<MoyeoraWebApplicationFactory>
{
    [Theory]
    [InlineData("status=bogus", "status")]
    [InlineData("status=99", "status")]
    [InlineData("targetType=planet", "targetType")]
    public async Task An_Unknown_Enum_Value_In_The_Query_Answers_UnknownEnumValue(string query, string field)
    {
        var admin = await factory.CreateAdminClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/app/moderation/reports?" + query)
        {
            Headers = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", admin.AccessToken), AcceptLanguage = { new("en") } },
        };
        using var response = await factory.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(400, text);
        var problem = JsonDocument.Parse(text).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(MoyeoraErrorCodes.UnknownEnumValue, text);
        problem.GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldStartWith("Use one of:", customMessage: text);
        text.ShouldNotContain("Moyeora.Reports");
    }
}
