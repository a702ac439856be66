using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MessagePack;
using MessagePack.Formatters;
using Moyeora.ClientProxies;

namespace Moyeora.Live;

/// <summary>The hub protocol a <see cref="LiveClient"/> speaks: SignalR's JSON (the default) or MessagePack (smaller, binary).</summary>
public enum LiveProtocol
{
    Json = 0,
    MessagePack = 1,
}

/// <summary>How a <see cref="LiveClient"/> connects.</summary>
public sealed class LiveClientOptions
{
    public LiveProtocol Protocol { get; init; } = LiveProtocol.Json;

    /// <summary>Ask for <c>nearbyDelta</c> messages instead of full <c>nearby</c> lists (apply them with <see cref="NearbyView"/>).</summary>
    public bool NearbyDeltas { get; init; }

    /// <summary>Further settings of the underlying connection (e.g. a WebSocket factory), applied last.</summary>
    public Action<Microsoft.AspNetCore.Http.Connections.Client.HttpConnectionOptions>? Configure { get; init; }
}

/// <summary>
/// A client of the live hub (<c>/hubs/live</c>) on the official SignalR client (<see cref="HubConnection"/>, JSON
/// or MessagePack protocol over a WebSocket, see <see cref="LiveClientOptions"/>). Invoke hub methods with <see cref="InvokeAsync{T}"/>; read what the server pushes
/// with <see cref="NextAsync{T}"/> or <see cref="On"/>. Everything the server sends (<see cref="LiveClientMethods"/>)
/// is kept until read, so a push that arrives before the test or app asks for it is not lost; and an invocation
/// returns only once every push the server sent before its answer has been received, as on the wire.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    /// <summary>The payload options of the server's JSON hub protocol: camelCase names and enums, "NaN" allowed, UTF-8 text unescaped.</summary>
    public static readonly JsonSerializerOptions PayloadOptions = new(ClientProxyBase.JsonOptions)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly string[] ServerMethods = typeof(LiveClientMethods)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static readonly Type[] OneElement = [typeof(JsonElement)];
    private static readonly Type[] OneSkipped = [typeof(Skipped)];

    private readonly HubConnection _connection;
    private readonly OrderedHubProtocol _protocol;
    private readonly bool _binary;
    private readonly Lock _dispatchLock = new();
    private readonly List<(long Count, TaskCompletionSource Done)> _waiters = [];
    private long _dispatched;
    private readonly ConcurrentDictionary<string, Channel<JsonElement>> _received = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Action<JsonElement>> _handlers = new(StringComparer.OrdinalIgnoreCase);
    private readonly TaskCompletionSource<string?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LiveClient(HubConnection connection, OrderedHubProtocol protocol, bool binary)
    {
        _connection = connection;
        _protocol = protocol;
        _binary = binary;
        foreach (var method in ServerMethods)
        {
            // MessagePack carries no names of its own to read into a JsonElement: each payload is read as its DTO and
            // kept as JSON, so reading it back (NextAsync, On) works the same over both protocols.
            var payload = LiveClientMethods.Payloads[method];
            _connection.On(method, binary ? [payload] : OneElement, arguments =>
            {
                try
                {
                    Receive(method, binary ? JsonSerializer.SerializeToElement(arguments[0], payload, PayloadOptions) : (JsonElement)arguments[0]!);
                }
                finally
                {
                    Dispatched();
                }

                return Task.CompletedTask;
            });
        }

        // The reason the server gave in "connectionClosing" before it aborted, else what the client saw.
        _connection.Closed += error =>
        {
            _closed.TrySetResult(_protocol.ClosingReason ?? error?.Message);
            lock (_dispatchLock)
            {
                _waiters.ForEach(w => w.Done.TrySetResult());
                _waiters.Clear();
            }

            return Task.CompletedTask;
        };
    }

    /// <summary>What the hub said when the connection was set up.</summary>
    public LiveConnectedDto Connection { get; private set; } = new();

    /// <summary>Completes when the connection ends, with the reason the server gave (or the close error) if any.</summary>
    public Task<string?> Closed => _closed.Task;

    public static Task<LiveClient> ConnectAsync(Uri apiRoot, string accessToken, CancellationToken cancellationToken = default) =>
        ConnectAsync(apiRoot, accessToken, new LiveClientOptions(), cancellationToken);

    public static async Task<LiveClient> ConnectAsync(Uri apiRoot, string accessToken, LiveClientOptions options, CancellationToken cancellationToken = default)
    {
        var hub = new UriBuilder(apiRoot) { Path = "/hubs/live", Query = string.Empty }.Uri;
        var binary = options.Protocol == LiveProtocol.MessagePack;
        var protocol = new OrderedHubProtocol(binary
            ? new MessagePackHubProtocol(Options.Create(new MessagePackHubProtocolOptions()))
            : new JsonHubProtocol(Options.Create(new JsonHubProtocolOptions { PayloadSerializerOptions = PayloadOptions })));
        var builder = new HubConnectionBuilder()
            .WithUrl(hub, o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
                options.Configure?.Invoke(o);
            });
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol>(protocol);
        var connection = builder.Build();
        var client = new LiveClient(connection, protocol, binary);
        try
        {
            await connection.StartAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        // The hub says "connected" once the connection is fully set up (rooms joined, any older one replaced).
        var connected = client.NextAsync<LiveConnectedDto>(LiveClientMethods.Connected, timeout: TimeSpan.FromSeconds(30));
        if (await Task.WhenAny(connected, client.Closed) != connected)
        {
            var reason = await client.Closed;
            await client.DisposeAsync();
            throw new LiveHubException("The hub closed the connection: " + (reason ?? "refused"));
        }

        client.Connection = await connected;
        if (options.NearbyDeltas)
        {
            try
            {
                await client.InvokeAsync("UseNearbyDeltas", true);
            }
            catch
            {
                await client.DisposeAsync();
                throw;
            }
        }

        return client;
    }

    /// <summary>The protocol this client speaks.</summary>
    public LiveProtocol Protocol => _binary ? LiveProtocol.MessagePack : LiveProtocol.Json;

    /// <summary>
    /// Bytes of hub messages received so far with this method name (each whole protocol message as it came off the
    /// WebSocket: JSON text with its record separator, or MessagePack with its length prefix; WebSocket frame headers
    /// excluded).
    /// </summary>
    public long ReceivedBytes(string method) => _protocol.ReceivedBytes(method);

    /// <summary>Calls a hub method and returns its result; a refusal throws <see cref="LiveHubException"/> with its <see cref="LiveHubException.Code"/>.</summary>
    public async Task<T?> InvokeAsync<T>(string method, params object?[] arguments)
    {
        if (_binary)
        {
            return (T?)await InvokeCoreAsync(method, typeof(T), arguments);
        }

        var result = await InvokeAsync(method, arguments);
        return result.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? default : result.Deserialize<T>(PayloadOptions);
    }

    public async Task<JsonElement> InvokeAsync(string method, params object?[] arguments)
    {
        // JsonElement? rather than JsonElement: a method without a result completes with none (null). Over MessagePack
        // the result is read as plain values (maps, arrays) and given back as JSON.
        var result = await InvokeCoreAsync(method, _binary ? typeof(object) : typeof(JsonElement?), arguments);
        return result switch
        {
            null => default,
            JsonElement element => element,
            var value => JsonSerializer.SerializeToElement(CamelCased(value), PayloadOptions),
        };
    }

    /// <summary>MessagePack writes the server's property names as they are (PascalCase): given back as the JSON protocol names them.</summary>
    private static object? CamelCased(object? value) => value switch
    {
        IDictionary<object, object?> map => map.ToDictionary(
            e => e.Key is string { Length: > 0 } key ? JsonNamingPolicy.CamelCase.ConvertName(key) : Convert.ToString(e.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            e => CamelCased(e.Value)),
        object?[] items => items.Select(CamelCased).ToArray(),
        _ => value,
    };

    private async Task<object?> InvokeCoreAsync(string method, Type resultType, object?[] arguments)
    {
        try
        {
            var result = await _connection.InvokeCoreAsync(method, resultType, arguments);
            await ReceivedSoFarAsync();
            return result;
        }
        catch (HubException ex)
        {
            await ReceivedSoFarAsync();
            throw LiveHubException.FromCompletionError(ex.Message);
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException && _connection.State != HubConnectionState.Connected)
        {
            throw new LiveHubException("The connection closed before the hub answered: " + (_protocol.ClosingReason ?? "closed"));
        }
    }

    /// <summary>Calls a hub method without waiting for (or getting) an answer: fewer messages, for a stream of reports.</summary>
    public Task SendAsync(string method, params object?[] arguments) => _connection.SendCoreAsync(method, arguments);

    /// <summary>The next message the server sent with this method name that matches, waiting up to <paramref name="timeout"/>.</summary>
    public async Task<T> NextAsync<T>(string method, Func<T, bool>? match = null, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        var reader = Inbox(method).Reader;
        try
        {
            while (true)
            {
                var item = (await reader.ReadAsync(cts.Token)).Deserialize<T>(PayloadOptions)!;
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

        return last is { } latest ? latest.Deserialize<T>(PayloadOptions)! : await NextAsync<T>(method, null, timeout);
    }

    /// <summary>True if a message with this method name is waiting (does not consume it).</summary>
    public bool HasPending(string method) => Inbox(method).Reader.Count > 0;

    /// <summary>Handles every message with this method name as it arrives, instead of queueing it.</summary>
    public void On(string method, Action<JsonElement> handler) => _handlers[method] = handler;

    /// <summary>Only notes that a message with this method name arrived, without reading its payload (for load tools).</summary>
    public void OnSignal(string method, Action handler)
    {
        _connection.Remove(method);
        _connection.On(method, OneSkipped, _ =>
        {
            try
            {
                handler();
            }
            finally
            {
                Dispatched();
            }

            return Task.CompletedTask;
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _closed.TrySetResult(_protocol.ClosingReason);
    }

    /// <summary>
    /// Completes once every push parsed so far has reached its handler or inbox. The official client hands pushes
    /// to handlers on a loop of their own, so an invocation's answer can overtake the pushes sent before it.
    /// </summary>
    private Task ReceivedSoFarAsync()
    {
        var received = _protocol.Invocations;
        TaskCompletionSource done;
        lock (_dispatchLock)
        {
            if (_dispatched >= received || _connection.State != HubConnectionState.Connected)
            {
                return Task.CompletedTask;
            }

            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((received, done));
        }

        // Bounded: a push the client could not bind never reaches a handler.
        return done.Task.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private void Dispatched()
    {
        lock (_dispatchLock)
        {
            _dispatched++;
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Count <= _dispatched)
                {
                    _waiters[i].Done.TrySetResult();
                    _waiters.RemoveAt(i);
                }
            }
        }
    }

    private void Receive(string method, JsonElement argument)
    {
        if (_handlers.TryGetValue(method, out var handler))
        {
            handler(argument);
        }
        else
        {
            Inbox(method).Writer.TryWrite(argument);
        }
    }

    private Channel<JsonElement> Inbox(string method) => _received.GetOrAdd(method, _ => Channel.CreateUnbounded<JsonElement>());

    /// <summary>
    /// The hub protocol (JSON or MessagePack), counting the pushes (invocations from the server) and their bytes, and
    /// noting the "connectionClosing" reason in the order they arrive, before the official client dispatches them.
    /// </summary>
    private sealed class OrderedHubProtocol(IHubProtocol inner) : IHubProtocol
    {
        private readonly ConcurrentDictionary<string, StrongBox<long>> _bytes = new(StringComparer.Ordinal);
        private long _invocations;
        private string? _closingReason;

        public long Invocations => Interlocked.Read(ref _invocations);

        public long ReceivedBytes(string method) => _bytes.TryGetValue(method, out var box) ? Interlocked.Read(ref box.Value) : 0;

        public string? ClosingReason => Volatile.Read(ref _closingReason);

        public string Name => inner.Name;

        public int Version => inner.Version;

        public TransferFormat TransferFormat => inner.TransferFormat;

        public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

        public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
        {
            var before = input.Length;
            if (!inner.TryParseMessage(ref input, binder, out message))
            {
                return false;
            }

            if (message is InvocationMessage invocation)
            {
                if (invocation is { Target: LiveClientMethods.ConnectionClosing, Arguments: [JsonElement { ValueKind: JsonValueKind.Object } closing] }
                    && closing.TryGetProperty("reason", out var reason) && reason.ValueKind == JsonValueKind.String)
                {
                    Volatile.Write(ref _closingReason, reason.GetString());
                }
                else if (invocation is { Target: LiveClientMethods.ConnectionClosing, Arguments: [ConnectionClosingDto dto] })
                {
                    Volatile.Write(ref _closingReason, dto.Reason);
                }

                Interlocked.Add(ref _bytes.GetOrAdd(invocation.Target, static _ => new StrongBox<long>()).Value, before - input.Length);
                Interlocked.Increment(ref _invocations);
            }

            return true;
        }

        public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);

        public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);
    }

    /// <summary>A payload read past without being materialised (JSON or MessagePack).</summary>
    [JsonConverter(typeof(SkippedConverter))]
    [MessagePackFormatter(typeof(SkippedMessagePackFormatter))]
    internal readonly struct Skipped
    {
        internal sealed class SkippedMessagePackFormatter : IMessagePackFormatter<Skipped>
        {
            public void Serialize(ref MessagePackWriter writer, Skipped value, MessagePackSerializerOptions options) => writer.WriteNil();

            public Skipped Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
            {
                reader.Skip();
                return default;
            }
        }

        private sealed class SkippedConverter : JsonConverter<Skipped>
        {
            public override Skipped Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            {
                reader.Skip();
                return default;
            }

            public override void Write(Utf8JsonWriter writer, Skipped value, JsonSerializerOptions options) => writer.WriteNullValue();
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
        Details = error.Details is null ? new Dictionary<string, double>() : new Dictionary<string, double>(error.Details);
    }

    /// <summary>The stable error code (<c>Moyeora:InvalidRadius</c>, ...); null when the connection ended rather than a refusal.</summary>
    public string? Code { get; }

    /// <summary>Messages per argument, when the refusal is about arguments.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = new Dictionary<string, string[]>();

    /// <summary>Numbers the hub sent to act on the refusal: with <c>Moyeora:ChatBusy</c>, <c>retryAfterMs</c>. Empty when it sent none.</summary>
    public IReadOnlyDictionary<string, double> Details { get; } = new Dictionary<string, double>();

    /// <summary>The refusal's retry hint (<c>retryAfterMs</c>), if it had one.</summary>
    public TimeSpan? RetryAfter => Details.TryGetValue("retryAfterMs", out var ms) ? TimeSpan.FromMilliseconds(ms) : null;

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
