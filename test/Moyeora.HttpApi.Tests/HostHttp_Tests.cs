using System.Net;
using System.Text.Json;
using Moyeora.Account;
using Moyeora.ClientProxies;
using Moyeora.TestBase.Servers;
using Moyeora.Verification;

namespace Moyeora.HttpApi.Tests;

public sealed class HostHttp_Tests(MoyeoraWebApplicationFactory factory) : IClassFixture<MoyeoraWebApplicationFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_Endpoints_Answer_Healthy(string path)
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync(path);
        // The scheduler starts once the application has started: readiness follows within moments.
        for (var i = 0; i < 100 && response.StatusCode != HttpStatusCode.OK; i++)
        {
            response.Dispose();
            await Task.Delay(100);
            response = await client.GetAsync(path);
        }

        using var _ = response;
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
        if (path.EndsWith("ready", StringComparison.Ordinal))
        {
            json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString().ShouldBe("Healthy");
        }
    }

    [Fact]
    public async Task Swagger_Ui_Is_Served()
    {
        using var response = await factory.CreateClient().GetAsync("/swagger/index.html");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("swagger-ui");
    }

    [Fact]
    public async Task OpenApi_Document_Describes_Operations_Errors_And_Bearer_Auth()
    {
        var text = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        root.GetProperty("openapi").GetString()!.ShouldStartWith("3.");
        root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString().ShouldBe("bearer");
        var paths = root.GetProperty("paths");
        foreach (var path in new[] { "/api/app/account/login", "/api/app/account/register", "/api/app/profile", "/api/app/permissions/roles" })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        }

        var login = paths.GetProperty("/api/app/account/login").GetProperty("post");
        login.GetProperty("responses").GetProperty("401").GetProperty("description").GetString()!.ShouldContain(MoyeoraErrorCodes.InvalidCredentials);
        login.GetProperty("responses").GetProperty("403").GetProperty("description").GetString()!.ShouldContain(MoyeoraErrorCodes.AccountLocked);
        login.GetProperty("responses").GetProperty("429").GetProperty("description").GetString()!.ShouldContain(MoyeoraErrorCodes.TooManyRequests);
        var me = paths.GetProperty("/api/app/profile").GetProperty("get");
        me.GetProperty("security").GetArrayLength().ShouldBe(1);

        var join = paths.GetProperty("/api/app/meetups/{id}/join").GetProperty("post");
        join.GetProperty("responses").GetProperty("409").GetProperty("description").GetString()!.ShouldContain(MoyeoraErrorCodes.MeetupFull);
        join.GetProperty("security").GetArrayLength().ShouldBe(1);
        paths.GetProperty("/api/app/meetups/recruiting").GetProperty("get").GetProperty("security").GetArrayLength().ShouldBe(0, "public: no token needed");
        paths.GetProperty("/api/app/meetups/{meetupId}/chat/messages").GetProperty("post")
            .GetProperty("responses").GetProperty("400").GetProperty("description").GetString()!.ShouldContain(MoyeoraErrorCodes.InvalidChatMessage);
    }

    [Fact]
    public async Task Unknown_Routes_Are_ProblemDetails_404()
    {
        using var response = await factory.CreateClient().GetAsync("/api/app/nothing-here");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain(MoyeoraErrorCodes.NotFound);
    }
}

/// <summary>A host with a low per-client limit on account endpoints.</summary>
public sealed class RateLimitedFactory : MoyeoraWebApplicationFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimiting:AccountPermitsPerMinute"] = "3",
        ["RateLimiting:SearchesPerMinute"] = "2",
    };
}

public sealed class RateLimitHttp_Tests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task Account_Endpoints_Answer_429_With_Retry_After_Past_The_Limit()
    {
        var client = factory.CreateApiClient();
        for (var i = 0; i < 3; i++)
        {
            await Should.ThrowAsync<MoyeoraApiException>(() => client.SignInAsync(TestData.NewPhone(), "whatever-1"));
        }

        var limited = await Should.ThrowAsync<MoyeoraApiException>(() =>
            client.Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = TestData.NewPhone(), Purpose = VerificationPurpose.SignUp }));
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Code.ShouldBe(MoyeoraErrorCodes.TooManyRequests);

        using var raw = await factory.CreateClient().PostAsync("api/app/account/login", JsonContent(new LoginDto { PhoneNumber = TestData.NewPhone(), Password = "x1234567" }));
        raw.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        raw.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task Keyword_Searches_Are_Limited_Per_Client()
    {
        var client = factory.CreateApiClient();
        for (var i = 0; i < 2; i++)
        {
            await client.Meetups.SearchAsync(new Moyeora.Meetups.SearchMeetupsDto { Keyword = "러닝" });
        }

        var limited = await Should.ThrowAsync<MoyeoraApiException>(() => client.Meetups.SearchAsync(new Moyeora.Meetups.SearchMeetupsDto { Keyword = "러닝" }));
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Code.ShouldBe(MoyeoraErrorCodes.TooManyRequests);
    }

    private static StringContent JsonContent(object value) =>
        new(JsonSerializer.Serialize(value, ClientProxyBase.JsonOptions), System.Text.Encoding.UTF8, "application/json");
}

/// <summary>The host with Redis configured: readiness includes it.</summary>
public sealed class RedisFactory : MoyeoraWebApplicationFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Redis:Configuration"] = RedisServer.GetAsync().GetAwaiter().GetResult().Configuration,
    };
}

/// <summary>The host pointed at a Redis that is not there: readiness must fail.</summary>
public sealed class MissingRedisFactory : MoyeoraWebApplicationFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Redis:Configuration"] = $"127.0.0.1:{ProcessRunner.FreeLoopbackPort()},abortConnect=false,connectTimeout=500,syncTimeout=500",
    };
}

public sealed class RedisReadiness_Tests(RedisFactory withRedis, MissingRedisFactory withoutRedis)
    : IClassFixture<RedisFactory>, IClassFixture<MissingRedisFactory>
{
    [Fact]
    public async Task Ready_Checks_Redis_When_Configured()
    {
        var client = withRedis.CreateClient();
        var response = await client.GetAsync("/health/ready");
        // Subscribing to the fan-out channels happens in the background at start; ready follows within moments.
        for (var i = 0; i < 50 && response.StatusCode != HttpStatusCode.OK; i++)
        {
            response.Dispose();
            await Task.Delay(100);
            response = await client.GetAsync("/health/ready");
        }

        using var _ = response;
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task Ready_Fails_When_Redis_Is_Down_But_Live_Still_Answers()
    {
        var client = withoutRedis.CreateClient();
        using var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync()).ShouldContain("Unhealthy");
        using var live = await client.GetAsync("/health/live");
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

/// <summary>A host with no signing key configured (as in production before it is set up).</summary>
public sealed class MissingSigningKeyFactory : MoyeoraWebApplicationFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jwt:SigningKey"] = string.Empty };
}

public sealed class StartupValidation_Tests
{
    [Fact]
    public void The_Host_Refuses_To_Start_Without_A_Signing_Key()
    {
        using var factory = new MissingSigningKeyFactory();
        var ex = Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.CreateClient());
        ex.Message.ShouldContain("SigningKey");
    }
}
