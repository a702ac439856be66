using Microsoft.Extensions.DependencyInjection;
using Moyeora.Blocks;
using Moyeora.Live;
using Moyeora.Locations;
using Moyeora.Meetups;
using Moyeora.People;
using Moyeora.Users;

namespace Moyeora.Application.Tests.People;

public abstract class PeopleAppService_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    private IPeopleAppService People => Db.Service<IPeopleAppService>();

    private async Task<PersonProfileDto> ProfileAsync(Guid viewer, Guid other)
    {
        using var _ = DatabaseFixture.ActAs(viewer);
        return await People.GetAsync(other);
    }

    private async Task<PersonProfileDto> SearchAsync(Guid viewer, string? nickname = null, string? phone = null)
    {
        using var _ = DatabaseFixture.ActAs(viewer);
        return await People.SearchAsync(new SearchPeopleDto { Nickname = nickname, PhoneNumber = phone });
    }

    private async Task<Guid> PersonAsync(string? nickname = null, string? phone = null) =>
        await NewUserAsync(phone, nickname, u =>
        {
            u.SetStatusMessage("오늘도 달려요");
            u.SetProfileImageUrl("https://img.example/p.png");
            u.SetInterests(["러닝", "커피"]);
        });

    [Fact]
    public async Task A_Stranger_Sees_Only_Rating_Status_And_Last_Seen()
    {
        var (viewer, other) = (await NewUserAsync(), await PersonAsync());
        var card = await ProfileAsync(viewer, other);
        card.Relationship.ShouldBe(Relationship.Stranger);
        card.Rating.ShouldBe(UserConsts.InitialRating);
        card.StatusMessage.ShouldBe("오늘도 달려요");
        card.LastSeen.ShouldBeNull("never reported a location");
        card.Nickname.ShouldBeNull();
        card.ProfileImageUrl.ShouldBeNull();
        card.Interests.ShouldBeNull();
        card.IsFriend.ShouldBeNull();
        card.SharedMeetups.ShouldBeNull();
    }

    [Fact]
    public async Task A_Friend_Adds_Nickname_Image_And_Interests_And_Self_Sees_Everything()
    {
        var (viewer, other) = (await NewUserAsync(), await PersonAsync());
        await MakeFriendsAsync(viewer, other);
        var card = await ProfileAsync(viewer, other);
        card.Relationship.ShouldBe(Relationship.Friend);
        card.Nickname.ShouldNotBeNull();
        card.ProfileImageUrl.ShouldBe("https://img.example/p.png");
        card.Interests.ShouldBe(["러닝", "커피"]);
        card.IsFriend.ShouldBe(true);
        card.SharedMeetups.ShouldBeNull();

        var self = await ProfileAsync(other, other);
        self.Relationship.ShouldBe(Relationship.Self);
        self.Interests.ShouldBe(["러닝", "커피"]);
    }

    [Fact]
    public async Task A_Co_Member_Adds_The_Shared_Meetups_And_Whether_Friends()
    {
        var (meetup, hostId) = await HostMeetupAsync(NewMeetupInput(title: "토요일 등산"));
        var member = await PersonAsync();
        using (DatabaseFixture.ActAs(member))
        {
            await Meetups.JoinAsync(meetup.Id);
        }

        var card = await ProfileAsync(hostId, member);
        card.Relationship.ShouldBe(Relationship.CoMember);
        card.IsFriend.ShouldBe(false);
        card.Nickname.ShouldNotBeNull();
        card.SharedMeetups!.Count.ShouldBe(1);
        card.SharedMeetups.Items.Single().Title.ShouldBe("토요일 등산");

        using (DatabaseFixture.ActAs(member))
        {
            await Meetups.LeaveAsync(meetup.Id);
        }

        (await ProfileAsync(hostId, member)).Relationship.ShouldBe(Relationship.Stranger, "no open meetup is shared any more");
    }

    [Fact]
    public async Task Blocked_Deleted_And_Unknown_People_Cannot_Be_Seen_Or_Found()
    {
        var nickname = TestData.NewNickname();
        var phone = TestData.NewPhone();
        var (viewer, other) = (await NewUserAsync(), await PersonAsync(nickname, phone));
        (await SearchAsync(viewer, nickname: nickname.ToUpperInvariant())).UserId.ShouldBe(other);
        (await SearchAsync(viewer, phone: PhoneNumber.Normalize(phone))).UserId.ShouldBe(other);

        using (DatabaseFixture.ActAs(other))
        {
            await Db.Service<IBlockAppService>().BlockAsync(viewer);
        }

        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ProfileAsync(viewer, other)), MoyeoraErrorCodes.UserNotFound, ErrorKind.NotFound);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ProfileAsync(other, viewer)), MoyeoraErrorCodes.UserNotFound, ErrorKind.NotFound);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => SearchAsync(viewer, nickname: nickname)), MoyeoraErrorCodes.UserNotFound, ErrorKind.NotFound);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => SearchAsync(viewer, phone: phone)), MoyeoraErrorCodes.UserNotFound, ErrorKind.NotFound);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ProfileAsync(viewer, Guid.NewGuid())), MoyeoraErrorCodes.UserNotFound, ErrorKind.NotFound);

        var deletedNickname = TestData.NewNickname();
        var deleted = await NewUserAsync(nickname: deletedNickname, configure: u => u.Deactivate(Db.Clock.GetUtcNow().UtcDateTime));
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => ProfileAsync(viewer, deleted)), MoyeoraErrorCodes.UserNotFound, ErrorKind.NotFound);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => SearchAsync(viewer, nickname: deletedNickname)), MoyeoraErrorCodes.UserNotFound, ErrorKind.NotFound);
    }

    [Fact]
    public async Task Search_Takes_Exactly_One_Well_Formed_Term()
    {
        var viewer = await NewUserAsync();
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => SearchAsync(viewer)), MoyeoraErrorCodes.InvalidUserSearch, ErrorKind.Invalid);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => SearchAsync(viewer, "abc", "010-1234-5678")), MoyeoraErrorCodes.InvalidUserSearch, ErrorKind.Invalid);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => SearchAsync(viewer, phone: "12345")), MoyeoraErrorCodes.InvalidUserSearch, ErrorKind.Invalid);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => SearchAsync(viewer, nickname: "a")), MoyeoraErrorCodes.InvalidUserSearch, ErrorKind.Invalid);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => SearchAsync(viewer, nickname: "없는닉네임" + Guid.NewGuid().ToString("N")[..6])), MoyeoraErrorCodes.UserNotFound, ErrorKind.NotFound);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => People.GetAsync(viewer)), MoyeoraErrorCodes.NotSignedIn, ErrorKind.Unauthenticated);
    }

    [Fact]
    public async Task Last_Seen_Comes_From_The_Live_Position_Then_From_The_Stored_Time()
    {
        var (viewer, other) = (await NewUserAsync(), await PersonAsync());
        var positions = Db.Services.GetRequiredService<IGeoStore>();
        var tracker = Db.Services.GetRequiredService<LastSeenTracker>();
        var now = Db.Clock.GetUtcNow().UtcDateTime;

        await positions.SetAsync(new UserPosition(other, 35.87, 128.6, now));
        tracker.Touch(other, now);
        (await ProfileAsync(viewer, other)).LastSeen.ShouldBe(LastSeenBucket.Now);

        (await tracker.FlushAsync()).ShouldBeGreaterThanOrEqualTo(1);
        tracker.Touch(other, now.AddHours(-5)); // an older time never moves it back
        await tracker.FlushAsync();
        (await Db.WithDbAsync(d => Task.FromResult(d.Users.Single(u => u.Id == other).LastSeenTime)))!.Value.ShouldBe(now, TimeSpan.FromSeconds(1));

        await positions.RemoveAsync(other);
        Db.Clock.Advance(TimeSpan.FromMinutes(5));
        (await ProfileAsync(viewer, other)).LastSeen.ShouldBe(LastSeenBucket.Minutes);
        Db.Clock.Advance(TimeSpan.FromHours(2));
        (await ProfileAsync(viewer, other)).LastSeen.ShouldBe(LastSeenBucket.Hours);
        Db.Clock.Advance(TimeSpan.FromDays(2));
        (await ProfileAsync(viewer, other)).LastSeen.ShouldBe(LastSeenBucket.Days);
    }

    [Fact]
    public async Task Members_Blocked_Either_Way_Are_Left_Out_Of_The_Member_List()
    {
        var (meetup, hostId) = await HostMeetupAsync();
        var (a, b) = (await NewUserAsync(), await NewUserAsync());
        foreach (var user in new[] { a, b })
        {
            using var _ = DatabaseFixture.ActAs(user);
            await Meetups.JoinAsync(meetup.Id);
        }

        using (DatabaseFixture.ActAs(b))
        {
            await Db.Service<IBlockAppService>().BlockAsync(a);
        }

        using (DatabaseFixture.ActAs(a))
        {
            var seen = await Meetups.GetAsync(meetup.Id);
            seen.MemberCount.ShouldBe(3);
            seen.Members!.Select(m => m.User.Id).ShouldBe([hostId, a], ignoreOrder: true);
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            (await Meetups.GetAsync(meetup.Id)).Members!.Count.ShouldBe(3);
        }
    }
}

public sealed class PeopleAppService_Sqlite_Tests(SqliteFixture db) : PeopleAppService_Tests(db), IClassFixture<SqliteFixture>;

public sealed class PeopleAppService_PostgreSql_Tests(PostgreSqlFixture db) : PeopleAppService_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class PeopleAppService_MariaDb_Tests(MariaDbFixture db) : PeopleAppService_Tests(db), IClassFixture<MariaDbFixture>;
