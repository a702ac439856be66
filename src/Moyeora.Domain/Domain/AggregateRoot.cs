namespace Moyeora.Domain;

/// <summary>
/// Base of every aggregate: a Guid id, auditing fields filled by the unit of work, a concurrency stamp
/// that makes a lost update a conflict instead of silent data loss, and the domain events it raised.
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents = [];

    protected AggregateRoot()
    {
    }

    protected AggregateRoot(Guid id) => Id = id;

    public Guid Id { get; protected set; }

    public DateTime CreationTime { get; protected set; }

    public Guid? CreatorId { get; protected set; }

    public DateTime? LastModificationTime { get; protected set; }

    public Guid? LastModifierId { get; protected set; }

    public string ConcurrencyStamp { get; protected set; } = Guid.NewGuid().ToString("N");

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents;

    protected void AddDomainEvent(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();

    /// <summary>Called by the unit of work when the aggregate is first saved.</summary>
    public void MarkCreated(DateTime now, Guid? userId)
    {
        if (CreationTime == default)
        {
            CreationTime = now;
        }

        CreatorId ??= userId;
    }

    /// <summary>Called by the unit of work when a changed aggregate is saved.</summary>
    public void MarkModified(DateTime now, Guid? userId)
    {
        LastModificationTime = now;
        LastModifierId = userId;
        ConcurrencyStamp = Guid.NewGuid().ToString("N");
    }
}
