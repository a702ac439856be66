using Moyeora.Domain;

namespace Moyeora.Outbound;

/// <summary>One message to leave the product: an SMS, a push notification or a webhook event.</summary>
/// <param name="Recipient">E.164 number (SMS), user id (push) or event name (webhook).</param>
/// <param name="Payload">Optional JSON for machines (push data, webhook body).</param>
public sealed record OutboundMessage(OutboundChannel Channel, string Recipient, string Text, string? Payload = null);

/// <summary>
/// The one way out of the product for every channel (spec §6). Development records everything in the outbox;
/// production posts each channel to its configured gateway.
/// </summary>
public interface IOutboundSender
{
    Task SendAsync(OutboundMessage message, CancellationToken cancellationToken = default);
}

/// <summary>A message recorded by the development sender instead of being sent (the development outbox).</summary>
public sealed class OutboxMessage : AggregateRoot
{
    private OutboxMessage()
    {
    }

    public OutboxMessage(OutboundMessage message, DateTime now)
        : base(Guid.NewGuid())
    {
        Channel = message.Channel;
        (Recipient, Text, Payload) = OutboundText.Fit(message);
        CreationTime = now;
    }

    public OutboundChannel Channel { get; private set; }

    public string Recipient { get; private set; } = null!;

    public string Text { get; private set; } = null!;

    public string? Payload { get; private set; }
}

/// <summary>What the stored forms of a message keep: each text cut to its column.</summary>
internal static class OutboundText
{
    public static (string Recipient, string Text, string? Payload) Fit(OutboundMessage message) =>
        (Cut(message.Recipient, OutboundConsts.MaxRecipientLength), Cut(message.Text, OutboundConsts.MaxTextLength),
            message.Payload is null ? null : Cut(message.Payload, OutboundConsts.MaxPayloadLength));

    private static string Cut(string value, int max) => value.Length > max ? value[..max] : value;
}

public interface IOutboxMessageRepository
{
    Task InsertAsync(OutboxMessage message, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<(IReadOnlyList<OutboxMessage> Items, int TotalCount)> GetPagedAsync(OutboundChannel? channel, string? recipient, int skip, int take, CancellationToken cancellationToken = default);
}
