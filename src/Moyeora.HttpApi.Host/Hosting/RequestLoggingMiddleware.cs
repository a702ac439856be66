using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Moyeora.Domain;
using Moyeora.Localization;

namespace Moyeora.Hosting;

/// <summary>
/// One structured log line per request. The query string is left out on purpose: real-time clients
/// send their access token there.
/// </summary>
internal sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, ICurrentUser currentUser)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var status = context.Response.StatusCode;
            var level = status >= 500 ? LogLevel.Error : LogLevel.Information;
            if (logger.IsEnabled(level))
            {
                logger.Log(level, "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms (user {UserId}, trace {TraceId})",
                    context.Request.Method, context.Request.Path.Value, status, elapsed, currentUser.Id, context.TraceIdentifier);
            }
        }
    }
}

/// <summary>What the host accepts at most; a balancer in front must allow more, so the host answers (ProblemDetails).</summary>
internal sealed record RequestLimits(long MaxBodyBytes, int MaxUrlLength);

/// <summary>Refuses bodies and URLs larger than the configured limits before anything reads them.</summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, RequestLimits limits)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problemDetails, ErrorMessages messages)
    {
        // The target as sent (path and query, still percent-encoded) when the server gives it, not the decoded path.
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var urlLength = !string.IsNullOrEmpty(target) ? target.Length
            : (context.Request.PathBase.Value?.Length ?? 0) + (context.Request.Path.Value?.Length ?? 0) + (context.Request.QueryString.Value?.Length ?? 0);
        if (urlLength > limits.MaxUrlLength)
        {
            await RefuseAsync(context, problemDetails, messages, StatusCodes.Status414UriTooLong, "maxUrlLength", limits.MaxUrlLength);
            return;
        }

        if (context.Request.ContentLength > limits.MaxBodyBytes)
        {
            await RefuseAsync(context, problemDetails, messages, StatusCodes.Status413PayloadTooLarge, "maxBodyBytes", limits.MaxBodyBytes);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limits.MaxBodyBytes;
        }

        await next(context);
    }

    private static async Task RefuseAsync(HttpContext context, IProblemDetailsService problemDetails, ErrorMessages messages, int status, string limitName, long limit)
    {
        context.Response.StatusCode = status;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = ProblemFactory.Create(messages, status, ProblemFactory.CodeOf(status), new Dictionary<string, object?> { [limitName] = limit }),
        });
    }
}
