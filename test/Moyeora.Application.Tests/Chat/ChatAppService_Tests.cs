using Moyeora.Chat;
using Moyeora.Dtos;
using Moyeora.Meetups;

namespace Moyeora.Application.Tests.Chat;

public abstract class ChatAppService_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    [Fact]
    public async Task Members_Talk_And_Read_Newest_First_With_A_Cursor()
    {
        var (meetup, hostId) = await HostMeetupAsync();
        var member = await NewUserAsync();
        using (DatabaseFixture.ActAs(member))
        {
            await Meetups.JoinAsync(meetup.Id);
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            for (var i = 1; i <= 5; i++)
            {
                (await Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = $"메시지 {i}" })).SenderId.ShouldBe(hostId);
            }
        }

        using var _ = DatabaseFixture.ActAs(member);
        var first = await Chat.GetMessagesAsync(meetup.Id, new GetChatMessagesDto { MaxResultCount = 3 });
        first.Items.Select(m => m.Text).ShouldBe(["메시지 5", "메시지 4", "메시지 3"]);
        first.NextBeforeId.ShouldNotBeNull();
        var second = await Chat.GetMessagesAsync(meetup.Id, new GetChatMessagesDto { MaxResultCount = 3, BeforeId = first.NextBeforeId });
        second.Items.Select(m => m.Text).ShouldBe(["메시지 2", "메시지 1", second.Items[2].Text]);
        second.Items[2].Kind.ShouldBe(ChatMessageKind.MemberJoined);
        second.NextBeforeId.ShouldBeNull(); // nothing older that this member may see
        var beyond = await Chat.GetMessagesAsync(meetup.Id, new GetChatMessagesDto { MaxResultCount = 3, BeforeId = second.Items[2].Id });
        beyond.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_Member_Sees_Only_What_Was_Sent_Since_Joining()
    {
        var (meetup, hostId) = await HostMeetupAsync();
        using (DatabaseFixture.ActAs(hostId))
        {
            await Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "아무도 없나요" });
        }

        Db.Clock.Advance(TimeSpan.FromSeconds(1));
        var late = await NewUserAsync();
        using var _ = DatabaseFixture.ActAs(late);
        await Meetups.JoinAsync(meetup.Id);
        var history = await Chat.GetMessagesAsync(meetup.Id, new GetChatMessagesDto());
        history.Items.ShouldHaveSingleItem().Kind.ShouldBe(ChatMessageKind.MemberJoined);
        history.Items[0].SubjectUserId.ShouldBe(late);
    }

    [Fact]
    public async Task Non_Members_And_Departed_Members_Have_No_Access()
    {
        var (meetup, _) = await HostMeetupAsync();
        var stranger = await NewUserAsync();
        var departed = await NewUserAsync();
        using (DatabaseFixture.ActAs(stranger))
        {
            (await Should.ThrowAsync<BusinessException>(() => Chat.GetMessagesAsync(meetup.Id, new GetChatMessagesDto()))).Code.ShouldBe(MoyeoraErrorCodes.NotMeetupMember);
            (await Should.ThrowAsync<BusinessException>(() => Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "끼워줘" }))).Kind.ShouldBe(ErrorKind.Forbidden);
            (await Should.ThrowAsync<BusinessException>(() => Chat.GetUnreadCountAsync(meetup.Id))).Kind.ShouldBe(ErrorKind.Forbidden);
            (await Should.ThrowAsync<BusinessException>(() => Chat.GetMessagesAsync(Guid.NewGuid(), new GetChatMessagesDto()))).Kind.ShouldBe(ErrorKind.NotFound);
        }

        using (DatabaseFixture.ActAs(departed))
        {
            await Meetups.JoinAsync(meetup.Id);
            await Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "곧 나갈게요" });
            await Meetups.LeaveAsync(meetup.Id);
            (await Should.ThrowAsync<BusinessException>(() => Chat.GetMessagesAsync(meetup.Id, new GetChatMessagesDto()))).Code.ShouldBe(MoyeoraErrorCodes.NotMeetupMember);
        }

        (await Should.ThrowAsync<BusinessException>(() => Chat.GetMessagesAsync(meetup.Id, new GetChatMessagesDto()))).Kind.ShouldBe(ErrorKind.Unauthenticated);
    }

    [Fact]
    public async Task Messages_Are_1_To_1000_Characters()
    {
        var (meetup, hostId) = await HostMeetupAsync();
        using var _ = DatabaseFixture.ActAs(hostId);
        (await Should.ThrowAsync<BusinessException>(() => Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "   " }))).Code.ShouldBe(MoyeoraErrorCodes.InvalidChatMessage);
        (await Should.ThrowAsync<BusinessException>(() => Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = new string('가', 1001) }))).Code.ShouldBe(MoyeoraErrorCodes.InvalidChatMessage);
        (await Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = new string('가', 1000) })).Text.Length.ShouldBe(1000);
        (await Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "<script>alert(1)</script>" })).Text.ShouldBe("<script>alert(1)</script>");
    }

    [Fact]
    public async Task Unread_Counts_Follow_The_Read_Marker()
    {
        var (meetup, hostId) = await HostMeetupAsync();
        var member = await NewUserAsync();
        using (DatabaseFixture.ActAs(member))
        {
            await Meetups.JoinAsync(meetup.Id);
            (await Chat.GetUnreadCountAsync(meetup.Id)).UnreadCount.ShouldBe(1); // their own join notice
        }

        ChatMessageDto last = null!;
        using (DatabaseFixture.ActAs(hostId))
        {
            for (var i = 0; i < 3; i++)
            {
                last = await Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = $"공지 {i}" });
            }
        }

        using (DatabaseFixture.ActAs(member))
        {
            (await Chat.GetUnreadCountAsync(meetup.Id)).UnreadCount.ShouldBe(4);
            (await Meetups.GetMineAsync(new PagedRequestDto())).Items.Single(m => m.Id == meetup.Id).UnreadMessageCount.ShouldBe(4);
            var read = await Chat.MarkReadAsync(meetup.Id, new MarkChatReadDto { LastReadMessageId = last.Id });
            read.UnreadCount.ShouldBe(0);
            await Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "내 메시지는 안 읽음에 안 셈" });
            (await Chat.GetUnreadCountAsync(meetup.Id)).UnreadCount.ShouldBe(0);
            (await Should.ThrowAsync<BusinessException>(() => Chat.MarkReadAsync(meetup.Id, new MarkChatReadDto { LastReadMessageId = last.Id + 1000 })))
                .Code.ShouldBe(MoyeoraErrorCodes.InvalidCursor);
            // Markers never move back.
            (await Chat.MarkReadAsync(meetup.Id, new MarkChatReadDto { LastReadMessageId = 1 })).LastReadMessageId.ShouldBe(last.Id);
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            (await Chat.GetUnreadCountAsync(meetup.Id)).UnreadCount.ShouldBe(2); // the join notice and the member's message
        }
    }

    [Fact]
    public async Task System_Messages_Announce_Joins_Departures_Kicks_Notices_And_Confirmation()
    {
        var (meetup, hostId) = await HostMeetupAsync();
        var leaver = await NewUserAsync();
        var kicked = await NewUserAsync();
        var stayer = await NewUserAsync();
        foreach (var user in new[] { leaver, kicked, stayer })
        {
            using var _ = DatabaseFixture.ActAs(user);
            await Meetups.JoinAsync(meetup.Id);
        }

        using (DatabaseFixture.ActAs(leaver))
        {
            await Meetups.LeaveAsync(meetup.Id);
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            await Meetups.KickAsync(meetup.Id, kicked);
            await Meetups.PostNoticeAsync(meetup.Id, new PostMeetupNoticeDto { Title = "준비물", Body = "물" });
        }

        using (DatabaseFixture.ActAs(stayer))
        {
            await Meetups.ConfirmAsync(meetup.Id);
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            await Meetups.ConfirmAsync(meetup.Id);
            var kinds = (await Chat.GetMessagesAsync(meetup.Id, new GetChatMessagesDto())).Items.Select(m => m.Kind).Reverse().ToList();
            kinds.ShouldBe([
                ChatMessageKind.MemberJoined, ChatMessageKind.MemberJoined, ChatMessageKind.MemberJoined,
                ChatMessageKind.MemberLeft, ChatMessageKind.MemberKicked, ChatMessageKind.NoticePosted, ChatMessageKind.MeetupConfirmed,
            ]);
        }
    }

    [Fact]
    public async Task Concurrent_Senders_Are_All_Stored_Once_And_Each_Keeps_Their_Order()
    {
        var (meetup, hostId) = await HostMeetupAsync(NewMeetupInput(maxMembers: 8));
        var members = new List<Guid> { hostId };
        for (var i = 0; i < 5; i++)
        {
            var member = await NewUserAsync();
            using var _ = DatabaseFixture.ActAs(member);
            await Meetups.JoinAsync(meetup.Id);
            members.Add(member);
        }

        // Six members each send 15 messages one after another, all six at once: the writes meet in batches.
        var sent = await Task.WhenAll(members.Select((member, n) => Task.Run(async () =>
        {
            using var _ = DatabaseFixture.ActAs(member);
            var mine = new List<ChatMessageDto>();
            for (var i = 0; i < 15; i++)
            {
                mine.Add(await Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = $"{n}-{i}" }));
            }

            return mine;
        })));

        foreach (var mine in sent)
        {
            mine.Select(m => m.Id).ShouldBeInOrder(SortDirection.Ascending, "a sender's messages keep their order");
        }

        var acknowledged = sent.SelectMany(m => m).ToDictionary(m => m.Id, m => m.Text);
        acknowledged.Count.ShouldBe(90, "every message got an id of its own");
        var stored = await Db.WithDbAsync(d => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            d.ChatMessages.Where(m => m.MeetupId == meetup.Id && m.Kind == ChatMessageKind.User)));
        stored.ToDictionary(m => m.Id, m => m.Text).ShouldBe(acknowledged, ignoreOrder: true);

        // Permission checks did not move: a departed member is refused like before.
        using (DatabaseFixture.ActAs(members[1]))
        {
            await Meetups.LeaveAsync(meetup.Id);
            (await Should.ThrowAsync<BusinessException>(() => Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "안녕" }))).Code.ShouldBe(MoyeoraErrorCodes.NotMeetupMember);
        }
    }
}

public sealed class ChatAppService_Sqlite_Tests(SqliteFixture db) : ChatAppService_Tests(db), IClassFixture<SqliteFixture>;

public sealed class ChatAppService_PostgreSql_Tests(PostgreSqlFixture db) : ChatAppService_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class ChatAppService_MariaDb_Tests(MariaDbFixture db) : ChatAppService_Tests(db), IClassFixture<MariaDbFixture>;
