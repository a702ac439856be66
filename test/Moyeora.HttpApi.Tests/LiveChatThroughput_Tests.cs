using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Chat;
using Moyeora.ClientProxies;
using Moyeora.Live;

namespace Moyeora.HttpApi.Tests;

public sealed class LiveChatThroughput_Sqlite_Tests(LiveHostFactory factory) : LiveChatThroughput_Tests<LiveHostFactory>(factory), IClassFixture<LiveHostFactory>;

public sealed class LiveChatThroughput_PostgreSql_Tests(PostgreSqlLiveHostFactory factory) : LiveChatThroughput_Tests<PostgreSqlLiveHostFactory>(factory), IClassFixture<PostgreSqlLiveHostFactory>;

public sealed class LiveChatThroughput_MariaDb_Tests(MariaDbLiveHostFactory factory) : LiveChatThroughput_Tests<MariaDbLiveHostFactory>(factory), IClassFixture<MariaDbLiveHostFactory>;

/// <summary>Chat under concurrent senders over real WebSockets: nothing acknowledged is lost and every member sees the room in one order.</summary>
public abstract class LiveChatThroughput_Tests<TFactory>(TFactory factory)
    where TFactory : LiveHostFactory
{
    [Fact]
    public async Task Concurrent_Senders_Lose_Nothing_And_Every_Member_Sees_The_Rooms_Order()
    {
        const int members = 5;
        const int each = 15; // under the per-user limit of 20 in 10 s
        var admin = await factory.CreateAdminClientAsync();
        var people = new List<(MoyeoraApiClient Api, LiveClient Live)>();
        for (var i = 0; i < members; i++)
        {
            var (api, _, live) = await factory.ConnectNewUserAsync(admin);
            people.Add((api, live));
        }

        try
        {
            var meetup = await people[0].Api.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup(maxMembers: members));
            foreach (var (api, _) in people.Skip(1))
            {
                await api.Meetups.JoinAsync(meetup.Id);
            }

            var received = people.Select(_ => new ConcurrentQueue<long>()).ToArray();
            for (var i = 0; i < members; i++)
            {
                var inbox = received[i];
                people[i].Live.On(LiveClientMethods.ChatMessage, m =>
                {
                    if (m.GetProperty("kind").GetString() == "user")
                    {
                        inbox.Enqueue(m.GetProperty("id").GetInt64());
                    }
                });
            }

            var sent = await Task.WhenAll(people.Select((p, n) => Task.Run(async () =>
            {
                var mine = new List<long>();
                for (var i = 0; i < each; i++)
                {
                    mine.Add((await p.Live.InvokeAsync<ChatMessageDto>("SendChatMessage", meetup.Id, $"{n}-{i}"))!.Id);
                }

                return mine;
            })));

            var acknowledged = sent.SelectMany(s => s).ToHashSet();
            acknowledged.Count.ShouldBe(members * each);
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (received.Any(r => r.Count < acknowledged.Count) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            foreach (var inbox in received)
            {
                var ids = inbox.ToList();
                ids.ToHashSet().SetEquals(acknowledged).ShouldBeTrue("every acknowledged message reached every member, once");
                ids.Count.ShouldBe(acknowledged.Count);
                ids.ShouldBeInOrder(SortDirection.Ascending, "members see the room in the order of its ids");
            }

            var history = new List<long>();
            long? before = null;
            do
            {
                var page = await people[1].Api.Chat.GetMessagesAsync(meetup.Id, new GetChatMessagesDto { MaxResultCount = 100, BeforeId = before });
                history.AddRange(page.Items.Where(m => m.Kind == ChatMessageKind.User).Select(m => m.Id));
                before = page.NextBeforeId;
            }
            while (before is not null);
            history.ToHashSet().SetEquals(acknowledged).ShouldBeTrue("every acknowledged message is in the history");
        }
        finally
        {
            foreach (var (_, live) in people)
            {
                await live.DisposeAsync();
            }
        }
    }
}

/// <summary>A node that holds at most three unsent messages per room, so a test can fill it.</summary>
public sealed class BusyChatLiveHostFactory : LiveHostFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Chat:MaxPendingPerRoom"] = "3",
        ["Chat:RetryAfterMilliseconds"] = "250",
    };
}

