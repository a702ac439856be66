using System.Net;
using System.Net.Http.Json;

namespace Moyeora.HttpApi.Tests;

/// <summary>A host that lets one web origin call it, as the production configuration would for the web app.</summary>
public sealed class CorsFactory : MoyeoraWebApplicationFactory
{
    public const string AllowedOrigin = "https://app.moyeora.test";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Cors:AllowedOrigins:0"] = AllowedOrigin,
    };
}

public sealed class CorsHttp_Tests(CorsFactory factory) : IClassFixture<CorsFactory>
{
    private static HttpRequestMessage Preflight(string origin, string path, string method) => new(HttpMethod.Options, path)
    {
        Headers =
        {
            { "Origin", origin },
            { "Access-Control-Request-Method", method },
            { "Access-Control-Request-Headers", "authorization,content-type" },
        },
    };

    [Fact]
    public async Task An_Allowed_Origin_Gets_Its_Preflight_Answered_And_May_Read_The_Answers()
    {
        var http = factory.CreateClient();
        using var preflight = await http.SendAsync(Preflight(CorsFactory.AllowedOrigin, "api/app/account/login", "POST"));
        preflight.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        preflight.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe([CorsFactory.AllowedOrigin]);
        preflight.Headers.GetValues("Access-Control-Allow-Methods").Single().ShouldContain("POST");
        preflight.Headers.GetValues("Access-Control-Allow-Headers").Single().ToLowerInvariant().ShouldContain("authorization");

        using var login = new HttpRequestMessage(HttpMethod.Post, "api/app/account/login")
        {
            Headers = { { "Origin", CorsFactory.AllowedOrigin } },
            Content = JsonContent.Create(new { phoneNumber = TestData.AdminPhone, password = TestData.AdminPassword }),
        };
        using var answer = await http.SendAsync(login);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        answer.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe([CorsFactory.AllowedOrigin]);
    }

    [Fact]
    public async Task Another_Origin_Is_Refused()
    {
        var http = factory.CreateClient();
        using var preflight = await http.SendAsync(Preflight("https://evil.example", "api/app/account/login", "POST"));
        preflight.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();

        using var read = new HttpRequestMessage(HttpMethod.Get, "api/app/meetups/recruiting") { Headers = { { "Origin", "https://evil.example" } } };
        using var answer = await http.SendAsync(read);
        answer.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse("a browser on another origin cannot read the answer");
    }

    [Fact]
    public async Task With_No_Origin_Configured_No_Origin_Is_Allowed()
    {
        using var plain = new MoyeoraWebApplicationFactory();
        using var preflight = await plain.CreateClient().SendAsync(Preflight(CorsFactory.AllowedOrigin, "api/app/account/login", "POST"));
        preflight.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }
}
