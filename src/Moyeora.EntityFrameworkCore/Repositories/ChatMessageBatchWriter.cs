using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moyeora.Chat;
using Moyeora.Domain;
using Moyeora.EntityFrameworkCore;

namespace Moyeora.Repositories;

/// <summary>
/// Group commit for members' chat messages (see <see cref="IChatMessageWriter"/>). Rooms are spread over a few
/// writers by id; each writer takes everything waiting for it (up to <see cref="ChatWriteOptions.MaxBatchSize"/>),
/// inserts it in one transaction through a unit of work of its own, answers the senders at the commit, and hands the
/// batch to its delivery loop, which publishes batches one after another in id order while the next one is written. One writer per room keeps the room's order;
/// several writers keep many rooms from waiting on each other. Nothing waits on a timer: a quiet room's message is
/// written at once, and a busy room's batch is whatever arrived while the previous one was being written.
/// Admission is bounded per node and per room; the bound is checked before a message is queued, so memory stays bounded.
/// </summary>
internal sealed class ChatMessageBatchWriter : IChatMessageWriter, IAsyncDisposable
{
    private sealed record Queued(ChatMessage Message, TaskCompletionSource Done);

    /// <summary>A committed batch on its way to live delivery, with the unit of work that stored it.</summary>
    private sealed record Committed(List<Queued> Batch, AsyncServiceScope Scope, MoyeoraDbContext Db, List<IDomainEvent> Events);

    private sealed class Writer
    {
        // One reader, but not declared so: the single-reader channel cannot tell how many wait (QueuedCount).
        public readonly Channel<Queued> Queue = Channel.CreateUnbounded<Queued>();
        // Bounded by admission: every batch here holds admitted messages, which the caps count until delivered.
        public readonly Channel<Committed> Delivery = Channel.CreateUnbounded<Committed>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        public readonly Dictionary<Guid, int> PendingPerRoom = [];
        public Task? Loop;
        public Task? DeliveryLoop;
    }

    private readonly IServiceScopeFactory _scopes;
    private readonly ChatWriteOptions _options;
    private readonly ILogger<ChatMessageBatchWriter> _logger;
    private readonly Writer[] _writers;
    private int _pending;

    public ChatMessageBatchWriter(IServiceScopeFactory scopes, ChatWriteOptions options, ILogger<ChatMessageBatchWriter> logger)
    {
        _scopes = scopes;
        _options = options;
        _logger = logger;
        _writers = Enumerable.Range(0, Math.Max(1, options.Writers)).Select(_ => new Writer()).ToArray();
        foreach (var writer in _writers)
        {
            writer.Loop = Task.Run(() => RunAsync(writer));
            writer.DeliveryLoop = Task.Run(() => DeliverAsync(writer));
        }
    }

    /// <summary>Messages waiting or being written on this node now.</summary>
    public int PendingCount => Volatile.Read(ref _pending);

    /// <summary>Messages waiting for a batch (not yet being written).</summary>
    internal int QueuedCount => _writers.Sum(w => w.Queue.Reader.Count);

    public Task WriteAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        var writer = _writers[(message.MeetupId.GetHashCode() & int.MaxValue) % _writers.Length];
        if (Interlocked.Increment(ref _pending) > _options.MaxPendingMessages)
        {
            Interlocked.Decrement(ref _pending);
            throw ChatWriteOptions.Busy(_options.RetryAfterMilliseconds);
        }

        var pending = new Queued(message, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (writer.PendingPerRoom)
        {
            var inRoom = writer.PendingPerRoom.GetValueOrDefault(message.MeetupId);
            if (inRoom >= _options.MaxPendingPerRoom)
            {
                Interlocked.Decrement(ref _pending);
                throw ChatWriteOptions.Busy(_options.RetryAfterMilliseconds);
            }

            writer.PendingPerRoom[message.MeetupId] = inRoom + 1;
            // Queued under the lock: the room's messages enter the queue in the order they were admitted.
            if (!writer.Queue.Writer.TryWrite(pending))
            {
                Release(writer, [pending]);
                throw new ObjectDisposedException(nameof(ChatMessageBatchWriter));
            }
        }

        // Once queued the message is written even if the sender goes away; only the wait for the answer is cancelled.
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAsync(Writer writer)
    {
        var reader = writer.Queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            var batch = new List<Queued>(Math.Min(reader.Count, _options.MaxBatchSize));
            while (batch.Count < _options.MaxBatchSize && reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            if (await WriteBatchAsync(batch).ConfigureAwait(false) is { } committed)
            {
                writer.Delivery.Writer.TryWrite(committed);
            }
            else
            {
                Release(writer, batch);
            }
        }

        writer.Delivery.Writer.TryComplete();
    }

    /// <summary>Stores one batch in one transaction and answers its senders; null when it failed (each sender got the error).</summary>
    private async Task<Committed?> WriteBatchAsync(List<Queued> batch)
    {
        var scope = _scopes.CreateAsyncScope();
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<MoyeoraDbContext>();
            var events = new List<IDomainEvent>();
            db.DeferredAfterCommit = events;
            db.ChatMessages.AddRange(batch.Select(p => p.Message));
            // One transaction for the batch: all of it is stored, or none of it.
            await ((IUnitOfWork)db).SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
            foreach (var pending in batch)
            {
                pending.Done.TrySetResult();
            }

            return new Committed(batch, scope, db, events);
        }
        catch (Exception ex)
        {
            _logger.LogWarning("A batch of {Count} chat messages was not stored: {Error}", batch.Count, ex.GetBaseException().Message);
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(ex);
            }

            await scope.DisposeAsync().ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>
    /// Live delivery of committed batches, one after another in commit order (so in id order per room), while the next
    /// batch is already being written. The messages stay counted against the caps until delivered: a delivery that
    /// falls behind fills the queue and senders are refused instead of memory growing.
    /// </summary>
    private async Task DeliverAsync(Writer writer)
    {
        await foreach (var committed in writer.Delivery.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await committed.Db.DispatchAfterCommitBatchAsync<ChatMessagePostedEvent>(committed.Events).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Live delivery of {Count} stored chat messages failed", committed.Batch.Count);
            }
            finally
            {
                await committed.Scope.DisposeAsync().ConfigureAwait(false);
                Release(writer, committed.Batch);
            }
        }
    }

    private void Release(Writer writer, List<Queued> batch)
    {
        lock (writer.PendingPerRoom)
        {
            foreach (var pending in batch)
            {
                var room = pending.Message.MeetupId;
                var left = writer.PendingPerRoom[room] - 1;
                if (left == 0)
                {
                    writer.PendingPerRoom.Remove(room);
                }
                else
                {
                    writer.PendingPerRoom[room] = left;
                }
            }
        }

        Interlocked.Add(ref _pending, -batch.Count);
    }

    /// <summary>Stops taking messages and writes what is already queued (those senders were promised an answer).</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var writer in _writers)
        {
            lock (writer.PendingPerRoom)
            {
                writer.Queue.Writer.TryComplete();
            }
        }

        await Task.WhenAll(_writers.Select(w => w.Loop!)).ConfigureAwait(false);
        await Task.WhenAll(_writers.Select(w => w.DeliveryLoop!)).ConfigureAwait(false);
    }
}
