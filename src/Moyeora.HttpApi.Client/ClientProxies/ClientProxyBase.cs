using System.Collections;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Moyeora.ClientProxies;

/// <summary>
/// The runtime of the generated proxies (Generated/*.g.cs): JSON in and out, route and query values, the bearer
/// token, ProblemDetails to <see cref="MoyeoraApiException"/>. Written by hand; the proxies only call it.
/// </summary>
public abstract class ClientProxyBase(HttpClient httpClient, IAccessTokenSource? tokens)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Sends a request and reads the JSON answer; a ProblemDetails answer throws <see cref="MoyeoraApiException"/>.</summary>
    protected async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, path, body, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(JsonOptions, cancellationToken))!;
    }

    /// <summary>Sends a request whose success answer is text (a CSV file): its content, decoded as its charset (UTF-8 by default) says.</summary>
    protected async Task<string> SendForTextAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, path, body, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    /// <summary>Sends a request whose success answer has no body.</summary>
    protected async Task SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, path, body, cancellationToken);
    }

    /// <summary>
    /// Builds <c>?a=1&amp;b=x</c> from name/value pairs, leaving out nulls; a list repeats its name
    /// (<c>?tag=a&amp;tag=b</c>). Values are written as the API reads them (see <see cref="FormatValue"/>).
    /// </summary>
    protected static string Query(params (string Name, object? Value)[] parameters)
    {
        var parts = new List<string>();
        foreach (var (name, value) in parameters)
        {
            var values = value is IEnumerable list and not string ? list.Cast<object?>() : [value];
            parts.AddRange(values.Where(v => v is not null).Select(v => $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(FormatValue(v!))}"));
        }

        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    /// <summary>One route segment, escaped.</summary>
    protected static string Segment(object value) => Uri.EscapeDataString(FormatValue(value));

    /// <summary>
    /// A route or query value as the API reads it and the OpenAPI document describes it: enums by their camelCase
    /// name (as in JSON), booleans as <c>true</c>/<c>false</c>, instants in ISO 8601, numbers in the invariant culture.
    /// </summary>
    public static string FormatValue(object value) => value switch
    {
        Enum e => JsonNamingPolicy.CamelCase.ConvertName(e.ToString()),
        bool b => b ? "true" : "false",
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: JsonOptions);
        }

        if (tokens?.AccessToken is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await httpClient.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ReadProblemAsync(response, cancellationToken);
        }
    }

    private static async Task<MoyeoraApiException> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var extensions = new Dictionary<string, JsonElement>();
        var errors = new Dictionary<string, string[]>();
        string? code = null, title = null, detail = null;
        try
        {
            var root = await response.Content.ReadFromJsonAsync<JsonElement>(JsonOptions, cancellationToken);
            if (root.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in root.EnumerateObject())
                {
                    extensions[property.Name] = property.Value.Clone();
                }

                code = root.TryGetProperty("code", out var c) ? c.GetString() : null;
                title = root.TryGetProperty("title", out var t) ? t.GetString() : null;
                detail = root.TryGetProperty("detail", out var d) ? d.GetString() : null;
                if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
                {
                    foreach (var field in e.EnumerateObject())
                    {
                        errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                            ? field.Value.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToArray()
                            : [field.Value.ToString()];
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not ProblemDetails (e.g. a proxy's HTML error page): the status alone has to do.
        }

        return new MoyeoraApiException(response.StatusCode, code, title, detail ?? response.ReasonPhrase, errors, extensions);
    }
}

/// <summary>Where proxies get the access token to send; <see cref="MoyeoraApiClient"/> keeps it.</summary>
public interface IAccessTokenSource
{
    string? AccessToken { get; }
}
