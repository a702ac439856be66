using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moyeora.Sms;
using Moyeora.TestBase.Servers;

namespace Moyeora.Application.Tests.Sms;

/// <summary>The production sender against a real HTTP listener on loopback standing in for the SMS gateway.</summary>
public sealed class HttpGatewaySmsSender_Tests
{
    [Fact]
    public async Task Should_Post_The_Message_With_The_Bearer_Key()
    {
        await using var gateway = await FakeGateway.StartAsync(HttpStatusCode.OK);
        var sender = CreateSender(gateway.Url);
        await sender.SendAsync("+821012345678", "[모여라] 인증번호 [123456]");

        var request = gateway.Received.ShouldHaveSingleItem();
        request.Authorization.ShouldBe("Bearer gateway-key");
        using var body = JsonDocument.Parse(request.Body);
        body.RootElement.GetProperty("to").GetString().ShouldBe("+821012345678");
        body.RootElement.GetProperty("from").GetString().ShouldBe("0212345678");
        body.RootElement.GetProperty("text").GetString().ShouldBe("[모여라] 인증번호 [123456]");
    }

    [Fact]
    public async Task Should_Fail_Loudly_When_The_Gateway_Refuses()
    {
        await using var gateway = await FakeGateway.StartAsync(HttpStatusCode.BadGateway);
        await Should.ThrowAsync<InvalidOperationException>(() => CreateSender(gateway.Url).SendAsync("+821012345678", "x"));
    }

    private static HttpGatewaySmsSender CreateSender(string url) => new(
        new HttpClient(),
        Options.Create(new SmsOptions { Provider = "HttpGateway", GatewayUrl = url, GatewayApiKey = "gateway-key", SenderNumber = "0212345678" }),
        NullLogger<HttpGatewaySmsSender>.Instance);

    private sealed class FakeGateway : IAsyncDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly HttpStatusCode _status;
        private Task? _loop;

        private FakeGateway(HttpStatusCode status) => _status = status;

        public string Url { get; private set; } = string.Empty;

        public List<(string? Authorization, string Body)> Received { get; } = [];

        public static Task<FakeGateway> StartAsync(HttpStatusCode status)
        {
            var gateway = new FakeGateway(status);
            gateway.Url = $"http://127.0.0.1:{ProcessRunner.FreeLoopbackPort()}/sms/";
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
                Received.Add((context.Request.Headers["Authorization"], await reader.ReadToEndAsync()));
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
