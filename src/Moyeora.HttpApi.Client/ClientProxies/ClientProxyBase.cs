using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Moyeora.ClientProxies;

/// <summary>Shared plumbing of the typed proxies: JSON in and out, bearer token, ProblemDetails to exceptions.</summary>
public abstract class ClientProxyBase(HttpClient httpClient, IAccessTokenSource? tokens)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    protected Task<T> GetAsync<T>(string path, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Get, path, null, cancellationToken);

    protected async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, path, body, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(JsonOptions, cancellationToken))!;
    }

    protected async Task SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, path, body, cancellationToken);
    }

    /// <summary>Builds <c>?a=1&amp;b=x</c> from name/value pairs, leaving out nulls.</summary>
    protected static string Query(params (string Name, object? Value)[] parameters)
    {
        var parts = parameters.Where(p => p.Value is not null)
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)!)}")
            .ToList();
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    protected static string Segment(object value) =>
        Uri.EscapeDataString(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);

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
