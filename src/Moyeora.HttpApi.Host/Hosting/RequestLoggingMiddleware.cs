using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Moyeora.Domain;

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

/// <summary>Refuses bodies and addresses larger than the configured limits before anything reads them.</summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, long maxBytes, int maxTargetBytes)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problemDetails)
    {
        // Path and query as received (the query still percent-encoded).
        if ((context.Request.Path.Value?.Length ?? 0) + (context.Request.QueryString.Value?.Length ?? 0) > maxTargetBytes)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            await problemDetails.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = ProblemFactory.Create(StatusCodes.Status414UriTooLong, MoyeoraErrorCodes.UriTooLong,
                    $"The address (path and query string) is longer than {maxTargetBytes} bytes."),
            });
            return;
        }

        if (context.Request.ContentLength > maxBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problemDetails.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = ProblemFactory.Create(StatusCodes.Status413PayloadTooLarge, MoyeoraErrorCodes.ValidationFailed,
                    $"The request body is larger than {maxBytes} bytes."),
            });
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = maxBytes;
        }

        await next(context);
    }
}
