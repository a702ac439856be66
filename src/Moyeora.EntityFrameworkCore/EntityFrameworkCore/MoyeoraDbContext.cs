using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MySql.EntityFrameworkCore.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moyeora.Chat;
using Moyeora.Domain;
using Moyeora.Meetups;
using Moyeora.Notifications;
using Moyeora.ExceptionHandling;
using Moyeora.Roles;
using Moyeora.Outbound;
using Moyeora.Users;
using Moyeora.Verification;

namespace Moyeora.EntityFrameworkCore;

/// <summary>The one database of the product, and the unit of work of every operation.</summary>
public sealed class MoyeoraDbContext(DbContextOptions<MoyeoraDbContext> options, IServiceProvider services)
    : DbContext(options), IUnitOfWork
{
    private const int MaxEventRounds = 10;

    public DbSet<User> Users => Set<User>();

    public DbSet<Role> Roles => Set<Role>();

    public DbSet<VerificationCode> VerificationCodes => Set<VerificationCode>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<PendingOutboundMessage> PendingOutboundMessages => Set<PendingOutboundMessage>();

    public DbSet<Meetup> Meetups => Set<Meetup>();

    public DbSet<ChatMessage> ChatMessages => Set<ChatMessage>();

    /// <summary>Append-only: a save that would change or delete an entry is refused (see <see cref="RefuseLogRewrites"/>).</summary>
    public DbSet<Moyeora.Auditing.AuditLogEntry> AuditLogEntries => Set<Moyeora.Auditing.AuditLogEntry>();

    /// <summary>Append-only, like <see cref="AuditLogEntries"/>.</summary>
    public DbSet<Moyeora.Security.SecurityLogEntry> SecurityLogEntries => Set<Moyeora.Security.SecurityLogEntry>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseLogRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseLogRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The audit and security logs are written once: no save may change or delete an entry, whatever code tries.</summary>
    private void RefuseLogRewrites()
    {
        ChangeTracker.DetectChanges();
        var rewritten = ChangeTracker.Entries()
            .Where(e => e.Entity is Moyeora.Auditing.AuditLogEntry or Moyeora.Security.SecurityLogEntry && e.State is EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (rewritten.Count > 0)
        {
            throw new InvalidOperationException(
                $"The audit and security logs are append-only: {rewritten.Count} entr{(rewritten.Count == 1 ? "y was" : "ies were")} changed or deleted, and nothing was saved.");
        }
    }

    /// <summary>Runs set-based statements in one transaction (joining the open one, if any).</summary>
    internal async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    internal Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken) =>
        InTransactionAsync(async () =>
        {
            await work();
            return true;
        }, cancellationToken);

    void IUnitOfWork.DiscardChanges()
    {
        if (Database.CurrentTransaction is { } transaction)
        {
            transaction.Rollback();
            transaction.Dispose();
        }

        ChangeTracker.Clear();
    }

    async Task IUnitOfWork.SaveChangesAsync(CancellationToken cancellationToken)
    {
        var events = await DispatchDomainEventsAsync(cancellationToken);
        var newNotifications = ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        // A new notification's messages (push, webhook) are stored with it where a handler does so (the transactional outbox).
        await DispatchAsync(newNotifications.Select(n => new NotificationCreatedEvent(n)), cancellationToken);
        ApplyAuditing();
        var postedMessages = ChangeTracker.Entries<ChatMessage>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        try
        {
            // SQLite has one writer at a time; a short save queues here in order instead of polling the lock.
            using (Database.CurrentTransaction is null && Database.IsSqlite()
                ? await SqliteWriteGate.EnterAsync(Database.GetConnectionString()!, cancellationToken)
                : null)
            {
                await base.SaveChangesAsync(cancellationToken);
            }

            // Stored messages have their ids now; live delivery happens after the commit below.
            // In id order: a room's messages reach its members in the order of the room (a batch holds many).
            events.AddRange(postedMessages.OrderBy(m => m.Id).Select(m => new ChatMessagePostedEvent(m)));
            events.AddRange(newNotifications.Select(n => new NotificationCreatedEvent(n)));
            if (Database.CurrentTransaction is { } transaction)
            {
                // A repository locked an aggregate for this operation: the save is its end.
                await transaction.CommitAsync(cancellationToken);
                await transaction.DisposeAsync();
            }

            if (DeferredAfterCommit is { } deferred)
            {
                deferred.AddRange(events);
            }
            else
            {
                await DispatchAfterCommitAsync(events);
            }
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new BusinessException(MoyeoraErrorCodes.ConcurrencyConflict, ErrorKind.Conflict, ex);
        }
        catch (Exception ex) when (DbErrors.IsTransientConflict(ex))
        {
            throw new BusinessException(MoyeoraErrorCodes.ConcurrencyConflict, ErrorKind.Conflict, ex);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new BusinessException(MoyeoraErrorCodes.ConcurrencyConflict, ErrorKind.Conflict, ex);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MoyeoraDbContext).Assembly);
        if (Database.IsMySql())
        {
            MySqlModel.Apply(modelBuilder);
        }

        if (Database.IsSqlite() || Database.IsMySql())
        {
            // Neither stores a time zone: every stored instant is UTC, so read it back as UTC.
            var utc = new ValueConverter<DateTime, DateTime>(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
            var utcNullable = new ValueConverter<DateTime?, DateTime?>(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
            foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
            {
                if (property.ClrType == typeof(DateTime))
                {
                    property.SetValueConverter(utc);
                }
                else if (property.ClrType == typeof(DateTime?))
                {
                    property.SetValueConverter(utcNullable);
                }
            }
        }
    }

    private async Task<List<IDomainEvent>> DispatchDomainEventsAsync(CancellationToken cancellationToken)
    {
        // Handlers may change other aggregates and raise more events; all of it is saved together.
        var dispatched = new List<IDomainEvent>();
        for (var round = 0; round < MaxEventRounds; round++)
        {
            var aggregates = ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity).Where(a => a.DomainEvents.Count > 0).ToList();
            if (aggregates.Count == 0)
            {
                return dispatched;
            }

            var events = aggregates.SelectMany(a => a.DomainEvents).ToList();
            dispatched.AddRange(events);
            aggregates.ForEach(a => a.ClearDomainEvents());
            await DispatchAsync(events, cancellationToken);
        }

        throw new InvalidOperationException("Domain events kept raising more events; a handler loop is likely.");
    }

    private async Task DispatchAsync(IEnumerable<IDomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var domainEvent in events)
        {
            var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(domainEvent.GetType());
            foreach (var handler in services.GetServices(handlerType))
            {
                await (Task)handlerType.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!
                    .Invoke(handler, [domainEvent, cancellationToken])!;
            }
        }
    }

    /// <summary>
    /// When set, a save leaves its after-commit events here instead of handling them (the chat writer answers its senders
    /// at the commit and hands the batch to live delivery in order, off its commit path); see <see cref="DispatchAfterCommitAsync"/>.
    /// </summary>
    internal List<IDomainEvent>? DeferredAfterCommit { get; set; }

    /// <summary>
    /// After-commit handling of a batch: the <typeparamref name="TEvent"/>s go together, in order, to the
    /// <see cref="IAfterCommitBatchHandler{TEvent}"/>s where any is registered (in place of the one-by-one handlers for
    /// that type); every other event, and all of them where none is registered, one by one.
    /// </summary>
    internal async Task DispatchAfterCommitBatchAsync<TEvent>(List<IDomainEvent> events)
        where TEvent : IDomainEvent
    {
        var handlers = services.GetServices<IAfterCommitBatchHandler<TEvent>>().ToList();
        if (handlers.Count == 0)
        {
            await DispatchAfterCommitAsync(events);
            return;
        }

        var batch = events.OfType<TEvent>().ToList();
        foreach (var handler in handlers)
        {
            try
            {
                await handler.HandleAsync(batch, CancellationToken.None);
            }
            catch (Exception ex)
            {
                services.GetService<Microsoft.Extensions.Logging.ILogger<MoyeoraDbContext>>()?
                    .LogWarning(ex, "After-commit batch handler {Handler} failed for {Count} events", handler.GetType().Name, batch.Count);
            }
        }

        if (events.Where(e => e is not TEvent).ToList() is { Count: > 0 } rest)
        {
            await DispatchAfterCommitAsync(rest);
        }
    }

    internal async Task DispatchAfterCommitAsync(List<IDomainEvent> events)
    {
        foreach (var domainEvent in events)
        {
            var eventTypes = domainEvent.GetType().GetInterfaces().Where(typeof(IDomainEvent).IsAssignableFrom).Prepend(domainEvent.GetType());
            foreach (var eventType in eventTypes)
            {
                var handlerType = typeof(IAfterCommitHandler<>).MakeGenericType(eventType);
                foreach (var handler in services.GetServices(handlerType))
                {
                    try
                    {
                        await (Task)handlerType.GetMethod(nameof(IAfterCommitHandler<IDomainEvent>.HandleAsync))!
                            .Invoke(handler, [domainEvent, CancellationToken.None])!;
                    }
                    catch (Exception ex)
                    {
                        services.GetService<Microsoft.Extensions.Logging.ILogger<MoyeoraDbContext>>()?
                            .LogError(ex, "After-commit handler {Handler} failed for {Event}", handler?.GetType().Name, eventType.Name);
                    }
                }
            }
        }
    }

    private void ApplyAuditing()
    {
        ChangeTracker.DetectChanges();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var userId = services.GetService<ICurrentUser>()?.Id;
        var aggregates = ChangeTracker.Entries<AggregateRoot>().ToList();
        var modified = new HashSet<AggregateRoot>(ReferenceEqualityComparer.Instance);
        foreach (var entry in aggregates)
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.MarkCreated(now, userId);
            }
            else if (entry.State == EntityState.Modified)
            {
                modified.Add(entry.Entity);
            }
        }

        // A change only to a child collection (interests, roles, claims) still changes its aggregate,
        // so its stamp moves and a concurrent edit of the same aggregate is caught.
        var changedChildren = ChangeTracker.Entries()
            .Where(e => e.Entity is not AggregateRoot && e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified);
        foreach (var child in changedChildren)
        {
            foreach (var foreignKey in child.Metadata.GetForeignKeys().Where(fk => fk.PrincipalToDependent is not null))
            {
                var parentId = child.Property(foreignKey.Properties[0].Name).CurrentValue;
                var parent = aggregates.FirstOrDefault(a => a.Metadata == foreignKey.PrincipalEntityType && Equals(a.Entity.Id, parentId));
                if (parent is { State: EntityState.Unchanged or EntityState.Modified })
                {
                    modified.Add(parent.Entity);
                }
            }
        }

        foreach (var aggregate in modified)
        {
            aggregate.MarkModified(now, userId);
        }
    }
}
