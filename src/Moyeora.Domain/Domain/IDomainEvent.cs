namespace Moyeora.Domain;

/// <summary>Something that happened to an aggregate, handled in the same unit of work before it is saved.</summary>
public interface IDomainEvent;

public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
