using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moyeora.Domain;

namespace Moyeora.Sms;

/// <summary>Bound from the <c>Sms</c> configuration section.</summary>
public sealed class SmsOptions
{
    public const string SectionName = "Sms";

    /// <summary><c>Outbox</c> (development: record, never send) or <c>HttpGateway</c>.</summary>
    public string Provider { get; set; } = "Outbox";

    public string? GatewayUrl { get; set; }

    /// <summary>Sent as a bearer token to the gateway. A secret: configuration only.</summary>
    public string? GatewayApiKey { get; set; }

    public string? SenderNumber { get; set; }
}

/// <summary>Development sender: records every message in the outbox, where administrators and tests read it.</summary>
public sealed class OutboxSmsSender(
    ISmsMessageRepository messages, IUnitOfWork unitOfWork, TimeProvider clock, ILogger<OutboxSmsSender> logger) : ISmsSender
{
    public async Task SendAsync(string phoneNumberE164, string text, CancellationToken cancellationToken = default)
    {
        await messages.InsertAsync(new SmsMessage(Guid.NewGuid(), phoneNumberE164, text, clock.GetUtcNow().UtcDateTime), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("SMS recorded in the development outbox for {PhoneNumber}: {Text}", phoneNumberE164, text);
    }
}

/// <summary>Production sender: posts <c>{ from, to, text }</c> as JSON to a configured SMS gateway.</summary>
public sealed class HttpGatewaySmsSender(HttpClient httpClient, IOptions<SmsOptions> options, ILogger<HttpGatewaySmsSender> logger) : ISmsSender
{
    public async Task SendAsync(string phoneNumberE164, string text, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.GatewayUrl)
        {
            Content = JsonContent.Create(new { from = settings.SenderNumber, to = phoneNumberE164, text }),
        };
        if (!string.IsNullOrEmpty(settings.GatewayApiKey))
        {
            request.Headers.Authorization = new("Bearer", settings.GatewayApiKey);
        }

        using var response = await httpClient.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogError("SMS gateway answered {StatusCode}", (int)response.StatusCode);
            throw new InvalidOperationException($"The SMS gateway answered {(int)response.StatusCode}.");
        }
    }
}
