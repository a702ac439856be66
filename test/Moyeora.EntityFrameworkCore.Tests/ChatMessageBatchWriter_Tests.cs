using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moyeora.Chat;
using Moyeora.Domain;
using Moyeora.Meetups;
using Moyeora.Repositories;

namespace Moyeora.EntityFrameworkCore.Tests;

/// <summary>
/// Group commit of chat messages on every database: batches are all-or-nothing, ids follow the order messages were
/// taken in, every acknowledged message is stored, and past the caps senders are refused with a retry hint while the
/// queue stays bounded. The database is held by a table lock taken on another connection, so the writer is stuck
/// exactly where the test wants it, without timing.
/// </summary>
public abstract class ChatMessageBatchWriter_Tests(DatabaseFixture db)
{
    private DateTime Now => db.Clock.GetUtcNow().UtcDateTime;

    private ChatMessageBatchWriter NewWriter(int perRoom = 1000, int perNode = 10_000, int writers = 2) =>
        new(db.Services.GetRequiredService<IServiceScopeFactory>(),
            new ChatWriteOptions { MaxPendingPerRoom = perRoom, MaxPendingMessages = perNode, Writers = writers, RetryAfterMilliseconds = 700 },
            NullLogger<ChatMessageBatchWriter>.Instance);

    private async Task<Guid> NewMeetupAsync()
    {
        var meetup = new Meetup(Guid.NewGuid(), TestData.AliceId, new MeetupDetails(
            "채팅 모임", "설명", null, 10, Now.AddDays(1), Now.AddDays(1).AddHours(2), false, "여의도", 37.5, 127.0, null, ["러닝"]), Now);
        await using var scope = db.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMeetupRepository>().InsertAsync(meetup);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return meetup.Id;
    }

    private ChatMessage Message(Guid meetupId, string text) => ChatMessage.FromMember(meetupId, TestData.AliceId, text, Now);

    /// <summary>Holds inserts into ChatMessages (from other connections) until disposed.</summary>
    private async Task<IAsyncDisposable> LockChatMessagesAsync()
    {
        var scope = db.Services.CreateAsyncScope();
        var d = scope.ServiceProvider.GetRequiredService<MoyeoraDbContext>();
        await d.Database.OpenConnectionAsync();
        string release;
        switch (db.Provider)
        {
            case DatabaseProvider.Sqlite:
                await d.Database.ExecuteSqlRawAsync("BEGIN IMMEDIATE");
                release = "ROLLBACK";
                break;
            case DatabaseProvider.PostgreSql:
                await d.Database.ExecuteSqlRawAsync("BEGIN");
                await d.Database.ExecuteSqlRawAsync("LOCK TABLE \"ChatMessages\" IN EXCLUSIVE MODE");
                release = "ROLLBACK";
                break;
            default:
                await d.Database.ExecuteSqlRawAsync("LOCK TABLES ChatMessages WRITE");
                release = "UNLOCK TABLES";
                break;
        }

        return new Release(async () =>
        {
            await d.Database.ExecuteSqlRawAsync(release);
            await d.Database.CloseConnectionAsync();
            await scope.DisposeAsync();
        });
    }

