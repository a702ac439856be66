using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Moyeora.ClientProxies;

namespace Moyeora.Live;

/// <summary>
/// A client of the live hub (<c>/hubs/live</c>) speaking the SignalR JSON hub protocol over a WebSocket
/// (the .NET SignalR client package is not available here; this is what it does on the wire). Invoke hub
/// methods with <see cref="InvokeAsync{T}"/>; read what the server pushes with <see cref="NextAsync{T}"/>
/// or <see cref="On"/>.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    private const byte RecordSeparator = 0x1e;
    private static readonly JsonSerializerOptions Json = ClientProxyBase.JsonOptions;

    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentDictionary<string, Channel<JsonElement>> _received = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Action<JsonElement>> _handlers = new(StringComparer.OrdinalIgnoreCase);
    private readonly TaskCompletionSource<string?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private int _nextInvocationId;

    private LiveClient(ClientWebSocket socket) => _socket = socket;

    /// <summary>What the hub said when the connection was set up.</summary>
    public LiveConnectedDto Connection { get; private set; } = new();

    /// <summary>Completes when the connection ends, with the server's close error if it gave one.</summary>
    public Task<string?> Closed => _closed.Task;

    public static async Task<LiveClient> ConnectAsync(Uri apiRoot, string accessToken, CancellationToken cancellationToken = default)
    {
        var scheme = apiRoot.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        var uri = new UriBuilder(apiRoot) { Scheme = scheme, Path = "/hubs/live", Query = "access_token=" + Uri.EscapeDataString(accessToken) }.Uri;
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(15);
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var client = new LiveClient(socket);
        await client.SendRawAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e"), cancellationToken);
        var handshake = await client.ReceiveRecordAsync(cancellationToken);
        using (var json = JsonDocument.Parse(handshake))
        {
            if (json.RootElement.TryGetProperty("error", out var error))
            {
                socket.Dispose();
                throw new LiveHubException(error.GetString() ?? "The hub refused the handshake.");
            }
        }

        _ = Task.Run(client.ReceiveLoopAsync, CancellationToken.None);
        _ = Task.Run(client.PingLoopAsync, CancellationToken.None);

        // The hub says "connected" once the connection is fully set up (rooms joined, any older one replaced).
        var connected = client.NextAsync<LiveConnectedDto>(LiveClientMethods.Connected, timeout: TimeSpan.FromSeconds(30));
        if (await Task.WhenAny(connected, client.Closed) != connected)
        {
            var reason = await client.Closed;
            await client.DisposeAsync();
            throw new LiveHubException("The hub closed the connection: " + (reason ?? "refused"));
        }

        client.Connection = await connected;
        return client;
    }

    /// <summary>Calls a hub method and returns its result; a refusal throws <see cref="LiveHubException"/> with its <see cref="LiveHubException.Code"/>.</summary>
    public async Task<T?> InvokeAsync<T>(string method, params object?[] arguments)
    {
        var result = await InvokeAsync(method, arguments);
        return result.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? default : result.Deserialize<T>(Json);
    }

    public async Task<JsonElement> InvokeAsync(string method, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref _nextInvocationId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { type = 1, invocationId = id, target = method, arguments }, Json);
        await SendRawAsync([.. message, RecordSeparator], _stop.Token);
        var finished = await Task.WhenAny(completion.Task, _closed.Task);
        if (finished != completion.Task)
        {
            _pending.TryRemove(id, out _);
            throw new LiveHubException("The connection closed before the hub answered: " + (await _closed.Task ?? "closed"));
        }

        return await completion.Task;
    }

    /// <summary>Calls a hub method without waiting for (or getting) an answer: fewer messages, for a stream of reports.</summary>
    public Task SendAsync(string method, params object?[] arguments)
    {
        var message = JsonSerializer.SerializeToUtf8Bytes(new { type = 1, target = method, arguments }, Json);
        return SendRawAsync([.. message, RecordSeparator], _stop.Token);
    }

    /// <summary>The next message the server sent with this method name that matches, waiting up to <paramref name="timeout"/>.</summary>
    public async Task<T> NextAsync<T>(string method, Func<T, bool>? match = null, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        var reader = Inbox(method).Reader;
        try
        {
            while (true)
            {
                var item = (await reader.ReadAsync(cts.Token)).Deserialize<T>(Json)!;
                if (match is null || match(item))
                {
                    return item;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No '{method}' message arrived in time.");
        }
    }

    /// <summary>
    /// The newest message with this method name: everything already received is read and all but the last
    /// dropped; if nothing has arrived, the next one. After an invocation that pushes (e.g. a report), this is
    /// a push that reflects it.
    /// </summary>
    public async Task<T> LatestAsync<T>(string method, TimeSpan? timeout = null)
    {
        var reader = Inbox(method).Reader;
        JsonElement? last = null;
        while (reader.TryRead(out var item))
        {
            last = item;
        }

        return last is { } latest ? latest.Deserialize<T>(Json)! : await NextAsync<T>(method, null, timeout);
    }

    /// <summary>True if a message with this method name is waiting (does not consume it).</summary>
    public bool HasPending(string method) => Inbox(method).Reader.Count > 0;

    /// <summary>Handles every message with this method name as it arrives, instead of queueing it.</summary>
    public void On(string method, Action<JsonElement> handler) => _handlers[method] = handler;

    /// <summary>Only notes that a message with this method name arrived, without reading its payload (for load tools).</summary>
    public void OnSignal(string method, Action handler) => _signals[method] = handler;

    private readonly ConcurrentDictionary<string, Action> _signals = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The target of a server invocation when it comes first, as the server writes it: {"type":1,"target":"…",…}.</summary>
    private static string? PeekTarget(ReadOnlySpan<byte> record)
    {
        var reader = new Utf8JsonReader(record);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject
            || !reader.Read() || !reader.ValueTextEquals("type"u8) || !reader.Read() || reader.TokenType != JsonTokenType.Number || reader.GetInt32() != 1
            || !reader.Read() || !reader.ValueTextEquals("target"u8) || !reader.Read())
        {
            return null;
        }

        return reader.GetString();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }

        _socket.Dispose();
        _closed.TrySetResult(null);
    }

    private Channel<JsonElement> Inbox(string method) => _received.GetOrAdd(method, _ => Channel.CreateUnbounded<JsonElement>());

    private async Task SendRawAsync(byte[] payload, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    /// <summary>The next record (one JSON message) from the socket.</summary>
    private async Task<byte[]> ReceiveRecordAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var span = _buffer.WrittenSpan;
            var end = span.IndexOf(RecordSeparator);
            if (end >= 0)
            {
                var record = span[..end].ToArray();
                var rest = span[(end + 1)..].ToArray();
                _buffer.Clear();
                _buffer.Write(rest);
                return record;
            }

            var memory = _buffer.GetMemory(8 * 1024);
            var result = await _socket.ReceiveAsync(memory, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "closed");
            }

            _buffer.Advance(result.Count);
        }
    }

    private async Task ReceiveLoopAsync()
    {
        string? closeError = null;
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var record = await ReceiveRecordAsync(_stop.Token);
                if (!_signals.IsEmpty && PeekTarget(record) is { } peeked && _signals.TryGetValue(peeked, out var signal))
                {
                    signal();
                    continue;
                }

                using var json = JsonDocument.Parse(record);
                var root = json.RootElement;
                switch (root.GetProperty("type").GetInt32())
                {
                    case 1: // invocation from the server
                        var target = root.GetProperty("target").GetString()!;
                        var argument = root.GetProperty("arguments") is { ValueKind: JsonValueKind.Array } args && args.GetArrayLength() > 0 ? args[0].Clone() : default;
                        if (_handlers.TryGetValue(target, out var handler))
                        {
                            handler(argument);
                        }
                        else
                        {
                            Inbox(target).Writer.TryWrite(argument);
                        }

                        break;
                    case 3: // completion of our invocation
                        if (_pending.TryRemove(root.GetProperty("invocationId").GetString()!, out var completion))
                        {
                            if (root.TryGetProperty("error", out var error))
                            {
                                completion.TrySetException(LiveHubException.FromCompletionError(error.GetString()));
                            }
                            else
                            {
                                completion.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
                            }
                        }

                        break;
                    case 7: // close
                        closeError = root.TryGetProperty("error", out var reason) ? reason.GetString() : null;
                        return;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or JsonException or ObjectDisposedException)
        {
            closeError ??= ex is OperationCanceledException ? null : ex.Message;
        }
        finally
        {
            _closed.TrySetResult(closeError);
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(new LiveHubException("The connection closed."));
            }
        }
    }

    private async Task PingLoopAsync()
    {
        var ping = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");
        try
        {
            while (!_stop.IsCancellationRequested && !_closed.Task.IsCompleted)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), _stop.Token);
                await SendRawAsync(ping, _stop.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }
}

