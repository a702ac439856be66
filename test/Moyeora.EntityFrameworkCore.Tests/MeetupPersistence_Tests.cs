using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Chat;
using Moyeora.Domain;
using Moyeora.Meetups;
using MySql.EntityFrameworkCore.Extensions;

namespace Moyeora.EntityFrameworkCore.Tests;

public abstract class MeetupPersistence_Tests(DatabaseFixture db)
{
    private DateTime Now => db.Clock.GetUtcNow().UtcDateTime;

    private MeetupDetails Details(int capacity = 3, double lat = 37.5, double lng = 127.0) => new(
        "한강 러닝", "설명", null, capacity, Now.AddDays(1), Now.AddDays(1).AddHours(2), false, "여의도", lat, lng, "물", ["러닝", "Run"]);

    /// <summary>MySQL reads "..." as a string: its identifiers take back-ticks.</summary>
    private static string Quoted(MoyeoraDbContext d, string sql) => d.Database.IsMySql() ? sql.Replace('"', '`') : sql;

    private async Task<Meetup> InsertAsync(Action<Meetup>? change = null, MeetupDetails? details = null)
    {
        var meetup = new Meetup(Guid.NewGuid(), TestData.AliceId, details ?? Details(), Now);
        change?.Invoke(meetup);
        await using var scope = db.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMeetupRepository>().InsertAsync(meetup);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return meetup;
    }

    [Fact]
    public async Task Should_Round_Trip_The_Aggregate_With_Its_Parts()
    {
        var meetup = await InsertAsync(m =>
        {
            m.Join(TestData.BobId, Now);
            m.Invite(TestData.AliceId, Guid.NewGuid(), Now);
        });
        var loaded = await db.WithDbAsync(d => d.Meetups.SingleAsync(m => m.Id == meetup.Id));
        loaded.Tags.ShouldBe(["러닝", "Run"]);
        loaded.Participants.Select(p => p.UserId).ShouldBe([TestData.AliceId, TestData.BobId], ignoreOrder: true);
        loaded.Invitations.ShouldHaveSingleItem().Status.ShouldBe(InvitationStatus.Pending);
        loaded.MemberCount.ShouldBe(2);
        loaded.StartTime.Kind.ShouldBe(DateTimeKind.Utc);
        loaded.Latitude.ShouldBe(37.5);
        // The join wrote its system message in the same save.
        (await db.WithDbAsync(d => d.ChatMessages.CountAsync(c => c.MeetupId == meetup.Id && c.Kind == ChatMessageKind.MemberJoined))).ShouldBe(1);
    }

    [Fact]
    public async Task Find_Reuses_The_Meetup_This_Unit_Of_Work_Locked_And_Lock_Reads_Afresh()
    {
        var meetup = await InsertAsync();
        await using var scope = db.Services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IMeetupRepository>();
        using var commands = new DatabaseCommandCounter(db.Services);
        var locked = (await repository.FindForUpdateAsync(meetup.Id)).ShouldNotBeNull();
        commands.Take().ShouldBeGreaterThan(0);

        // An event handler reading the meetup the operation changes gets that instance, with no query.
        locked.Join(TestData.BobId, Now);
        (await repository.FindAsync(meetup.Id)).ShouldBeSameAs(locked);
        commands.Take().ShouldBe(0);

        // Saved without EF's savepoint, in the lock's one transaction: the join is there, once.
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        var stored = await db.WithDbAsync(d => d.Meetups.SingleAsync(m => m.Id == meetup.Id));
        stored.MemberCount.ShouldBe(2);
        stored.Participants.Count.ShouldBe(2);

        // A meetup not tracked here is read from the database, as before.
        var other = await InsertAsync();
        (await repository.FindAsync(other.Id)).ShouldNotBeNull().Id.ShouldBe(other.Id);
        commands.Take().ShouldBeGreaterThan(0);
        (await repository.FindAsync(Guid.NewGuid())).ShouldBeNull();
    }

    [Fact]
    public async Task Live_State_Is_The_Meetup_Row_In_One_Query()
    {
        var meetup = await InsertAsync(m => m.Join(TestData.BobId, Now), Details(capacity: 5, lat: 37.55, lng: 126.97));
        await using var scope = db.Services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IMeetupRepository>();
        using var commands = new DatabaseCommandCounter(db.Services);
        var state = (await repository.GetLiveStateAsync(meetup.Id)).ShouldNotBeNull();
        commands.Take().ShouldBe(1);
        state.ShouldBe(new MeetupLiveState(meetup.Id, TestData.AliceId, "한강 러닝", MeetupStatus.Recruiting, 2, 5, state.StartTime, 37.55, 126.97, false));
        (state.StartTime - meetup.StartTime).Duration().ShouldBeLessThan(TimeSpan.FromMilliseconds(1)); // the database's precision
        (await repository.GetLiveStateAsync(Guid.NewGuid())).ShouldBeNull();
    }

