using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.ExceptionHandling;

namespace Moyeora.Admin.Infrastructure;

/// <summary>
/// The application services decide what is allowed; this turns their refusals into pages: a permission they deny
/// shows the refusal page (403), a session that ended goes back to sign-in, and any other refusal of a form is shown
/// on the page it came from.
/// </summary>
internal sealed class BusinessErrorPageFilter : IAsyncPageFilter
{
    public const string ErrorKey = "AdminError";
    public const string RefusedView = "/Areas/Admin/Pages/Shared/_Refused.cshtml";
    public const string ErrorView = "/Areas/Admin/Pages/Shared/_Error.cshtml";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not BusinessException error || executed.ExceptionHandled)
        {
            return;
        }

        executed.ExceptionHandled = true;
        var http = context.HttpContext;
        var text = http.RequestServices.GetRequiredService<AdminText>();
        if (error.Kind == ErrorKind.Unauthenticated)
        {
            executed.Result = new RedirectResult(AdminAuthentication.PathBase + "/signin");
        }
        else if (error.Kind == ErrorKind.Forbidden)
        {
            executed.Result = View(http, RefusedView, StatusCodes.Status403Forbidden, text.Error(error));
        }
        else if (HttpMethods.IsPost(http.Request.Method) && context.HandlerInstance is PageModel page)
        {
            // Post, redirect, get: the page shows what was refused above its forms.
            page.TempData[ErrorKey] = text.Error(error);
            executed.Result = new RedirectResult(http.Request.GetEncodedPathAndQuery());
        }
        else
        {
            executed.Result = View(http, ErrorView, error.Kind == ErrorKind.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest,
                text.Error(error));
        }
    }

    private static ViewResult View(HttpContext http, string name, int status, string message) => new()
    {
        ViewName = name,
        StatusCode = status,
        ViewData = new ViewDataDictionary(http.RequestServices.GetRequiredService<IModelMetadataProvider>(), new ModelStateDictionary()) { Model = message },
    };
}
