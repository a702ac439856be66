namespace Moyeora.Domain;

/// <summary>One unit of work per operation: changes are tracked and written together by one save.</summary>
public interface IUnitOfWork
{
    /// <summary>Dispatches pending domain events, fills auditing fields and commits everything at once.</summary>
    Task SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Forgets every loaded and changed object, so an operation can be retried from fresh data.</summary>
    void DiscardChanges();
}
