using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Moyeora.Live;

namespace Moyeora.HttpApi.Tests;

/// <summary>The answer to a request, in the language it was given in.</summary>
internal sealed record Answer(int Status, string? ContentLanguage, JsonElement Problem, string Text)
{
    public const string English = "en-US,en;q=0.9";

    public string Code => Problem.GetProperty("code").GetString()!;

    public string Detail => Problem.GetProperty("detail").GetString()!;

    public string Title => Problem.GetProperty("title").GetString()!;

    public string FieldMessage(string field) => Problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    public static async Task<Answer> OfAsync(HttpClient client, Func<HttpRequestMessage> request, string? acceptLanguage)
    {
        using var message = request();
        if (acceptLanguage is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await client.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer((int)response.StatusCode, response.Content.Headers.ContentLanguage.SingleOrDefault(), JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    /// <summary>The same refusal asked for in Korean (by default) and in English: the same status and code, each in its own language.</summary>
    public static async Task<(Answer Korean, Answer English)> BothAsync(HttpClient client, Func<HttpRequestMessage> request, int status, string code)
    {
        var korean = await OfAsync(client, request, acceptLanguage: null);
        var english = await OfAsync(client, request, English);
        foreach (var (answer, language) in new[] { (korean, "ko"), (english, "en") })
        {
            answer.Status.ShouldBe(status, answer.Text);
            answer.Code.ShouldBe(code, answer.Text);
            answer.ContentLanguage.ShouldBe(language, answer.Text);
            foreach (var text in answer.Texts())
            {
                text.ShouldNotBeNullOrWhiteSpace(answer.Text);
                text.ShouldNotContain("{", customMessage: "every placeholder is filled: " + answer.Text);
                Localized.HasHangul(text).ShouldBe(language == "ko", answer.Text);
            }
        }

        english.Detail.ShouldNotBe(korean.Detail);
        return (korean, english);
    }

    /// <summary>Title, detail and every field message.</summary>
    public IEnumerable<string> Texts()
    {
        yield return Title;
        yield return Detail;
        if (Problem.TryGetProperty("errors", out var errors))
        {
            foreach (var field in errors.EnumerateObject())
            {
                foreach (var message in field.Value.EnumerateArray())
                {
                    yield return message.GetString()!;
                }
            }
        }
    }
}

internal static class Localized
{
    public static bool HasHangul(string text) => text.Any(c => c is >= '\uAC00' and <= '\uD7A3' or >= '\u3130' and <= '\u318F');
}

/// <summary>Every refusal speaks Korean by default and English when Accept-Language asks for it, with the same code.</summary>
public sealed class LocalizationHttp_Tests(MoyeoraWebApplicationFactory factory) : IClassFixture<MoyeoraWebApplicationFactory>
{
    private static Func<HttpRequestMessage> Json(HttpMethod method, string path, string body, string? token = null) => () =>
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    };

    private static Func<HttpRequestMessage> Get(string path, string? token = null) => () =>
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    };

    [Fact]
    public async Task A_Business_Error_Is_Korean_By_Default_And_English_On_Request()
    {
        var (korean, english) = await Answer.BothAsync(factory.CreateClient(), Get($"api/app/meetups/{Guid.NewGuid()}"), 404, MoyeoraErrorCodes.MeetupNotFound);
        korean.Detail.ShouldBe("모임을 찾을 수 없습니다.");
        english.Detail.ShouldBe("Meetup not found.");
        korean.Title.ShouldBe("찾을 수 없음");
        english.Title.ShouldBe("Not found");
    }

    [Fact]
    public async Task A_Domain_Field_Error_And_A_Dto_Limit_On_The_Same_Field_Say_The_Same_In_Each_Language()
    {
        var client = factory.CreateClient();
        var (ruleKo, ruleEn) = await Answer.BothAsync(client,
            Json(HttpMethod.Post, "api/app/account/verification-codes", "{\"phoneNumber\":\"abc\",\"purpose\":\"signUp\"}"), 400, MoyeoraErrorCodes.InvalidPhoneNumber);
        var (limitKo, limitEn) = await Answer.BothAsync(client,
            Json(HttpMethod.Post, "api/app/account/verification-codes", "{\"phoneNumber\":\"010-1234-5678-9999-9999-9999\",\"purpose\":\"signUp\"}"), 400, MoyeoraErrorCodes.InvalidPhoneNumber);

        limitEn.FieldMessage("phoneNumber").ShouldBe(ruleEn.FieldMessage("phoneNumber"), "a DTO limit speaks with its field code's words, not the framework's");
        limitKo.FieldMessage("phoneNumber").ShouldBe(ruleKo.FieldMessage("phoneNumber"));
        limitEn.FieldMessage("phoneNumber").ShouldNotContain("StringLength");
        limitEn.FieldMessage("phoneNumber").ShouldNotContain("maximum length");
        ruleKo.FieldMessage("phoneNumber").ShouldContain("010-1234-5678");
    }

    [Fact]
    public async Task A_Meetup_Title_Over_The_Dto_Limit_Names_The_Limit_In_Each_Language()
    {
        var (_, _, _, tokens) = await factory.SignUpAsync();
        var body = JsonSerializer.Serialize(new
        {
            title = new string('t', 101), maxMembers = 4, isOnline = true, tags = new[] { "러닝" },
            startTime = DateTimeOffset.UtcNow.AddDays(1), endTime = DateTimeOffset.UtcNow.AddDays(1).AddHours(2),
        });
        var (korean, english) = await Answer.BothAsync(factory.CreateClient(), Json(HttpMethod.Post, "api/app/meetups", body, tokens.AccessToken), 400, MoyeoraErrorCodes.InvalidMeetupTitle);
        korean.FieldMessage("title").ShouldBe("제목은 1~100자여야 합니다.");
        english.FieldMessage("title").ShouldBe("The title has 1 to 100 characters.");
    }

    [Fact]
    public async Task Sign_In_Failures_And_401_Are_Localised()
    {
        var client = factory.CreateClient();
        var (korean, english) = await Answer.BothAsync(client,
            Json(HttpMethod.Post, "api/app/account/login", "{\"phoneNumber\":\"010-0000-0001\",\"password\":\"wrong-pass-1\"}"), 401, MoyeoraErrorCodes.InvalidCredentials);
        korean.Detail.ShouldContain("15분", customMessage: "the lock-out length comes from the rule's constant");
        english.Detail.ShouldContain("15 minutes");

        await Answer.BothAsync(client, Get("api/app/meetups/mine"), 401, MoyeoraErrorCodes.NotSignedIn);
        await Answer.BothAsync(client, Get("api/app/meetups/mine", token: "not-a-token"), 401, MoyeoraErrorCodes.NotSignedIn);
    }

    [Fact]
    public async Task A_403_Is_Localised()
    {
        var (_, _, _, tokens) = await factory.SignUpAsync();
        await Answer.BothAsync(factory.CreateClient(), Get("api/app/outbox", tokens.AccessToken), 403, MoyeoraErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Framework_Refusals_Are_Localised()
    {
        var client = factory.CreateClient();
        await Answer.BothAsync(client, Get("api/app/account/login"), 405, MoyeoraErrorCodes.MethodNotAllowed);
        await Answer.BothAsync(client, () => new HttpRequestMessage(HttpMethod.Post, "api/app/account/login")
        {
            Content = new StringContent("phoneNumber=010&password=x", Encoding.UTF8, "text/plain"),
        }, 415, MoyeoraErrorCodes.UnsupportedMediaType);
        await Answer.BothAsync(client, Get("api/app/no-such-thing"), 404, MoyeoraErrorCodes.NotFound);
        await Answer.BothAsync(client, Json(HttpMethod.Post, "api/app/account/verification-codes", "{"), 400, MoyeoraErrorCodes.UnreadableJson);
        await Answer.BothAsync(client, Json(HttpMethod.Post, "api/app/account/login", "{\"password\":\"" + new string('p', 70_000) + "\"}"), 413, MoyeoraErrorCodes.PayloadTooLarge);
    }

    [Fact]
    public async Task An_Unknown_Enum_Value_Is_Localised_And_Names_The_Allowed_Values()
    {
        var (korean, english) = await Answer.BothAsync(factory.CreateClient(),
            Json(HttpMethod.Post, "api/app/account/verification-codes", "{\"phoneNumber\":\"010-1234-5678\",\"purpose\":\"bogus\"}"), 400, MoyeoraErrorCodes.UnknownEnumValue);
        korean.FieldMessage("purpose").ShouldContain("signUp");
        english.FieldMessage("purpose").ShouldStartWith("Use one of: ");
        english.FieldMessage("purpose").ShouldContain("signUp");
    }

    [Theory]
    [InlineData(null, "ko")]
    [InlineData("en", "en")]
    [InlineData("en-US,en;q=0.9", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("ko-KR,ko;q=0.9,en;q=0.8", "ko")]
    [InlineData("en;q=0.3,ko;q=0.9", "ko")]
    [InlineData("fr;q=1.0,en;q=0.5", "en")]
    [InlineData("de", "ko")]
    [InlineData("*", "ko")]
    public async Task Accept_Language_Chooses_Korean_Or_English_With_Quality_Values(string? acceptLanguage, string language)
    {
        var answer = await Answer.OfAsync(factory.CreateClient(), Get($"api/app/meetups/{Guid.NewGuid()}"), acceptLanguage);
        answer.ContentLanguage.ShouldBe(language, answer.Text);
        Localized.HasHangul(answer.Detail).ShouldBe(language == "ko", answer.Text);
    }

    [Fact]
    public async Task A_Successful_Answer_Also_Says_Its_Language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/app/meetups/recruiting");
        request.Headers.TryAddWithoutValidation("Accept-Language", Answer.English);
        using var response = await factory.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentLanguage.ShouldBe(["en"]);
    }
}

/// <summary>A 429 from the per-client limits, in each language.</summary>
public sealed class LocalizedRateLimitHttp_Tests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task A_429_Is_Localised()
    {
        var client = factory.CreateClient();
        Func<HttpRequestMessage> search = () => new HttpRequestMessage(HttpMethod.Get, "api/app/meetups/search?keyword=" + Uri.EscapeDataString("러닝"));
        for (var i = 0; i < 2; i++)
        {
            (await client.SendAsync(search())).EnsureSuccessStatusCode();
        }

        var (korean, _) = await Answer.BothAsync(client, search, 429, MoyeoraErrorCodes.TooManyRequests);
        korean.Problem.GetProperty("retryAfterSeconds").GetInt32().ShouldBeGreaterThan(0);
    }
}

/// <summary>The live hub answers in the language of its connect request: Accept-Language, or ?lang= where a browser cannot set headers.</summary>
public sealed class LocalizedLiveHub_Tests(LiveHostFactory factory) : IClassFixture<LiveHostFactory>
{
    [Theory]
    [InlineData(null, null, "ko")]
    [InlineData("en", null, "en")]
    [InlineData(null, Answer.English, "en")]
    [InlineData("ko", "en", "ko")]
    public async Task A_Hub_Refusal_Speaks_The_Connections_Language(string? lang, string? acceptLanguage, string language)
    {
        var (_, tokens) = await factory.NewUserAsync();
        var url = new UriBuilder(factory.Root) { Path = "/hubs/live", Query = lang is null ? string.Empty : "lang=" + lang }.Uri;
        await using var connection = new HubConnectionBuilder()
            .WithUrl(url, o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(tokens.AccessToken);
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
                if (acceptLanguage is not null)
                {
                    o.Headers["Accept-Language"] = acceptLanguage;
                }
            })
            .Build();
        await connection.StartAsync();

        var refused = await Should.ThrowAsync<HubException>(() => connection.InvokeAsync("SetRadius", 5.0));
        // The error completion is a LiveHubErrorDto as JSON.
        var error = JsonSerializer.Deserialize<LiveHubErrorDto>(refused.Message, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        error.Code.ShouldBe(MoyeoraErrorCodes.InvalidRadius, refused.Message);
        var messages = new[] { error.Message }.Concat(error.Errors!["meters"]).ToList();
        foreach (var message in messages)
        {
            message.ShouldNotContain("{");
            Localized.HasHangul(message).ShouldBe(language == "ko", refused.Message);
        }

        messages[0].ShouldBe(language == "ko" ? "반경은 100m~700km여야 합니다." : "The radius must be 100 m to 700 km.");
        // Refusals made while reading the invocation (before any hub method runs) speak the same language.
        var unknown = await Should.ThrowAsync<HubException>(() => connection.InvokeAsync("NoSuchMethod"));
        var unknownError = JsonSerializer.Deserialize<LiveHubErrorDto>(unknown.Message, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        unknownError.Code.ShouldBe(MoyeoraErrorCodes.ValidationFailed, unknown.Message);
        Localized.HasHangul(unknownError.Message).ShouldBe(language == "ko", unknown.Message);
        var unreadable = await Should.ThrowAsync<HubException>(() => connection.InvokeAsync("SetRadius", "far"));
        var unreadableError = JsonSerializer.Deserialize<LiveHubErrorDto>(unreadable.Message, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        unreadableError.Code.ShouldBe(MoyeoraErrorCodes.UnreadableJson, unreadable.Message);
        Localized.HasHangul(unreadableError.Message).ShouldBe(language == "ko", unreadable.Message);
    }
}
