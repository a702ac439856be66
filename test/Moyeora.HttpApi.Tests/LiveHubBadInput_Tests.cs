using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Moyeora.Live;

namespace Moyeora.HttpApi.Tests;

/// <summary>Everything the host logs, kept for assertions (level, category, message, exception).</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Entries.Enqueue((logLevel, category, formatter(state, exception), exception));
    }
}

/// <summary>The live host with its logs captured.</summary>
public sealed class LoggedLiveHostFactory : LiveHostFactory
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(l => l.AddProvider(Logs));
    }
}

/// <summary>
/// Hub arguments fed hostile values over a raw WebSocket (exactly what any SignalR client sends): each invocation
/// is refused with a <see cref="LiveHubErrorDto"/> whose code is specific, the connection stays usable, and client
/// mistakes are logged at Warning without a stack trace, never at Error.
/// </summary>
public sealed class LiveHubBadInput_Tests(LoggedLiveHostFactory factory) : IClassFixture<LoggedLiveHostFactory>
{
    private const string InvalidLocation = MoyeoraErrorCodes.InvalidLocation;
    private const string InvalidRadius = MoyeoraErrorCodes.InvalidRadius;
    private const string ValidationFailed = MoyeoraErrorCodes.ValidationFailed;
    private const string Unreadable = MoyeoraErrorCodes.UnreadableJson;
    private const string UnknownEnum = MoyeoraErrorCodes.UnknownEnumValue;

