using Moyeora.Dtos;
using Moyeora.Friends;
using Moyeora.Notifications;

namespace Moyeora.Application.Tests.Friends;

public abstract class FriendAppService_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    private IFriendAppService Friends => Db.Service<IFriendAppService>();

    private async Task<T> AsAsync<T>(Guid userId, Func<IFriendAppService, Task<T>> call)
    {
        using var _ = DatabaseFixture.ActAs(userId);
        return await call(Friends);
    }

    private async Task AsAsync(Guid userId, Func<IFriendAppService, Task> call)
    {
        using var _ = DatabaseFixture.ActAs(userId);
        await call(Friends);
    }

    private Task<IReadOnlyList<Guid>> FriendsOfAsync(Guid userId) =>
        AsAsync<IReadOnlyList<Guid>>(userId, async f => (await f.GetFriendsAsync(new PagedRequestDto())).Items.Select(x => x.User.Id).ToList());

    [Fact]
    public async Task A_Request_Accepted_Makes_Both_Friends_And_Notifies_Each_Side_Once()
    {
        var (alice, bob) = (await NewUserAsync(), await NewUserAsync());
        var sent = await AsAsync(alice, f => f.SendRequestAsync(new SendFriendRequestDto { UserId = bob }));
        sent.Friends.ShouldBeFalse();
        (await AsAsync(alice, f => f.GetOutgoingAsync(new PagedRequestDto()))).Items.Single().UserId.ShouldBe(bob);
        var incoming = (await AsAsync(bob, f => f.GetIncomingAsync(new PagedRequestDto()))).Items.Single();
        incoming.UserId.ShouldBe(alice);
        incoming.User!.Id.ShouldBe(alice);

        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsAsync(alice, f => f.AcceptAsync(incoming.Id))), MoyeoraErrorCodes.FriendRequestNotFound, ErrorKind.NotFound);
        await AsAsync(bob, f => f.AcceptAsync(incoming.Id));
        (await FriendsOfAsync(alice)).ShouldBe([bob]);
        (await FriendsOfAsync(bob)).ShouldBe([alice]);
        (await AsAsync(bob, f => f.GetIncomingAsync(new PagedRequestDto()))).TotalCount.ShouldBe(0);

        var kinds = await Db.WithDbAsync(d => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            d.Set<Notification>().Where(n => n.UserId == alice || n.UserId == bob).Select(n => new { n.UserId, n.Kind })));
        kinds.ShouldBe([new { UserId = bob, Kind = NotificationKind.FriendRequestReceived }, new { UserId = alice, Kind = NotificationKind.FriendRequestAccepted }], ignoreOrder: true);

        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsAsync(alice, f => f.SendRequestAsync(new SendFriendRequestDto { UserId = bob }))), MoyeoraErrorCodes.AlreadyFriends, ErrorKind.Conflict);
        await AsAsync(bob, f => f.RemoveAsync(alice));
        (await FriendsOfAsync(alice)).ShouldBeEmpty();
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsAsync(bob, f => f.RemoveAsync(alice))), MoyeoraErrorCodes.NotFriends, ErrorKind.NotFound);
    }

    [Fact]
    public async Task A_Sender_Sees_Only_The_Stranger_Card_Of_The_Recipient_Until_Accepted()
    {
        var stranger = await NewUserAsync(nickname: "숨은닉" + Random.Shared.Next(100000), configure: u =>
        {
            u.SetProfileImageUrl("https://cdn.example.com/hidden.png");
            u.SetStatusMessage("상태 메시지");
        });
        var sender = await NewUserAsync();

        var sent = (await AsAsync(sender, f => f.SendRequestAsync(new SendFriendRequestDto { UserId = stranger }))).Request!;
        sent.UserId.ShouldBe(stranger);
        sent.User.ShouldBeNull("a request must not reveal the nickname or photo of whoever it was sent to");
        sent.Recipient.ShouldNotBeNull();
        sent.Recipient.Rating.ShouldBe(Moyeora.Users.UserConsts.InitialRating);
        sent.Recipient.StatusMessage.ShouldBe("상태 메시지");

        var outgoing = (await AsAsync(sender, f => f.GetOutgoingAsync(new PagedRequestDto()))).Items.Single();
        outgoing.User.ShouldBeNull();
        outgoing.Recipient!.StatusMessage.ShouldBe("상태 메시지");

        // The sender chose to reveal themselves: the recipient sees who asked.
        var incoming = (await AsAsync(stranger, f => f.GetIncomingAsync(new PagedRequestDto()))).Items.Single();
        incoming.User!.Id.ShouldBe(sender);
        incoming.Recipient.ShouldBeNull();

        await AsAsync(stranger, f => f.AcceptAsync(incoming.Id));
        var friend = (await AsAsync(sender, f => f.GetFriendsAsync(new PagedRequestDto()))).Items.Single().User;
        friend.ProfileImageUrl.ShouldBe("https://cdn.example.com/hidden.png", "once accepted, friends see each other");
    }

    [Fact]
    public async Task Crossing_Requests_Make_Friends_At_Once()
    {
        var (a, b) = (await NewUserAsync(), await NewUserAsync());
        await AsAsync(a, f => f.SendRequestAsync(new SendFriendRequestDto { UserId = b }));
        (await AsAsync(b, f => f.SendRequestAsync(new SendFriendRequestDto { UserId = a }))).Friends.ShouldBeTrue();
        (await FriendsOfAsync(a)).ShouldBe([b]);
        (await AsAsync(a, f => f.GetOutgoingAsync(new PagedRequestDto()))).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Refusals_Have_Codes_And_Only_Each_Side_Acts()
    {
        var (a, b, c) = (await NewUserAsync(), await NewUserAsync(), await NewUserAsync());
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsAsync(a, f => f.SendRequestAsync(new SendFriendRequestDto { UserId = a }))), MoyeoraErrorCodes.CannotFriendSelf, ErrorKind.Invalid);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsAsync(a, f => f.SendRequestAsync(new SendFriendRequestDto { UserId = Guid.NewGuid() }))), MoyeoraErrorCodes.UserNotFound, ErrorKind.NotFound);
        var request = (await AsAsync(a, f => f.SendRequestAsync(new SendFriendRequestDto { UserId = b }))).Request!;
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsAsync(a, f => f.SendRequestAsync(new SendFriendRequestDto { UserId = b }))), MoyeoraErrorCodes.FriendRequestAlreadySent, ErrorKind.Conflict);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsAsync(c, f => f.DeclineAsync(request.Id))), MoyeoraErrorCodes.FriendRequestNotFound, ErrorKind.NotFound);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => AsAsync(b, f => f.CancelAsync(request.Id))), MoyeoraErrorCodes.FriendRequestNotFound, ErrorKind.NotFound);
        await AsAsync(a, f => f.CancelAsync(request.Id));
        (await AsAsync(b, f => f.GetIncomingAsync(new PagedRequestDto()))).TotalCount.ShouldBe(0);

        var again = (await AsAsync(a, f => f.SendRequestAsync(new SendFriendRequestDto { UserId = b }))).Request!;
        await AsAsync(b, f => f.DeclineAsync(again.Id));
        (await FriendsOfAsync(a)).ShouldBeEmpty();
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Friends.GetFriendsAsync(new PagedRequestDto())), MoyeoraErrorCodes.NotSignedIn, ErrorKind.Unauthenticated);
    }
}

public sealed class FriendAppService_Sqlite_Tests(SqliteFixture db) : FriendAppService_Tests(db), IClassFixture<SqliteFixture>;

public sealed class FriendAppService_PostgreSql_Tests(PostgreSqlFixture db) : FriendAppService_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class FriendAppService_MariaDb_Tests(MariaDbFixture db) : FriendAppService_Tests(db), IClassFixture<MariaDbFixture>;
