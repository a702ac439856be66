using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Blocks;
using Moyeora.Jobs;
using Moyeora.Meetups;
using Moyeora.Notifications;
using Moyeora.Ratings;
using Moyeora.Users;

namespace Moyeora.Application.Tests.Ratings;

public abstract class RatingAppService_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    private IRatingAppService Ratings => Db.Service<IRatingAppService>();

    private async Task<RatingSheetEntryDto> RateAsync(Guid rater, Guid meetupId, Guid ratee, RatingVote? vote = RatingVote.Up)
    {
        using var _ = DatabaseFixture.ActAs(rater);
        return await Db.Service<IRatingAppService>().RateAsync(meetupId, new RateMemberDto { UserId = ratee, Vote = vote });
    }

    private Task<int> RatingOfAsync(Guid userId) => Db.WithDbAsync(d => d.Users.Where(u => u.Id == userId).Select(u => u.Rating).SingleAsync());

    /// <summary>A meetup with a host and <paramref name="members"/> others, all confirmed; ended (by the job) unless told otherwise.</summary>
    private async Task<(Guid MeetupId, Guid HostId, List<Guid> Members)> ConfirmedMeetupAsync(int members = 2, bool end = true)
    {
        var (meetup, hostId) = await HostMeetupAsync(NewMeetupInput(maxMembers: members + 1, startsIn: TimeSpan.FromHours(2)));
        var others = new List<Guid>();
        for (var i = 0; i < members; i++)
        {
            var user = await NewUserAsync();
            using var _ = DatabaseFixture.ActAs(user);
            await Meetups.JoinAsync(meetup.Id);
            await Meetups.ConfirmAsync(meetup.Id);
            others.Add(user);
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            (await Meetups.ConfirmAsync(meetup.Id)).Status.ShouldBe(MeetupStatus.Confirmed);
        }

        if (end)
        {
            await EndAllDueAsync(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(1));
        }

        return (meetup.Id, hostId, others);
    }

    private async Task EndAllDueAsync(TimeSpan after)
    {
        Db.Clock.Advance(after);
        await Db.Services.GetRequiredService<MaintenanceJobRunner>().RunAsync(JobNames.EndMeetups);
    }

    [Fact]
    public async Task Votes_Move_Trust_By_One_Once_Each_And_Tell_The_Person_Without_Saying_Who()
    {
        var (meetupId, hostId, members) = await ConfirmedMeetupAsync();
        var (a, b) = (members[0], members[1]);

        (await RateAsync(a, meetupId, hostId, RatingVote.Up)).User.Rating.ShouldBe(UserConsts.InitialRating + 1);
        (await RateAsync(b, meetupId, hostId, RatingVote.Down)).MyVote.ShouldBe(RatingVote.Down);
        (await RatingOfAsync(hostId)).ShouldBe(UserConsts.InitialRating);
        await RateAsync(hostId, meetupId, a, RatingVote.Down);
        (await RatingOfAsync(a)).ShouldBe(UserConsts.InitialRating - 1);

        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => RateAsync(a, meetupId, hostId, RatingVote.Down)), MoyeoraErrorCodes.AlreadyRated, ErrorKind.Conflict);
        (await RatingOfAsync(hostId)).ShouldBe(UserConsts.InitialRating, "a refused vote moves nothing");

        using (DatabaseFixture.ActAs(a))
        {
            var sheet = await Ratings.GetSheetAsync(meetupId);
            sheet.IsOpen.ShouldBeTrue();
            sheet.People.Select(p => p.User.Id).ShouldBe([hostId, b], ignoreOrder: true);
            sheet.People.Single(p => p.User.Id == hostId).MyVote.ShouldBe(RatingVote.Up);
            sheet.People.Single(p => p.User.Id == b).MyVote.ShouldBeNull();
        }

        var received = await Db.WithDbAsync(d => d.Set<Notification>().Where(n => n.UserId == hostId && n.Kind == NotificationKind.RatingReceived).ToListAsync());
        received.Count.ShouldBe(2);
        received.ShouldAllBe(n => n.ActorId == null && n.MeetupId == meetupId);

        // 30 days after its end the meetup is erased with its votes; the trust they moved stays.
        Db.Clock.Advance(TimeSpan.FromDays(31));
        await Db.Services.GetRequiredService<MaintenanceJobRunner>().RunAsync(JobNames.EraseEndedMeetups);
        (await Db.WithDbAsync(d => d.Set<PeerRating>().CountAsync(r => r.MeetupId == meetupId))).ShouldBe(0);
        (await RatingOfAsync(a)).ShouldBe(UserConsts.InitialRating - 1);
    }

    [Fact]
    public async Task Nobody_Rates_Themselves_Strangers_Or_Outside_The_Window()
    {
        var (meetupId, hostId, members) = await ConfirmedMeetupAsync(members: 1);
        var outsider = await NewUserAsync();
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => RateAsync(hostId, meetupId, hostId)), MoyeoraErrorCodes.CannotRateSelf, ErrorKind.Invalid);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => RateAsync(hostId, meetupId, outsider)), MoyeoraErrorCodes.NotMetInMeetup, ErrorKind.Invalid);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => RateAsync(outsider, meetupId, hostId)), MoyeoraErrorCodes.MeetupNotFound, ErrorKind.NotFound);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => RateAsync(hostId, meetupId, members[0], vote: null)), MoyeoraErrorCodes.InvalidRating, ErrorKind.Invalid);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => RateAsync(hostId, Guid.NewGuid(), members[0])), MoyeoraErrorCodes.MeetupNotFound, ErrorKind.NotFound);
        using (DatabaseFixture.ActAs(outsider))
        {
            ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Ratings.GetSheetAsync(meetupId)), MoyeoraErrorCodes.MeetupNotFound, ErrorKind.NotFound);
        }

        Db.Clock.Advance(RatingConsts.Window);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => RateAsync(hostId, meetupId, members[0])), MoyeoraErrorCodes.RatingWindowClosed, ErrorKind.Conflict);
        using (DatabaseFixture.ActAs(hostId))
        {
            (await Ratings.GetSheetAsync(meetupId)).IsOpen.ShouldBeFalse();
        }
    }

    [Fact]
    public async Task Only_A_Confirmed_Meetup_That_Ended_Opens_Votes()
    {
        var (confirmed, hostId, members) = await ConfirmedMeetupAsync(members: 1, end: false);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => RateAsync(hostId, confirmed, members[0])), MoyeoraErrorCodes.RatingNotOpen, ErrorKind.Conflict);

        var (unconfirmed, otherHost) = await HostMeetupAsync(NewMeetupInput(startsIn: TimeSpan.FromHours(1)));
        var joiner = await NewUserAsync();
        using (DatabaseFixture.ActAs(joiner))
        {
            await Meetups.JoinAsync(unconfirmed.Id);
        }

        await EndAllDueAsync(TimeSpan.FromHours(4));
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => RateAsync(otherHost, unconfirmed.Id, joiner)), MoyeoraErrorCodes.RatingNotOpen, ErrorKind.Conflict);
        using (DatabaseFixture.ActAs(otherHost))
        {
            var sheet = await Ratings.GetSheetAsync(unconfirmed.Id);
            sheet.IsOpen.ShouldBeFalse();
            sheet.ClosesAt.ShouldBeNull();
        }

        (await RateAsync(hostId, confirmed, members[0])).MyVote.ShouldBe(RatingVote.Up, "the confirmed one has ended too by now");
    }

    [Fact]
    public async Task Trust_Stays_Within_Zero_And_One_Hundred_And_Blocks_Or_Deletion_Stop_Votes()
    {
        var (meetupId, hostId, members) = await ConfirmedMeetupAsync(members: 3);
        await Db.WithDbAsync(d => d.Users.Where(u => u.Id == members[0]).ExecuteUpdateAsync(s => s.SetProperty(u => u.Rating, UserConsts.MaxRating)));
        await Db.WithDbAsync(d => d.Users.Where(u => u.Id == members[1]).ExecuteUpdateAsync(s => s.SetProperty(u => u.Rating, UserConsts.MinRating)));
        await RateAsync(hostId, meetupId, members[0], RatingVote.Up);
        await RateAsync(hostId, meetupId, members[1], RatingVote.Down);
        (await RatingOfAsync(members[0])).ShouldBe(UserConsts.MaxRating);
        (await RatingOfAsync(members[1])).ShouldBe(UserConsts.MinRating);

        using (DatabaseFixture.ActAs(members[2]))
        {
            await Db.Service<IBlockAppService>().BlockAsync(hostId);
            (await Ratings.GetSheetAsync(meetupId)).People.Select(p => p.User.Id).ShouldNotContain(hostId);
        }

        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => RateAsync(hostId, meetupId, members[2])), MoyeoraErrorCodes.UserNotFound, ErrorKind.NotFound);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => RateAsync(members[2], meetupId, hostId)), MoyeoraErrorCodes.UserNotFound, ErrorKind.NotFound);

        await Db.WithDbAsync(d => d.Users.Where(u => u.Id == members[1]).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeactivationTime, Db.Clock.GetUtcNow().UtcDateTime)));
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => RateAsync(members[0], meetupId, members[1])), MoyeoraErrorCodes.UserNotFound, ErrorKind.NotFound);
    }

    [Fact]
    public async Task Simultaneous_Votes_Are_All_Counted()
    {
        var (meetupId, hostId, members) = await ConfirmedMeetupAsync(members: 8);
        var results = await Task.WhenAll(members.Select(m => Task.Run(async () =>
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    await RateAsync(m, meetupId, hostId, RatingVote.Up);
                    return "rated";
                }
                catch (BusinessException ex) when (ex.Code == MoyeoraErrorCodes.ConcurrencyConflict && attempt < 5)
                {
                    // A busy database answers "try again"; the client does, as a real one would.
                }
            }
        })));
        results.ShouldAllBe(r => r == "rated");
        (await RatingOfAsync(hostId)).ShouldBe(UserConsts.InitialRating + 8);
        (await Db.WithDbAsync(d => d.Set<PeerRating>().CountAsync(r => r.RateeId == hostId))).ShouldBe(8);
    }
}

public sealed class RatingAppService_Sqlite_Tests(SqliteFixture db) : RatingAppService_Tests(db), IClassFixture<SqliteFixture>;

public sealed class RatingAppService_PostgreSql_Tests(PostgreSqlFixture db) : RatingAppService_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class RatingAppService_MariaDb_Tests(MariaDbFixture db) : RatingAppService_Tests(db), IClassFixture<MariaDbFixture>;