    public static TheoryData<string, string, string> Cases()
    {
        var meetup = Guid.NewGuid();
        return new TheoryData<string, string, string>
        {
            { "ReportPosition", "[\"NaN\",127]", InvalidLocation },
            { "ReportPosition", "[37.5,\"NaN\"]", InvalidLocation },
            { "ReportPosition", "[\"Infinity\",127]", InvalidLocation },
            { "ReportPosition", "[37.5,\"-Infinity\"]", InvalidLocation },
            { "ReportPosition", "[1e309,127]", InvalidLocation },
            { "ReportPosition", "[37.5,-1e309]", InvalidLocation },
            { "ReportPosition", "[12345678901234567890,127]", InvalidLocation },
            { "ReportPosition", "[91,127]", InvalidLocation },
            { "ReportPosition", "[37.5,180.5]", InvalidLocation },
            { "ReportPosition", "[\"north\",127]", Unreadable },
            { "ReportPosition", "[null,127]", Unreadable },
            { "ReportPosition", "[\"\\uD800\",127]", Unreadable },
            { "ReportPosition", "[37.5]", Unreadable },
            { "ReportPosition", "[]", Unreadable },
            { "ReportPosition", "[37.5,127,1]", Unreadable },
            { "SetRadius", "[5]", InvalidRadius },
            { "SetRadius", "[-1]", InvalidRadius },
            { "SetRadius", "[\"NaN\"]", InvalidRadius },
            { "SetRadius", "[\"Infinity\"]", InvalidRadius },
            { "SetRadius", "[1e309]", InvalidRadius },
            { "SetRadius", "[12345678901234567890]", InvalidRadius },
            { "SetRadius", "[\"far\"]", Unreadable },
            { "SetRadius", "[{}]", Unreadable },
            { "WatchArea", "[\"NaN\",126,38,127]", InvalidLocation },
            { "WatchArea", "[37,\"Infinity\",38,127]", InvalidLocation },
            { "WatchArea", "[38,126,37,127]", InvalidLocation },
            { "WatchArea", "[37,126,null,127]", InvalidLocation },
            { "WatchArea", "[37,126,91,127]", InvalidLocation },
            { "WatchArea", "[37,126,38,1e309]", InvalidLocation },
            { "SetVisibility", "[\"sideways\",null]", UnknownEnum },
            { "SetVisibility", "[\"\\uD800\",null]", UnknownEnum },
            { "SetVisibility", "[\"nobody\",\"2026-12-02T10:00:00\"]", MoyeoraErrorCodes.TimeZoneOffsetRequired },
            { "SetVisibility", "[\"nobody\",\"not a date\"]", ValidationFailed },
            { "SetVisibility", "[\"nobody\",\"0001-01-01T00:00:00+14:00\"]", ValidationFailed },
            { "SendChatMessage", "[\"not-a-guid\",\"hi\"]", Unreadable },
            { "SendChatMessage", $"[\"{meetup}\",\"\\uD800\"]", Unreadable },
            { "SendChatMessage", $"[\"{meetup}\",\"{new string('m', 4000)}\"]", MoyeoraErrorCodes.MeetupNotFound },
            { "SendChatMessage", $"[\"{meetup}\",\"hi\"]", MoyeoraErrorCodes.MeetupNotFound },
            { "SendChatMessage", $"[\"{meetup}\",12]", Unreadable },
            { "NoSuchMethod", "[]", ValidationFailed },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Hostile_Arguments_Are_Refused_With_A_Code(string method, string arguments, string code)
    {
        var (_, tokens) = await factory.NewUserAsync();
        await using var hub = await RawHub.ConnectAsync(factory.Root, tokens.AccessToken);

        var error = await hub.InvokeForErrorAsync(method, arguments);

        error.ShouldNotBeNull($"{method}{arguments} was not refused");
        error.ShouldStartWith("{", Case.Sensitive, "the error completion is exactly a JSON object");
        var refusal = JsonSerializer.Deserialize<LiveHubErrorDto>(error, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        refusal.Code.ShouldBe(code, error);
        refusal.Message.ShouldNotBeNullOrWhiteSpace();
        error.ShouldNotContain("Exception");
        error.ShouldNotContain("System.");
        error.ShouldNotContain("   at ");

        // The connection survives the refusal.
        (await hub.InvokeForErrorAsync("SetRadius", "[1000]")).ShouldBeNull();
    }

    [Fact]
    public async Task A_Refusal_Carries_Its_Code_As_Data_And_Is_Not_Logged_As_An_Error()
    {
        var (_, tokens) = await factory.NewUserAsync();
        await using var live = await LiveClient.ConnectAsync(factory.Root, tokens.AccessToken);
        var before = factory.Logs.Entries.Count;

        var refused = await Should.ThrowAsync<LiveHubException>(() => live.InvokeAsync("SetRadius", 5.0));

        refused.Code.ShouldBe(MoyeoraErrorCodes.InvalidRadius);
        refused.Errors.Keys.ShouldBe(["meters"]);
        refused.Message.ShouldStartWith(MoyeoraErrorCodes.InvalidRadius + ": ");
        await live.InvokeAsync("SetRadius", 1000.0);
        var logged = factory.Logs.Entries.Skip(before).ToList();
        logged.Where(e => e.Level >= LogLevel.Error).ShouldBeEmpty(string.Join("\n", logged.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category}: {e.Message}")));
        // At Information, as a refusal over REST: a client's mistake, not the operator's (a saturated node's ChatBusy
        // refusals at Warning went through the console logger's lock).
        var entry = logged.Where(e => e.Level == LogLevel.Information && e.Message.Contains(MoyeoraErrorCodes.InvalidRadius)).ShouldHaveSingleItem();
        entry.Exception.ShouldBeNull("a client mistake is logged without a stack trace");
    }

    [Theory]
    [InlineData("api/app/meetups/search?keyword=")]
    [InlineData("api/app/meetups/nearby?longitude=127&latitude=")]
    [InlineData("api/app/people/search?nickname=")]
    public async Task A_100_KB_Query_Over_A_Real_Socket_Gets_A_Coded_414(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path + new string('7', 100_000));
        var text = await response.Content.ReadAsStringAsync();

        BadQueryInputHttp_Tests.AssertProblem(response, text, 414, MoyeoraErrorCodes.UriTooLong);
    }

    /// <summary>The SignalR JSON protocol by hand: arguments as raw JSON (1e309, lone surrogates), the error as sent.</summary>
    private sealed class RawHub : IAsyncDisposable
    {
        private readonly ClientWebSocket _socket = new();
        private readonly StringBuilder _pending = new();
        private int _nextId;

        public static async Task<RawHub> ConnectAsync(Uri root, string token)
        {
            var hub = new RawHub();
            var uri = new UriBuilder(root) { Scheme = "ws", Path = LiveHubPath, Query = "access_token=" + Uri.EscapeDataString(token) }.Uri;
            await hub._socket.ConnectAsync(uri, CancellationToken.None);
            await hub.SendAsync("{\"protocol\":\"json\",\"version\":1}");
            (await hub.ReceiveAsync()).ShouldBe("{}");
            return hub;
        }

        private const string LiveHubPath = "/hubs/live";

        /// <summary>Invokes and returns the completion's error, or null when it succeeded.</summary>
        public async Task<string?> InvokeForErrorAsync(string method, string arguments)
        {
            var id = (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await SendAsync($"{{\"type\":1,\"invocationId\":\"{id}\",\"target\":\"{method}\",\"arguments\":{arguments}}}");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            while (true)
            {
                using var message = JsonDocument.Parse(await ReceiveAsync(timeout.Token));
                var root = message.RootElement;
                var type = root.GetProperty("type").GetInt32();
                type.ShouldNotBe(7, $"the hub closed the connection: {root}");
                if (type == 3 && root.GetProperty("invocationId").GetString() == id)
                {
                    return root.TryGetProperty("error", out var error) ? error.GetString() : null;
                }
            }
        }

        private Task SendAsync(string record) =>
            _socket.SendAsync(Encoding.UTF8.GetBytes(record + "\u001e"), WebSocketMessageType.Text, true, CancellationToken.None);

        private async Task<string> ReceiveAsync(CancellationToken cancellationToken = default)
        {
            var buffer = new byte[64 * 1024];
            while (true)
            {
                var text = _pending.ToString();
                var end = text.IndexOf('\u001e', StringComparison.Ordinal);
                if (end >= 0)
                {
                    _pending.Remove(0, end + 1);
                    return text[..end];
                }

                var result = await _socket.ReceiveAsync(buffer, cancellationToken);
                result.MessageType.ShouldNotBe(WebSocketMessageType.Close, "the hub closed the socket");
                _pending.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
            }

            _socket.Dispose();
        }
    }
}
