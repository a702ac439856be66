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
        JsonDocument.Parse(text).RootElement.GetProperty("code").GetString().ShouldBe(code);
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