    [Fact]
    public async Task The_Database_Refuses_A_Member_Count_Above_Capacity()
    {
        var meetup = await InsertAsync(details: Details(capacity: 2));
        // Quoted in the provider's own SQL, so the statement fails on the constraint, not on its syntax.
        var overbook = async () => await db.WithDbAsync(d => d.Database.ExecuteSqlRawAsync(
            Quoted(d, "UPDATE \"Meetups\" SET \"MemberCount\" = 3 WHERE \"Id\" = {0}"), meetup.Id));
        await Should.ThrowAsync<Exception>(overbook);
        (await db.WithDbAsync(d => d.Meetups.SingleAsync(m => m.Id == meetup.Id))).MemberCount.ShouldBe(1);
        // The same statement within capacity passes: the refusal above was the constraint's.
        (await db.WithDbAsync(d => d.Database.ExecuteSqlRawAsync(
            Quoted(d, "UPDATE \"Meetups\" SET \"MemberCount\" = 2 WHERE \"Id\" = {0}"), meetup.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task The_Database_Refuses_A_Second_Membership_Of_One_User()
    {
        var meetup = await InsertAsync();
        var duplicate = async () => await db.WithDbAsync(d => d.Database.ExecuteSqlRawAsync(
            Quoted(d, "INSERT INTO \"MeetupParticipants\" (\"MeetupId\", \"UserId\", \"JoinTime\") VALUES ({0}, {1}, {2})"), meetup.Id, TestData.AliceId, Now));
        await Should.ThrowAsync<Exception>(duplicate);
    }

    [Fact]
    public async Task Deleting_A_Meetup_Removes_Everything_It_Owns()
    {
        var meetup = await InsertAsync(m => m.PostNotice(TestData.AliceId, "공지", "내용", Now));
        await using (var scope = db.Services.CreateAsyncScope())
        {
            var repository = scope.ServiceProvider.GetRequiredService<IMeetupRepository>();
            var loaded = await repository.FindAsync(meetup.Id);
            await repository.DeleteAsync(loaded!);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }

        (await db.WithDbAsync(d => d.Set<MeetupTag>().CountAsync(t => t.MeetupId == meetup.Id))).ShouldBe(0);
        (await db.WithDbAsync(d => d.Set<MeetupParticipant>().CountAsync(p => p.MeetupId == meetup.Id))).ShouldBe(0);
        (await db.WithDbAsync(d => d.Set<MeetupNotice>().CountAsync(n => n.MeetupId == meetup.Id))).ShouldBe(0);
        (await db.WithDbAsync(d => d.ChatMessages.CountAsync(c => c.MeetupId == meetup.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task A_Locked_Meetup_Makes_A_Second_Writer_Wait_Until_The_First_Saves()
    {
        var meetup = await InsertAsync(details: Details(capacity: 2));
        await using var first = db.Services.CreateAsyncScope();
        var firstCopy = await first.ServiceProvider.GetRequiredService<IMeetupRepository>().FindForUpdateAsync(meetup.Id);

        var secondTask = Task.Run(async () =>
        {
            await using var second = db.Services.CreateAsyncScope();
            var copy = await second.ServiceProvider.GetRequiredService<IMeetupRepository>().FindForUpdateAsync(meetup.Id);
            try
            {
                copy!.Join(Guid.NewGuid(), Now);
                await second.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
                return "joined";
            }
            catch (BusinessException ex)
            {
                second.ServiceProvider.GetRequiredService<IUnitOfWork>().DiscardChanges();
                return ex.Code;
            }
        });

        await Task.Delay(300);
        secondTask.IsCompleted.ShouldBeFalse(); // it waits on the lock
        firstCopy!.Join(TestData.BobId, Now);
        await first.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        (await secondTask).ShouldBe(MoyeoraErrorCodes.MeetupFull); // it saw the first writer's seat taken
    }

    [Fact]
    public async Task Unread_Counts_Are_Per_Member_Since_Joining()
    {
        var meetup = await InsertAsync();
        await using (var scope = db.Services.CreateAsyncScope())
        {
            var messages = scope.ServiceProvider.GetRequiredService<IChatMessageRepository>();
            await messages.InsertAsync(ChatMessage.FromMember(meetup.Id, TestData.AliceId, "하나", Now));
            await messages.InsertAsync(ChatMessage.FromMember(meetup.Id, TestData.AliceId, "둘", Now));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }

        await using var read = db.Services.CreateAsyncScope();
        var repository = read.ServiceProvider.GetRequiredService<IChatMessageRepository>();
        (await repository.CountUnreadAsync(TestData.AliceId, [meetup.Id])).GetValueOrDefault(meetup.Id).ShouldBe(0); // own messages
        (await repository.CountUnreadAsync(TestData.BobId, [meetup.Id])).ShouldBeEmpty(); // not a member
        var page = await repository.GetPageAsync(meetup.Id, DateTime.MinValue, null, 10);
        page.Select(m => m.Text).ShouldBe(["둘", "하나"]);
        page[0].Id.ShouldBeGreaterThan(page[1].Id);
    }
}

public sealed class MeetupPersistence_Sqlite_Tests(SqliteFixture db) : MeetupPersistence_Tests(db), IClassFixture<SqliteFixture>;

public sealed class MeetupPersistence_PostgreSql_Tests(PostgreSqlFixture db) : MeetupPersistence_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class MeetupPersistence_MariaDb_Tests(MariaDbFixture db) : MeetupPersistence_Tests(db), IClassFixture<MariaDbFixture>;
