using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Moyeora.ExceptionHandling;
using Moyeora.Hosting;
using Moyeora.Localization;
using Microsoft.AspNetCore.Localization;

namespace Moyeora.Live;

/// <summary>A refused invocation, returned by <see cref="BusinessExceptionHubFilter"/> and written as an error completion.</summary>
internal sealed record HubRefusal(LiveHubErrorDto Error)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The refusal in the current culture (the connection's, see <see cref="BusinessExceptionHubFilter"/>).</summary>
    public static HubRefusal From(ErrorMessages messages, BusinessException exception) => new(new LiveHubErrorDto
    {
        Code = exception.Code,
        Message = messages.Detail(exception),
        Errors = exception.FieldErrors.Count == 0 ? null : messages.FieldMessages(exception),
        Details = NumbersOf(exception.Details),
    });

    /// <summary>The exception's numeric details (retry hints, limits); null when it has none.</summary>
    private static Dictionary<string, double>? NumbersOf(IDictionary<string, object?> details)
    {
        var numbers = details
            .Where(d => d.Value is int or long or double or float or decimal)
            .ToDictionary(d => d.Key, d => Convert.ToDouble(d.Value, System.Globalization.CultureInfo.InvariantCulture));
        return numbers.Count == 0 ? null : numbers;
    }

    public static HubRefusal Of(ErrorMessages messages, string code, IReadOnlyDictionary<string, object?>? details = null) =>
        new(new LiveHubErrorDto { Code = code, Message = messages.Message(code, details) });

    public string ToJson() => JsonSerializer.Serialize(Error, Json);
}

/// <summary>
/// Refusals from the hub and the application (a <see cref="BusinessException"/>) are client mistakes: logged at
/// Warning without a stack trace and answered with the code as data (see <see cref="CodedJsonHubProtocol"/>).
/// Anything else is a fault and goes on to SignalR, which logs it at Error. Every invocation runs in the language of
/// the connect request (<c>Accept-Language</c> or <c>?lang=</c>, see <see cref="MoyeoraLocalization"/>).
/// </summary>
internal sealed class BusinessExceptionHubFilter(ErrorMessages messages, ILogger<BusinessExceptionHubFilter> logger) : IHubFilter
{
    private const string CultureItem = "Moyeora.Culture";

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        context.Context.Items[CultureItem] = context.Context.GetHttpContext()?.Features.Get<IRequestCultureFeature>()?.RequestCulture;
        return next(context);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        MoyeoraLocalization.Apply(invocationContext.Context.Items.TryGetValue(CultureItem, out var culture) ? culture as RequestCulture : null);
        try
        {
            return await next(invocationContext);
        }
        catch (BusinessException ex)
        {
            // A refusal is the client's business (as over REST, logged at Information): at Warning, every ChatBusy of a
            // saturated node went through the console logger's lock.
            logger.LogInformation("Hub method {Method} refused with {Code}", invocationContext.HubMethodName, ex.Code);
            return HubRefusal.From(messages, ex);
        }
        catch (Exception ex) when (DependencyFailure.IsUnavailable(ex))
        {
            // Redis or the database is down or too slow: a coded refusal the client can act on (retry later), not a
            // hang and not an InternalError. The connection stays open; see README "Resilience / fault tests".
            logger.LogWarning("Hub method {Method} answered {Code}: a dependency is unavailable ({Error})",
                invocationContext.HubMethodName, MoyeoraErrorCodes.ServiceUnavailable, ex.GetBaseException().Message);
            return HubRefusal.Of(messages, MoyeoraErrorCodes.ServiceUnavailable);
        }
    }
}

/// <summary>
/// A hub protocol (JSON, or MessagePack when the client chose it), with every error completion's text written as a
/// <see cref="LiveHubErrorDto"/> JSON object:
/// refusals as they are, arguments that cannot be read as <c>Moyeora:ValidationFailed</c>, the framework's own
/// refusals (unknown method, wrong argument count) likewise, and faults as <c>Moyeora:InternalError</c> with no detail.
/// Messages are in the current culture: the protocol reads and writes in its connection's flow, which carries the
/// culture of the connect request.
/// </summary>
internal sealed class CodedJsonHubProtocol(IHubProtocol inner, ErrorMessages messages) : IHubProtocol
{
    private const string HubExceptionMarker = "HubException: ";

    public string Name => inner.Name;

    public int Version => inner.Version;

    public TransferFormat TransferFormat => inner.TransferFormat;

    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        if (!inner.TryParseMessage(ref input, binder, out message))
        {
            return false;
        }

        if (message is InvocationBindingFailureMessage failure)
        {
            // SignalR passes a HubException's message on (after its own prefix, which WriteMessage removes);
            // the parser's message would name .NET types, so it is replaced.
            var refusal = CodedCause(failure.BindingFailure.SourceException)
                ?? HubRefusal.Of(messages, KnownTargets.Contains(failure.Target) ? MoyeoraErrorCodes.UnreadableJson : MoyeoraErrorCodes.ValidationFailed);
            message = new InvocationBindingFailureMessage(failure.InvocationId, failure.Target,
                ExceptionDispatchInfo.Capture(new HubException(refusal.ToJson())));
        }

        return true;
    }

    private static readonly HashSet<string> KnownTargets = LiveHubDescription.ClientInvocableMethods().Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A refusal one of our JSON converters made while reading an argument (an instant without an offset, an unknown enum name).</summary>
    private HubRefusal? CodedCause(Exception exception)
    {
        for (Exception? cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is JsonException json && CodedJsonError.Parse(json.Message) is ({ } code, _))
            {
                return HubRefusal.Of(messages, code, CodedJsonError.DetailsOf(json));
            }
        }

        return null;
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(Coded(message), output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(Coded(message));

    private HubMessage Coded(HubMessage message) => message switch
    {
        CompletionMessage { Result: HubRefusal refusal } completion => CompletionMessage.WithError(completion.InvocationId!, refusal.ToJson()),
        CompletionMessage { Error: { } error } completion when !error.StartsWith('{') => CompletionMessage.WithError(completion.InvocationId!, CodeOf(error)),
        _ => message,
    };

    private string CodeOf(string error)
    {
        var at = error.IndexOf(HubExceptionMarker, StringComparison.Ordinal);
        if (at < 0)
        {
            return HubRefusal.Of(messages, MoyeoraErrorCodes.InternalError).ToJson();
        }

        // The framework's own refusals (wrong argument count, ...) are in English: only their code goes out.
        var text = error[(at + HubExceptionMarker.Length)..];
        return text.StartsWith('{') ? text : HubRefusal.Of(messages, MoyeoraErrorCodes.ValidationFailed).ToJson();
    }
}