/// <summary>
/// The live hub refused an invocation (<see cref="Code"/> and <see cref="Errors"/> as the hub sent them) or the
/// connection ended. The message is "Moyeora:Code: message".
/// </summary>
public sealed class LiveHubException : Exception
{
    public LiveHubException(string message)
        : base(message)
    {
    }

    private LiveHubException(LiveHubErrorDto error)
        : base($"{error.Code}: {error.Message}")
    {
        Code = error.Code;
        Errors = error.Errors is null ? new Dictionary<string, string[]>() : new Dictionary<string, string[]>(error.Errors);
    }

    /// <summary>The stable error code (<c>Moyeora:InvalidRadius</c>, ...); null when the connection ended rather than a refusal.</summary>
    public string? Code { get; }

    /// <summary>Messages per argument, when the refusal is about arguments.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = new Dictionary<string, string[]>();

    /// <summary>The hub's error completion: a <see cref="LiveHubErrorDto"/> as JSON (anything else is kept as text).</summary>
    public static LiveHubException FromCompletionError(string? error)
    {
        if (error is not null && error.StartsWith('{'))
        {
            try
            {
                if (JsonSerializer.Deserialize<LiveHubErrorDto>(error, ClientProxyBase.JsonOptions) is { Code.Length: > 0 } dto)
                {
                    return new LiveHubException(dto);
                }
            }
            catch (JsonException)
            {
            }
        }

        return new LiveHubException(error ?? "The hub refused the invocation.");
    }
}
