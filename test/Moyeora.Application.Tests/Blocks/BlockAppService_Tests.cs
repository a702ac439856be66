using Microsoft.Extensions.DependencyInjection;
using Moyeora.Blocks;
using Moyeora.Dtos;
using Moyeora.Friends;
using Moyeora.Live;
using Moyeora.Locations;
using Moyeora.Meetups;

namespace Moyeora.Application.Tests.Blocks;

public abstract class BlockAppService_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    private IBlockAppService Blocks => Db.Service<IBlockAppService>();

    private IFriendAppService Friends => Db.Service<IFriendAppService>();

    [Fact]
    public async Task A_Block_Ends_Friendship_And_Stops_Friending_Inviting_And_Joining_Both_Ways()
    {
        var (meetup, hostId) = await HostMeetupAsync();
        var blocked = await NewUserAsync();
        using (DatabaseFixture.ActAs(blocked))
        {
            await Friends.SendRequestAsync(new SendFriendRequestDto { UserId = hostId });
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            await Blocks.BlockAsync(blocked);
            (await Blocks.GetListAsync(new PagedRequestDto())).Items.Single().User.Id.ShouldBe(blocked);
            (await Friends.GetIncomingAsync(new PagedRequestDto())).TotalCount.ShouldBe(0, "pending requests end with the block");
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Blocks.BlockAsync(blocked)), MoyeoraErrorCodes.AlreadyBlocked, ErrorKind.Conflict);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Blocks.BlockAsync(hostId)), MoyeoraErrorCodes.CannotBlockSelf, ErrorKind.Invalid);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Meetups.InviteAsync(meetup.Id, new InviteToMeetupDto { UserId = blocked })), MoyeoraErrorCodes.UserNotFound, ErrorKind.NotFound);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Friends.SendRequestAsync(new SendFriendRequestDto { UserId = blocked })), MoyeoraErrorCodes.UserNotFound, ErrorKind.NotFound);
        }

        using (DatabaseFixture.ActAs(blocked))
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Meetups.JoinAsync(meetup.Id)), MoyeoraErrorCodes.MeetupNotFound, ErrorKind.NotFound);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Friends.SendRequestAsync(new SendFriendRequestDto { UserId = hostId })), MoyeoraErrorCodes.UserNotFound, ErrorKind.NotFound);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Blocks.UnblockAsync(hostId)), MoyeoraErrorCodes.NotBlocked, ErrorKind.NotFound);
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            await Blocks.UnblockAsync(blocked);
        }

        using (DatabaseFixture.ActAs(blocked))
        {
            (await Meetups.JoinAsync(meetup.Id)).MemberCount.ShouldBe(2);
        }
    }

    /// <summary>Every way of finding a meetup: recruiting list, search, nearby and markers.</summary>
    private async Task<HashSet<Guid>> FoundAsync(string keyword, double lat, double lng)
    {
        var found = new HashSet<Guid>();
        found.UnionWith((await Meetups.GetRecruitingListAsync(new PagedRequestDto { MaxResultCount = PagedRequestDto.MaxPageSize })).Items.Select(m => m.Id));
        found.UnionWith((await Meetups.SearchAsync(new SearchMeetupsDto { Keyword = keyword })).Items.Select(m => m.Id));
        found.UnionWith((await Meetups.GetNearbyAsync(new GetNearbyMeetupsDto { Latitude = lat, Longitude = lng, RadiusMeters = 1_000 })).Items.Select(m => m.Id));
        found.UnionWith((await Meetups.GetMarkersAsync(new GetMeetupMarkersDto { South = lat - 0.01, West = lng - 0.01, North = lat + 0.01, East = lng + 0.01 })).Select(m => m.Id));
        return found;
    }

    [Fact]
    public async Task A_Pending_Invitation_Disappears_While_Either_Side_Blocks_The_Other()
    {
        var (meetup, hostId) = await HostMeetupAsync();
        var invitee = await NewUserAsync();
        using (DatabaseFixture.ActAs(hostId))
        {
            await Meetups.InviteAsync(meetup.Id, new InviteToMeetupDto { UserId = invitee });
        }

        async Task<long> InvitationsAsync()
        {
            using var _ = DatabaseFixture.ActAs(invitee);
            var page = await Meetups.GetInvitationsAsync(new PagedRequestDto());
            ((long)page.Items.Count).ShouldBe(page.TotalCount);
            return page.TotalCount;
        }

        (await InvitationsAsync()).ShouldBe(1L);
        using (DatabaseFixture.ActAs(invitee))
        {
            await Blocks.BlockAsync(hostId);
        }

        (await InvitationsAsync()).ShouldBe(0L, "the invitee blocked the host");
        using (DatabaseFixture.ActAs(invitee))
        {
            await Blocks.UnblockAsync(hostId);
        }

        (await InvitationsAsync()).ShouldBe(1L);
        using (DatabaseFixture.ActAs(hostId))
        {
            await Blocks.BlockAsync(invitee);
        }

        (await InvitationsAsync()).ShouldBe(0L, "the host blocked the invitee");
    }

    [Fact]
    public async Task A_Blocked_Pair_Finds_None_Of_Each_Others_Meetups_And_The_Detail_Is_Not_Found()
    {
        var keyword = "차단" + Random.Shared.Next(100_000, 999_999);
        var (lat, lng) = (36.3, 127.3);
        var (hosted, hostId) = await HostMeetupAsync(NewMeetupInput(title: keyword + " 호스트", lat: lat, lng: lng, startsIn: TimeSpan.FromHours(1)));
        var blocked = await NewUserAsync();
        MeetupDto theirs;
        using (DatabaseFixture.ActAs(blocked))
        {
            theirs = await Meetups.CreateAsync(NewMeetupInput(title: keyword + " 상대", lat: lat, lng: lng + 0.001, startsIn: TimeSpan.FromHours(1)));
            (await FoundAsync(keyword, lat, lng)).ShouldContain(hosted.Id);
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            await Blocks.BlockAsync(blocked);
            var found = await FoundAsync(keyword, lat, lng);
            found.ShouldContain(hosted.Id);
            found.ShouldNotContain(theirs.Id, "the blocker does not find the blocked person's meetups");
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Meetups.GetAsync(theirs.Id)), MoyeoraErrorCodes.MeetupNotFound, ErrorKind.NotFound);
        }

        using (DatabaseFixture.ActAs(blocked))
        {
            (await FoundAsync(keyword, lat, lng)).ShouldNotContain(hosted.Id, "nor the blocked person the blocker's");
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Meetups.GetAsync(hosted.Id)), MoyeoraErrorCodes.MeetupNotFound, ErrorKind.NotFound);
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Meetups.GetNoticesAsync(hosted.Id, new PagedRequestDto())), MoyeoraErrorCodes.MeetupNotFound, ErrorKind.NotFound);
        }

        var byAnyone = await FoundAsync(keyword, lat, lng);
        byAnyone.ShouldContain(hosted.Id, "anonymous callers see both");
        byAnyone.ShouldContain(theirs.Id);
        (await Meetups.GetAsync(hosted.Id)).Id.ShouldBe(hosted.Id);

        using (DatabaseFixture.ActAs(hostId))
        {
            await Blocks.UnblockAsync(blocked);
            (await FoundAsync(keyword, lat, lng)).ShouldContain(theirs.Id, "an unblock shows them again at once");
        }
    }

    [Fact]
    public async Task Blocked_People_Vanish_From_Each_Others_Map()
    {
        var (a, b) = (await NewUserAsync(), await NewUserAsync());
        var positions = Db.Services.GetRequiredService<IGeoStore>();
        var now = Db.Clock.GetUtcNow().UtcDateTime;
        await positions.SetAsync(new UserPosition(a, 35.87, 128.60, now));
        await positions.SetAsync(new UserPosition(b, 35.871, 128.60, now));
        var finder = Db.Services.GetRequiredService<NearbyPeopleFinder>();
        async Task<bool> SeesAsync(Guid viewer, Guid other)
        {
            await using var scope = Db.Services.CreateAsyncScope();
            var relations = await scope.ServiceProvider.GetRequiredService<RelationsLoader>().LoadAsync(viewer);
            return (await finder.FindAsync(viewer, 35.87, 128.60, 2_000, relations)).People.Any(p => p.UserId == other);
        }

        (await SeesAsync(a, b)).ShouldBeTrue();
        using (DatabaseFixture.ActAs(b))
        {
            await Blocks.BlockAsync(a);
        }

        (await SeesAsync(a, b)).ShouldBeFalse("the blocked person no longer sees the blocker");
        (await SeesAsync(b, a)).ShouldBeFalse("nor the blocker the blocked person");
    }
}

public sealed class BlockAppService_Sqlite_Tests(SqliteFixture db) : BlockAppService_Tests(db), IClassFixture<SqliteFixture>;

public sealed class BlockAppService_PostgreSql_Tests(PostgreSqlFixture db) : BlockAppService_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class BlockAppService_MariaDb_Tests(MariaDbFixture db) : BlockAppService_Tests(db), IClassFixture<MariaDbFixture>;