    private sealed class Release(Func<Task> release) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await release();
    }

    /// <summary>Senders are answered at the commit; the caps count a message until its live delivery is done too.</summary>
    private static async Task DrainedAsync(ChatMessageBatchWriter writer)
    {
        for (var i = 0; i < 500 && writer.PendingCount > 0; i++)
        {
            await Task.Delay(10);
        }

        writer.PendingCount.ShouldBe(0);
    }

    private Task<List<ChatMessage>> StoredAsync(Guid meetupId) =>
        db.WithDbAsync(d => d.ChatMessages.AsNoTracking().Where(m => m.MeetupId == meetupId).OrderBy(m => m.Id).ToListAsync());

    [Fact]
    public async Task Concurrent_Messages_Are_Stored_Together_With_Ids_In_The_Order_They_Were_Taken()
    {
        await using var writer = NewWriter();
        var room = await NewMeetupAsync();
        var messages = Enumerable.Range(1, 40).Select(i => Message(room, $"메시지 {i}")).ToList();
        Task[] writes;
        await using (await LockChatMessagesAsync())
        {
            writes = messages.Select(m => writer.WriteAsync(m)).ToArray();
            writer.PendingCount.ShouldBe(40); // nothing could be written yet
        }

        await Task.WhenAll(writes);
        messages.ShouldAllBe(m => m.Id > 0);
        messages.Select(m => m.Id).ShouldBeInOrder(SortDirection.Ascending);
        messages.Select(m => m.Id).Distinct().Count().ShouldBe(40);
        (await StoredAsync(room)).Select(m => m.Text).ShouldBe(messages.Select(m => m.Text));
        await DrainedAsync(writer);
    }

    [Fact]
    public async Task Past_The_Caps_Senders_Are_Refused_With_A_Retry_Hint_And_The_Queue_Stays_Bounded()
    {
        await using var writer = NewWriter(perRoom: 8, perNode: 10, writers: 1);
        var busy = await NewMeetupAsync();
        var other = await NewMeetupAsync();
        var admitted = new List<(ChatMessage Message, Task Write)>();
        var refused = new List<BusinessException>();

        void Send(Guid room, string text)
        {
            var message = Message(room, text);
            try
            {
                admitted.Add((message, writer.WriteAsync(message)));
            }
            catch (BusinessException ex)
            {
                refused.Add(ex);
            }
        }

        await using (await LockChatMessagesAsync())
        {
            for (var i = 0; i < 200; i++)
            {
                Send(busy, $"몰림 {i}");
            }

            admitted.Count.ShouldBe(8, "the room's cap");
            for (var i = 0; i < 50; i++)
            {
                Send(other, $"다른 방 {i}");
            }

            admitted.Count.ShouldBe(10, "the node's cap counts every room");
            writer.PendingCount.ShouldBe(10);
            refused.Count.ShouldBe(192 + 48);
            refused.ShouldAllBe(e => e.Code == MoyeoraErrorCodes.ChatBusy && e.Kind == ErrorKind.RateLimited);
            refused[0].Details["retryAfterMs"].ShouldBe(700);
            refused[0].Details["retryAfterSeconds"].ShouldBe(1);
            admitted.ShouldAllBe(a => !a.Write.IsCompleted, "nothing is answered before it is stored");
        }

        await Task.WhenAll(admitted.Select(a => a.Write));
        (await StoredAsync(busy)).Select(m => m.Text).ShouldBe(Enumerable.Range(0, 8).Select(i => $"몰림 {i}"));
        (await StoredAsync(other)).Select(m => m.Text).ShouldBe(["다른 방 0", "다른 방 1"]);
        await DrainedAsync(writer);
        await writer.WriteAsync(Message(busy, "이제 됩니다")); // room again once the queue drained
    }

    [Fact]
    public async Task A_Failed_Batch_Fails_Each_Of_Its_Senders_And_Stores_None_Of_It()
    {
        await using var writer = NewWriter(writers: 1);
        var room = await NewMeetupAsync();
        Task first;
        var batch = new List<(ChatMessage Message, Task Write)>();
        await using (await LockChatMessagesAsync())
        {
            first = writer.WriteAsync(Message(room, "먼저"));
            // The writer has taken the first message and waits on the lock: what comes now is its next batch.
            while (writer.QueuedCount > 0)
            {
                await Task.Delay(10);
            }

            foreach (var (meetupId, text) in new[] { (room, "하나"), (Guid.NewGuid(), "없는 방"), (room, "둘") })
            {
                var message = Message(meetupId, text);
                batch.Add((message, writer.WriteAsync(message)));
            }
        }

        await first;
        foreach (var (_, write) in batch)
        {
            await Should.ThrowAsync<Exception>(write);
        }

        (await StoredAsync(room)).Select(m => m.Text).ShouldBe(["먼저"], "none of the failed batch was stored");
        await DrainedAsync(writer);
        await writer.WriteAsync(Message(room, "다시"));
        (await StoredAsync(room)).Select(m => m.Text).ShouldBe(["먼저", "다시"]);
    }
}

public sealed class ChatMessageBatchWriter_Sqlite_Tests(SqliteFixture db) : ChatMessageBatchWriter_Tests(db), IClassFixture<SqliteFixture>;

public sealed class ChatMessageBatchWriter_PostgreSql_Tests(PostgreSqlFixture db) : ChatMessageBatchWriter_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class ChatMessageBatchWriter_MariaDb_Tests(MariaDbFixture db) : ChatMessageBatchWriter_Tests(db), IClassFixture<MariaDbFixture>;