/// <summary>Past the room's cap, senders over the hub and over REST are refused at once with a code and a retry hint.</summary>
public sealed class LiveChatBackPressure_Tests(BusyChatLiveHostFactory factory) : IClassFixture<BusyChatLiveHostFactory>
{
    [Fact]
    public async Task A_Full_Room_Refuses_With_ChatBusy_And_When_To_Retry_And_Keeps_What_It_Took()
    {
        var admin = await factory.CreateAdminClientAsync();
        var people = new List<(MoyeoraApiClient Api, LiveClient Live)>();
        for (var i = 0; i < 4; i++)
        {
            var (api, _, live) = await factory.ConnectNewUserAsync(admin);
            people.Add((api, live));
        }

        try
        {
            var meetup = await people[0].Api.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup());
            foreach (var (api, _) in people.Skip(1))
            {
                await api.Meetups.JoinAsync(meetup.Id);
            }

            // Another connection holds SQLite's write lock: the room's writer waits, and what is sent piles up.
            var database = factory.Services.GetRequiredService<DatabaseSettings>().ConnectionString;
            await using var locker = new SqliteConnection(database);
            await locker.OpenAsync();
            await Sql(locker, "BEGIN IMMEDIATE");

            // Four senders at once on a room that holds three: exactly one is refused, at once; three wait for the commit.
            var sends = people.Select((p, i) => p.Live.InvokeAsync<ChatMessageDto>("SendChatMessage", meetup.Id, $"메시지 {i}")).ToList();
            var first = await Task.WhenAny(sends).WaitAsync(TimeSpan.FromSeconds(30));
            var hubRefusal = await Should.ThrowAsync<LiveHubException>(first);
            hubRefusal.Code.ShouldBe(MoyeoraErrorCodes.ChatBusy);
            hubRefusal.RetryAfter.ShouldBe(TimeSpan.FromMilliseconds(250));
            hubRefusal.Details["retryAfterSeconds"].ShouldBe(1);
            var waiting = sends.Where(s => s != first).ToList();
            waiting.ShouldAllBe(s => !s.IsCompleted, "nothing is acknowledged before it is stored");

            // REST refuses the same way: 429, the code, Retry-After and the hint.
            var restRefusal = await Should.ThrowAsync<MoyeoraApiException>(
                people[0].Api.Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "REST" }).WaitAsync(TimeSpan.FromSeconds(30)));
            restRefusal.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
            restRefusal.Code.ShouldBe(MoyeoraErrorCodes.ChatBusy);
            restRefusal.Extensions["retryAfterMs"].GetInt32().ShouldBe(250);
            restRefusal.Extensions["retryAfterSeconds"].GetInt32().ShouldBe(1);

            await Sql(locker, "ROLLBACK");
            var taken = (await Task.WhenAll(waiting).WaitAsync(TimeSpan.FromSeconds(30))).Select(m => m!.Text).ToList();
            var history = await people[1].Api.Chat.GetMessagesAsync(meetup.Id, new GetChatMessagesDto { MaxResultCount = 100 });
            history.Items.Where(m => m.Kind == ChatMessageKind.User).Select(m => m.Text).ShouldBe(taken, ignoreOrder: true,
                "what the room took is stored; what it refused is not");

            // The room takes messages again once it has room (its queue drains as the taken ones are delivered): a client
            // that waits the hint gets through.
            ChatMessageDto? again = null;
            for (var attempt = 0; again is null && attempt < 20; attempt++)
            {
                try
                {
                    again = await people[3].Live.InvokeAsync<ChatMessageDto>("SendChatMessage", meetup.Id, "이제 됩니다");
                }
                catch (LiveHubException busy) when (busy.Code == MoyeoraErrorCodes.ChatBusy)
                {
                    await Task.Delay(busy.RetryAfter!.Value);
                }
            }

            again.ShouldNotBeNull().Text.ShouldBe("이제 됩니다");
        }
        finally
        {
            foreach (var (_, live) in people)
            {
                await live.DisposeAsync();
            }
        }
    }

    private static async Task Sql(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
