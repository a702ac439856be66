using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moyeora.Outbound;
using Moyeora.TestBase.Servers;

namespace Moyeora.Application.Tests.Outbound;

/// <summary>The production sender against a real HTTP listener on loopback standing in for each gateway.</summary>
public sealed class HttpOutboundSender_Tests
{
    [Fact]
    public async Task Sms_Posts_The_Message_With_The_Bearer_Key()
    {
        await using var gateway = await FakeGateway.StartAsync(HttpStatusCode.OK);
        await CreateSender(o => o.Sms = new() { Url = gateway.Url, ApiKey = "gateway-key", SenderNumber = "0212345678" })
            .SendAsync(new OutboundMessage(OutboundChannel.Sms, "+821012345678", "[모여라] 인증번호 [123456]"));

        var request = gateway.Received.ShouldHaveSingleItem();
        request.Headers["Authorization"].ShouldBe("Bearer gateway-key");
        using var body = JsonDocument.Parse(request.Body);
        body.RootElement.GetProperty("to").GetString().ShouldBe("+821012345678");
        body.RootElement.GetProperty("from").GetString().ShouldBe("0212345678");
        body.RootElement.GetProperty("text").GetString().ShouldBe("[모여라] 인증번호 [123456]");
    }

    [Fact]
    public async Task Push_Carries_The_User_And_Data()
    {
        await using var gateway = await FakeGateway.StartAsync(HttpStatusCode.Accepted);
        var userId = Guid.NewGuid().ToString("D");
        await CreateSender(o => o.Push = new() { Url = gateway.Url, ApiKey = "push-key" })
            .SendAsync(new OutboundMessage(OutboundChannel.Push, userId, "새 친구 요청이 왔습니다.", """{"kind":"friendRequestReceived"}"""));

        var request = gateway.Received.ShouldHaveSingleItem();
        request.Headers["Authorization"].ShouldBe("Bearer push-key");
        using var body = JsonDocument.Parse(request.Body);
        body.RootElement.GetProperty("userId").GetString().ShouldBe(userId);
        body.RootElement.GetProperty("data").GetProperty("kind").GetString().ShouldBe("friendRequestReceived");
    }

    [Fact]
    public async Task Webhook_Bodies_Are_Signed_With_The_Secret()
    {
        await using var gateway = await FakeGateway.StartAsync(HttpStatusCode.OK);
        await CreateSender(o => o.Webhook = new() { Url = gateway.Url, Secret = "hook-secret" })
            .SendAsync(new OutboundMessage(OutboundChannel.Webhook, "notification.created", "text", """{"a":1}"""));

        var request = gateway.Received.ShouldHaveSingleItem();
        var expected = "sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes("hook-secret"), System.Text.Encoding.UTF8.GetBytes(request.Body)));
        request.Headers["X-Moyeora-Signature"].ShouldBe(expected);
        request.Headers["Authorization"].ShouldBeNull();
        JsonDocument.Parse(request.Body).RootElement.GetProperty("event").GetString().ShouldBe("notification.created");
    }

    [Fact]
    public async Task A_Channel_Without_A_Url_Is_Off_And_A_Refusing_Gateway_Fails_Loudly()
    {
        await CreateSender(_ => { }).SendAsync(new OutboundMessage(OutboundChannel.Push, "someone", "x")); // nothing configured: no call, no error
        await using var gateway = await FakeGateway.StartAsync(HttpStatusCode.BadGateway);
        await Should.ThrowAsync<InvalidOperationException>(() =>
            CreateSender(o => o.Sms = new() { Url = gateway.Url }).SendAsync(new OutboundMessage(OutboundChannel.Sms, "+821012345678", "x")));
    }

    private static HttpOutboundSender CreateSender(Action<OutboundOptions> configure)
    {
        var options = new OutboundOptions { Provider = "Http" };
        configure(options);
        return new HttpOutboundSender(new HttpClient(), Options.Create(options), NullLogger<HttpOutboundSender>.Instance);
    }

    private sealed class FakeGateway : IAsyncDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly HttpStatusCode _status;
        private Task? _loop;

        private FakeGateway(HttpStatusCode status) => _status = status;

        public string Url { get; private set; } = string.Empty;

        public List<(System.Collections.Specialized.NameValueCollection Headers, string Body)> Received { get; } = [];

        public static Task<FakeGateway> StartAsync(HttpStatusCode status)
        {
            var gateway = new FakeGateway(status);
            gateway.Url = $"http://127.0.0.1:{ProcessRunner.FreeLoopbackPort()}/gateway/";
            gateway._listener.Prefixes.Add(gateway.Url);
            gateway._listener.Start();
            gateway._loop = gateway.ServeAsync();
            return Task.FromResult(gateway);
        }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream);
                Received.Add((context.Request.Headers, await reader.ReadToEndAsync()));
                context.Response.StatusCode = (int)_status;
                context.Response.Close();
            }
        }

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            _listener.Close();
            if (_loop is not null)
            {
                await _loop;
            }
        }
    }
}
