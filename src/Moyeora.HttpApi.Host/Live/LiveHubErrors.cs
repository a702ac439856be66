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

namespace Moyeora.Live;

/// <summary>A refused invocation, returned by <see cref="BusinessExceptionHubFilter"/> and written as an error completion.</summary>
internal sealed record HubRefusal(LiveHubErrorDto Error)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static HubRefusal From(BusinessException exception) => new(new LiveHubErrorDto
    {
        Code = exception.Code,
        Message = exception.Message,
        Errors = exception.FieldErrors.Count == 0 ? null : new Dictionary<string, string[]>(exception.FieldErrors),
    });

    public static HubRefusal Of(string code, string message) => new(new LiveHubErrorDto { Code = code, Message = message });

    public string ToJson() => JsonSerializer.Serialize(Error, Json);
}

/// <summary>
/// Refusals from the hub and the application (a <see cref="BusinessException"/>) are client mistakes: logged at
/// Warning without a stack trace and answered with the code as data (see <see cref="CodedJsonHubProtocol"/>).
/// Anything else is a fault and goes on to SignalR, which logs it at Error.
/// </summary>
internal sealed class BusinessExceptionHubFilter(ILogger<BusinessExceptionHubFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (BusinessException ex)
        {
            logger.LogWarning("Hub method {Method} refused with {Code}", invocationContext.HubMethodName, ex.Code);
            return HubRefusal.From(ex);
        }
    }
}

/// <summary>
/// The JSON hub protocol, with every error completion written as a <see cref="LiveHubErrorDto"/> object:
/// refusals as they are, arguments that cannot be read as <c>Moyeora:ValidationFailed</c>, the framework's own
/// refusals (unknown method, wrong argument count) likewise, and faults as <c>Moyeora:InternalError</c> with no detail.
/// </summary>
internal sealed class CodedJsonHubProtocol(JsonHubProtocol inner) : IHubProtocol
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
                ?? (KnownTargets.Contains(failure.Target)
                    ? HubRefusal.Of(MoyeoraErrorCodes.UnreadableJson,
                        $"The arguments of '{failure.Target}' could not be read: give each one with the documented type, finite numbers and valid text.")
                    : HubRefusal.Of(MoyeoraErrorCodes.ValidationFailed, $"The live hub has no method '{failure.Target}'."));
            message = new InvocationBindingFailureMessage(failure.InvocationId, failure.Target,
                ExceptionDispatchInfo.Capture(new HubException(refusal.ToJson())));
        }

        return true;
    }

    private static readonly HashSet<string> KnownTargets = LiveHubDescription.ClientInvocableMethods().Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A refusal one of our JSON converters made while reading an argument (an instant without an offset, an unknown enum name).</summary>
    private static HubRefusal? CodedCause(Exception exception)
    {
        for (Exception? cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is JsonException json && CodedJsonError.Parse(json.Message) is ({ } code, var text))
            {
                return HubRefusal.Of(code, text);
            }
        }

        return null;
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(Coded(message), output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(Coded(message));

    private static HubMessage Coded(HubMessage message) => message switch
    {
        CompletionMessage { Result: HubRefusal refusal } completion => CompletionMessage.WithError(completion.InvocationId!, refusal.ToJson()),
        CompletionMessage { Error: { } error } completion when !error.StartsWith('{') => CompletionMessage.WithError(completion.InvocationId!, CodeOf(error)),
        _ => message,
    };

    private static string CodeOf(string error)
    {
        var at = error.IndexOf(HubExceptionMarker, StringComparison.Ordinal);
        if (at < 0)
        {
            return HubRefusal.Of(MoyeoraErrorCodes.InternalError, "Something went wrong on our side. Try again later.").ToJson();
        }

        var text = error[(at + HubExceptionMarker.Length)..];
        return text.StartsWith('{') ? text : HubRefusal.Of(MoyeoraErrorCodes.ValidationFailed, text).ToJson();
    }
}
