using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moyeora.Domain;

namespace Moyeora.Outbound;

/// <summary>Bound from the <c>Outbound</c> configuration section: how messages leave the product.</summary>
public sealed class OutboundOptions
{
    public const string SectionName = "Outbound";

    /// <summary><c>Outbox</c> (development: record every channel, send nothing) or <c>Http</c> (post to the gateways below).</summary>
    public string Provider { get; set; } = "Outbox";

    /// <summary>Which channels carry in-app notifications besides the live connection (default: push).</summary>
    public List<OutboundChannel> NotificationChannels { get; set; } = [OutboundChannel.Push];

    /// <summary>
    /// Store each notification's messages in the notification's own transaction and hand them to the job system from
    /// there (<see cref="OutboundDispatcher"/>). The host turns it on when the job storage is durable (PostgreSQL, Redis).
    /// </summary>
    public bool TransactionalOutbox { get; set; }

    /// <summary>How long a node's claim on outbox messages lasts (5–3,600 s): after a node died holding some, another takes them then.</summary>
    public int OutboxLeaseSeconds { get; set; } = 60;

    /// <summary>Messages waiting to be sent at most; beyond it new ones are dropped (and logged).</summary>
    public int QueueCapacity { get; set; } = 10_000;

    public GatewayOptions Sms { get; set; } = new();

    public GatewayOptions Push { get; set; } = new();

    public GatewayOptions Webhook { get; set; } = new();

    public sealed class GatewayOptions
    {
        /// <summary>Absolute URL the channel posts to; empty switches the channel off (SMS must have one with <c>Http</c>).</summary>
        public string? Url { get; set; }

        /// <summary>Bearer key for SMS and push gateways; a secret, configuration only.</summary>
        public string? ApiKey { get; set; }

        /// <summary>Webhook only: signs each body (HMAC-SHA256, header <c>X-Moyeora-Signature: sha256=hex</c>); a secret.</summary>
        public string? Secret { get; set; }

        /// <summary>SMS only: the sending number.</summary>
        public string? SenderNumber { get; set; }
    }

    public GatewayOptions For(OutboundChannel channel) => channel switch
    {
        OutboundChannel.Sms => Sms,
        OutboundChannel.Push => Push,
        _ => Webhook,
    };
}

/// <summary>Development sender: records every message of every channel in the outbox, where administrators and tests read it.</summary>
public sealed class RecordingOutboundSender(
    IOutboxMessageRepository outbox, IUnitOfWork unitOfWork, TimeProvider clock, ILogger<RecordingOutboundSender> logger) : IOutboundSender
{
    public async Task SendAsync(OutboundMessage message, CancellationToken cancellationToken = default)
    {
        await outbox.InsertAsync(new OutboxMessage(message, clock.GetUtcNow().UtcDateTime), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Channel} to {Recipient} recorded in the development outbox: {Text}", message.Channel, message.Recipient, message.Text);
    }
}

/// <summary>
/// Production sender: posts JSON to each channel's gateway. SMS <c>{ from, to, text }</c> and push <c>{ userId, text, data }</c>
/// with a bearer key; webhook <c>{ event, text, data }</c> signed with HMAC-SHA256 of the body. A channel without a URL is off.
/// </summary>
public sealed class HttpOutboundSender(HttpClient httpClient, IOptions<OutboundOptions> options, ILogger<HttpOutboundSender> logger) : IOutboundSender
{
    public async Task SendAsync(OutboundMessage message, CancellationToken cancellationToken = default)
    {
        var gateway = options.Value.For(message.Channel);
        if (string.IsNullOrWhiteSpace(gateway.Url))
        {
            logger.LogDebug("{Channel} is not configured; message to {Recipient} not sent", message.Channel, message.Recipient);
            return;
        }

        var data = message.Payload is null ? (JsonElement?)null : JsonDocument.Parse(message.Payload).RootElement;
        object body = message.Channel switch
        {
            OutboundChannel.Sms => new { from = gateway.SenderNumber, to = message.Recipient, text = message.Text },
            OutboundChannel.Push => new { userId = message.Recipient, text = message.Text, data },
            _ => new { @event = message.Recipient, text = message.Text, data },
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(body, JsonSerializerOptions.Web);
        using var request = new HttpRequestMessage(HttpMethod.Post, gateway.Url) { Content = new ByteArrayContent(json) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        if (message.Channel == OutboundChannel.Webhook)
        {
            if (!string.IsNullOrEmpty(gateway.Secret))
            {
                request.Headers.Add("X-Moyeora-Signature", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(gateway.Secret), json)));
            }
        }
        else if (!string.IsNullOrEmpty(gateway.ApiKey))
        {
            request.Headers.Authorization = new("Bearer", gateway.ApiKey);
        }

        using var response = await httpClient.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogError("{Channel} gateway answered {StatusCode}", message.Channel, (int)response.StatusCode);
            throw new InvalidOperationException($"The {message.Channel} gateway answered {(int)response.StatusCode}.");
        }
    }
}
