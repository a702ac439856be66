using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Friends;
using Moyeora.Outbound;

namespace Moyeora.Application.Tests.Outbound;

/// <summary>Every stored notification also leaves through the configured channels; development records them in the outbox.</summary>
public abstract class NotificationDelivery_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    [Fact]
    public async Task A_Notification_Is_Pushed_To_Its_User_Through_The_Sender()
    {
        var (a, b) = (await NewUserAsync(), await NewUserAsync());
        using (DatabaseFixture.ActAs(a))
        {
            await Db.Service<IFriendAppService>().SendRequestAsync(new SendFriendRequestDto { UserId = b });
        }

        await Db.Services.GetRequiredService<OutboundQueue>().DrainAsync();
        var pushed = await Db.WithDbAsync(d => d.OutboxMessages.Where(m => m.Channel == OutboundChannel.Push && m.Recipient == b.ToString()).ToListAsync());
        var push = pushed.ShouldHaveSingleItem();
        push.Text.ShouldBe("새 친구 요청이 왔습니다.");
        using var payload = System.Text.Json.JsonDocument.Parse(push.Payload!);
        payload.RootElement.GetProperty("kind").GetString().ShouldBe("friendRequestReceived");
        (await Db.WithDbAsync(d => d.OutboxMessages.CountAsync(m => m.Recipient == a.ToString()))).ShouldBe(0, "the sender is not notified of their own request");
    }

    [Fact]
    public async Task With_The_Transactional_Outbox_A_Notifications_Push_Is_Stored_With_It_Then_Handed_Over_Once()
    {
        var options = Db.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OutboundOptions>>().Value;
        options.TransactionalOutbox = true;
        try
        {
            var (a, b) = (await NewUserAsync(), await NewUserAsync());
            using (DatabaseFixture.ActAs(a))
            {
                await Db.Service<IFriendAppService>().SendRequestAsync(new SendFriendRequestDto { UserId = b });
            }

            // Stored by the request's own save, nothing queued in memory yet.
            var stored = await Db.WithDbAsync(d => d.PendingOutboundMessages.Where(m => m.Recipient == b.ToString()).ToListAsync());
            stored.ShouldHaveSingleItem().Channel.ShouldBe(OutboundChannel.Push);
            await Db.Services.GetRequiredService<OutboundQueue>().DrainAsync();
            (await Db.WithDbAsync(d => d.OutboxMessages.CountAsync(m => m.Recipient == b.ToString()))).ShouldBe(0);

            var dispatcher = Db.Services.GetRequiredService<OutboundDispatcher>();
            while (await dispatcher.DispatchOnceAsync() > 0)
            {
            }

            await Db.Services.GetRequiredService<OutboundQueue>().DrainAsync();
            (await Db.WithDbAsync(d => d.OutboxMessages.CountAsync(m => m.Recipient == b.ToString() && m.Channel == OutboundChannel.Push))).ShouldBe(1);
            (await Db.WithDbAsync(d => d.PendingOutboundMessages.CountAsync(m => m.Recipient == b.ToString()))).ShouldBe(0, "handed over, then deleted");
        }
        finally
        {
            options.TransactionalOutbox = false;
        }
    }

    [Fact]
    public async Task Two_Dispatchers_Claiming_At_Once_Never_Take_The_Same_Message_And_A_Lapsed_Claim_Is_Taken_Again()
    {
        var now = DateTime.UtcNow;
        var recipient = "claim-" + Guid.NewGuid().ToString("N")[..12];
        await Db.WithDbAsync(async d =>
        {
            for (var i = 0; i < 300; i++)
            {
                d.PendingOutboundMessages.Add(new PendingOutboundMessage(new OutboundMessage(OutboundChannel.Webhook, recipient, "m" + i), now.AddMilliseconds(-i)));
            }

            await d.SaveChangesAsync();
            return 0;
        });

        async Task<IReadOnlyList<PendingOutboundMessage>> ClaimAsync(DateTime at)
        {
            using var scope = Db.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<IPendingOutboundRepository>().ClaimAsync(200, at, TimeSpan.FromMinutes(1));
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => ClaimAsync(now))));
        var mine = claims.SelectMany(c => c).Where(m => m.Recipient == recipient).Select(m => m.Id).ToList();
        mine.Count.ShouldBe(mine.Distinct().Count(), "no message claimed twice");
        mine.Count.ShouldBeGreaterThanOrEqualTo(200);

        // Every claim holds for a minute; after that a dispatcher takes the messages again (their node died).
        (await ClaimAsync(now.AddSeconds(30))).Count(m => mine.Contains(m.Id)).ShouldBe(0);
        var again = await ClaimAsync(now.AddMinutes(2));
        again.Count(m => m.Recipient == recipient).ShouldBeGreaterThan(0);

        using var cleanup = Db.Services.CreateScope();
        await cleanup.ServiceProvider.GetRequiredService<IPendingOutboundRepository>().DeleteAsync(
            await Db.WithDbAsync(d => d.PendingOutboundMessages.Where(m => m.Recipient == recipient).Select(m => m.Id).ToListAsync()));
        (await Db.WithDbAsync(d => d.PendingOutboundMessages.CountAsync(m => m.Recipient == recipient))).ShouldBe(0);
    }
}

public sealed class NotificationDelivery_Sqlite_Tests(SqliteFixture db) : NotificationDelivery_Tests(db), IClassFixture<SqliteFixture>;

public sealed class NotificationDelivery_PostgreSql_Tests(PostgreSqlFixture db) : NotificationDelivery_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class NotificationDelivery_MariaDb_Tests(MariaDbFixture db) : NotificationDelivery_Tests(db), IClassFixture<MariaDbFixture>;
