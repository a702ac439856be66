using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Moyeora.ExceptionHandling;
using Moyeora.Localization;

namespace Moyeora.Hosting;

/// <summary>Turns exceptions into ProblemDetails with a stable <c>code</c>; never a stack trace.</summary>
internal sealed class BusinessExceptionHandler(IProblemDetailsService problemDetails, ErrorMessages messages, ILogger<BusinessExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        switch (exception)
        {
            case BusinessException business:
                problem = ProblemFactory.From(messages, business);
                if (business.Details.TryGetValue("retryAfterSeconds", out var retry) && retry is int seconds)
                {
                    httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                logger.LogInformation("Request refused with {Code} ({Status})", business.Code, problem.Status);
                break;
            case BadHttpRequestException bad:
                problem = ProblemFactory.Create(messages, bad.StatusCode, ProblemFactory.CodeOf(bad.StatusCode));
                break;
            case OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested:
                return true;
            case not null when DependencyFailure.IsUnavailable(exception):
                // The database or Redis is down or too slow: no fault of ours or the client's; try again shortly.
                logger.LogWarning("Request answered 503: a dependency is unavailable ({Error})", exception.GetBaseException().Message);
                problem = ProblemFactory.Create(messages, StatusCodes.Status503ServiceUnavailable, MoyeoraErrorCodes.ServiceUnavailable);
                httpContext.Response.Headers.RetryAfter = DependencyFailure.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            default:
                logger.LogError(exception, "Unhandled exception");
                problem = ProblemFactory.Create(messages, StatusCodes.Status500InternalServerError, MoyeoraErrorCodes.InternalError);
                break;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}

internal static class ProblemFactory
{
    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.RateLimited => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>An answer with a code and its message in the request's language; <paramref name="details"/> fill its placeholders and go with it.</summary>
    public static ProblemDetails Create(ErrorMessages messages, int status, string code, IReadOnlyDictionary<string, object?>? details = null)
    {
        var problem = new ProblemDetails { Status = status, Title = messages.Title(status), Detail = messages.Message(code, details) };
        problem.Extensions["code"] = code;
        foreach (var (name, value) in details ?? new Dictionary<string, object?>())
        {
            problem.Extensions[name] = value;
        }

        return problem;
    }

    public static ProblemDetails From(ErrorMessages messages, BusinessException exception)
    {
        var status = StatusOf(exception.Kind);
        ProblemDetails problem = exception.FieldErrors.Count > 0
            ? new ValidationProblemDetails(messages.FieldMessages(exception)) { Status = status, Title = messages.Title(status), Detail = messages.Detail(exception) }
            : new ProblemDetails { Status = status, Title = messages.Title(status), Detail = messages.Detail(exception) };
        problem.Extensions["code"] = exception.Code;
        foreach (var (name, value) in exception.Details)
        {
            problem.Extensions[name] = value;
        }

        return problem;
    }

    /// <summary>The code of an answer that no operation chose itself (the framework's, the server's): one per status.</summary>
    public static string CodeOf(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => MoyeoraErrorCodes.NotSignedIn,
        StatusCodes.Status403Forbidden => MoyeoraErrorCodes.Forbidden,
        StatusCodes.Status404NotFound => MoyeoraErrorCodes.NotFound,
        StatusCodes.Status405MethodNotAllowed => MoyeoraErrorCodes.MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => MoyeoraErrorCodes.PayloadTooLarge,
        StatusCodes.Status414UriTooLong => MoyeoraErrorCodes.UriTooLong,
        StatusCodes.Status415UnsupportedMediaType => MoyeoraErrorCodes.UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => MoyeoraErrorCodes.TooManyRequests,
        StatusCodes.Status431RequestHeaderFieldsTooLarge => MoyeoraErrorCodes.RequestHeadersTooLarge,
        StatusCodes.Status503ServiceUnavailable => MoyeoraErrorCodes.ServiceUnavailable,
        >= 500 => MoyeoraErrorCodes.InternalError,
        _ => MoyeoraErrorCodes.ValidationFailed,
    };
}
