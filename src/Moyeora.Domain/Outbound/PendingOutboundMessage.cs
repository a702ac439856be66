using Moyeora.Domain;

namespace Moyeora.Outbound;

/// <summary>
/// A message that must leave the product because of a change, stored in the same transaction as that change (a
/// transactional outbox): it cannot be lost between the commit and the job system, and the request pays one insert
/// in its own save instead of a round trip to the job storage. A dispatcher claims due messages in batches, hands
/// each batch to the job system and deletes them.
/// </summary>
public sealed class PendingOutboundMessage : AggregateRoot
{
    private PendingOutboundMessage()
    {
    }

    public PendingOutboundMessage(OutboundMessage message, DateTime now)
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

    /// <summary>Held by a dispatcher until then; null, or past, when any dispatcher may take it.</summary>
    public DateTime? ClaimedUntil { get; private set; }

    /// <summary>The claim of the dispatcher holding it.</summary>
    public Guid? ClaimToken { get; private set; }

    public OutboundMessage ToMessage() => new(Channel, Recipient, Text, Payload);
}

public interface IPendingOutboundRepository
{
    /// <summary>Adds the message to the current unit of work: it is stored with the change, or not at all.</summary>
    Task AddAsync(PendingOutboundMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims, oldest first, up to <paramref name="max"/> messages that no dispatcher holds (never claimed, or whose
    /// claim ran out: its node died between the hand-over and the delete) until <paramref name="now"/> + <paramref name="lease"/>.
    /// Two dispatchers never get the same message while a claim lasts.
    /// </summary>
    Task<IReadOnlyList<PendingOutboundMessage>> ClaimAsync(int max, DateTime now, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Removes messages handed over to the job system.</summary>
    Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);
}
