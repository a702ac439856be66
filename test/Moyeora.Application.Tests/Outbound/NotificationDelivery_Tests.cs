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
}

public sealed class NotificationDelivery_Sqlite_Tests(SqliteFixture db) : NotificationDelivery_Tests(db), IClassFixture<SqliteFixture>;

public sealed class NotificationDelivery_PostgreSql_Tests(PostgreSqlFixture db) : NotificationDelivery_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class NotificationDelivery_MariaDb_Tests(MariaDbFixture db) : NotificationDelivery_Tests(db), IClassFixture<MariaDbFixture>;
