namespace Moyeora.Domain;

/// <summary>Something that happened to an aggregate, handled in the same unit of work before it is saved.</summary>
public interface IDomainEvent;

/// <summary>
/// Runs after the unit of work that raised the event has committed: for effects outside the database
/// (caches, live delivery). It must not throw; the change is already durable.
/// A handler may subscribe to an interface the event implements (e.g. <c>IMeetupEvent</c>).
/// </summary>
public interface IAfterCommitHandler<in TEvent>
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}

public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
