using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Moyeora.ExceptionHandling;

namespace Moyeora.Hosting;

/// <summary>Turns exceptions into ProblemDetails with a stable <c>code</c>; never a stack trace.</summary>
internal sealed class BusinessExceptionHandler(IProblemDetailsService problemDetails, ILogger<BusinessExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        switch (exception)
        {
            case BusinessException business:
                problem = ProblemFactory.From(business);
                if (business.Details.TryGetValue("retryAfterSeconds", out var retry) && retry is int seconds)
                {
                    httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                logger.LogInformation("Request refused with {Code} ({Status})", business.Code, problem.Status);
                break;
            case BadHttpRequestException bad:
                problem = ProblemFactory.Create(bad.StatusCode, ProblemFactory.CodeOf(bad.StatusCode), "The request could not be read.");
                break;
            case OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested:
                return true;
            default:
                logger.LogError(exception, "Unhandled exception");
                problem = ProblemFactory.Create(StatusCodes.Status500InternalServerError, MoyeoraErrorCodes.InternalError,
                    "Something went wrong on our side. Try again later.");
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

    public static ProblemDetails Create(int status, string code, string detail)
    {
        var problem = new ProblemDetails { Status = status, Title = TitleOf(status), Detail = detail };
        problem.Extensions["code"] = code;
        return problem;
    }

    public static ProblemDetails From(BusinessException exception)
    {
        var status = StatusOf(exception.Kind);
        ProblemDetails problem = exception.FieldErrors.Count > 0
            ? new ValidationProblemDetails(exception.FieldErrors) { Status = status, Title = TitleOf(status), Detail = exception.Message }
            : new ProblemDetails { Status = status, Title = TitleOf(status), Detail = exception.Message };
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
        >= 500 => MoyeoraErrorCodes.InternalError,
        _ => MoyeoraErrorCodes.ValidationFailed,
    };

    private static string TitleOf(int status) => status switch
    {
        400 => "Invalid input",
        401 => "Not signed in",
        403 => "Not allowed",
        404 => "Not found",
        409 => "Conflict",
        413 => "Request too large",
        405 => "Method not allowed",
        414 => "URI too long",
        415 => "Unsupported media type",
        429 => "Too many requests",
        _ => "Server error",
    };
}
