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

/// <summary>
/// Handles many committed events of one kind at once, in their order (the chat writer's group commit hands a whole
/// batch of messages over): a handler can load what the events share once and start each event's effect without
/// waiting for the one before to finish, keeping their order. Where none is registered, each event goes to the
/// <see cref="IAfterCommitHandler{TEvent}"/>s one by one. It must not throw; the changes are already durable.
/// </summary>
public interface IAfterCommitBatchHandler<in TEvent>
{
    Task HandleAsync(IReadOnlyList<TEvent> domainEvents, CancellationToken cancellationToken);
}

public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
