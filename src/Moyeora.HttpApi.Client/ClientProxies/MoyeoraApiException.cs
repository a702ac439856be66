using System.Net;
using System.Text.Json;

namespace Moyeora.ClientProxies;

/// <summary>A ProblemDetails answer from the Moyeora API, with its stable code and field errors.</summary>
public sealed class MoyeoraApiException : Exception
{
    public MoyeoraApiException(HttpStatusCode statusCode, string? code, string? title, string? detail,
        IReadOnlyDictionary<string, string[]> errors, IReadOnlyDictionary<string, JsonElement> extensions)
        : base($"{(int)statusCode} {code}: {detail ?? title}")
    {
        StatusCode = statusCode;
        Code = code;
        Title = title;
        Detail = detail;
        Errors = errors;
        Extensions = extensions;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The stable error code, e.g. <c>Moyeora:MeetupFull</c>.</summary>
    public string? Code { get; }

    public string? Title { get; }

    public string? Detail { get; }

    /// <summary>Per-field validation messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public IReadOnlyDictionary<string, JsonElement> Extensions { get; }
}
