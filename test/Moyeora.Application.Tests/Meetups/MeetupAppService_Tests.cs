using Microsoft.EntityFrameworkCore;
using Moyeora.Chat;
using Moyeora.Dtos;
using Moyeora.Meetups;

namespace Moyeora.Application.Tests.Meetups;

public abstract class MeetupAppService_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    [Fact]
    public async Task Should_Create_With_The_Host_As_First_Member()
    {
        var (meetup, hostId) = await HostMeetupAsync();
        meetup.MemberCount.ShouldBe(1);
        meetup.IsHost.ShouldBeTrue();
        meetup.Host.Id.ShouldBe(hostId);
        meetup.Members!.Single().User.Id.ShouldBe(hostId);
        meetup.Status.ShouldBe(MeetupStatus.Recruiting);
    }

    [Fact]
    public async Task Should_Require_Sign_In_To_Create()
    {
        var ex = await Should.ThrowAsync<BusinessException>(() => Meetups.CreateAsync(NewMeetupInput()));
        ShouldHaveCode(ex, MoyeoraErrorCodes.NotSignedIn, ErrorKind.Unauthenticated);
    }

    [Fact]
    public async Task Should_Validate_Before_Writing_Anything()
    {
        var hostId = await NewUserAsync();
        var before = await Db.WithDbAsync(d => d.Meetups.CountAsync());
        using var _ = DatabaseFixture.ActAs(hostId);
        var input = NewMeetupInput(maxMembers: 256);
        input.StartTime = In(TimeSpan.FromDays(-1));
        input.EndTime = In(TimeSpan.FromDays(-2));
        input.Tags = Enumerable.Range(0, 11).Select(i => $"태그{i}").ToList();
        var ex = await Should.ThrowAsync<BusinessException>(() => Meetups.CreateAsync(input));
        ex.Code.ShouldBe(MoyeoraErrorCodes.ValidationFailed);
        ex.FieldErrors.Keys.ShouldBe(["maxMembers", "startTime", "endTime", "tags"], ignoreOrder: true);
        (await Db.WithDbAsync(d => d.Meetups.CountAsync())).ShouldBe(before);

        var eightDays = NewMeetupInput(startsIn: TimeSpan.FromDays(8));
        (await Should.ThrowAsync<BusinessException>(() => Meetups.CreateAsync(eightDays))).Code.ShouldBe(MoyeoraErrorCodes.InvalidMeetupTime);
        var online = NewMeetupInput();
        online.IsOnline = true;
        (await Should.ThrowAsync<BusinessException>(() => Meetups.CreateAsync(online))).Code.ShouldBe(MoyeoraErrorCodes.InvalidMeetupLocation);
        (await Db.WithDbAsync(d => d.Meetups.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Only_The_Host_Edits_Kicks_Invites_And_Posts_Notices()
    {
        var (meetup, _) = await HostMeetupAsync();
        var member = await NewUserAsync();
        var other = await NewUserAsync();
        using (DatabaseFixture.ActAs(member))
        {
            await Meetups.JoinAsync(meetup.Id);
            (await Should.ThrowAsync<BusinessException>(() => Meetups.UpdateAsync(meetup.Id, ToUpdate(NewMeetupInput())))).Code.ShouldBe(MoyeoraErrorCodes.NotMeetupHost);
            (await Should.ThrowAsync<BusinessException>(() => Meetups.KickAsync(meetup.Id, meetup.Host.Id))).Code.ShouldBe(MoyeoraErrorCodes.NotMeetupHost);
            (await Should.ThrowAsync<BusinessException>(() => Meetups.InviteAsync(meetup.Id, new InviteToMeetupDto { UserId = other }))).Kind.ShouldBe(ErrorKind.Forbidden);
            (await Should.ThrowAsync<BusinessException>(() => Meetups.PostNoticeAsync(meetup.Id, new PostMeetupNoticeDto { Title = "t", Body = "b" }))).Kind.ShouldBe(ErrorKind.Forbidden);
            (await Should.ThrowAsync<BusinessException>(() => Meetups.CancelAsync(meetup.Id, new CancelMeetupDto()))).Kind.ShouldBe(ErrorKind.Forbidden);
            (await Should.ThrowAsync<BusinessException>(() => Meetups.DeleteAsync(meetup.Id))).Kind.ShouldBe(ErrorKind.Forbidden);
        }
    }

    [Fact]
    public async Task Should_Edit_As_Host_But_Not_Below_The_Member_Count()
    {
        var (meetup, hostId) = await HostMeetupAsync(NewMeetupInput(maxMembers: 4));
        foreach (var user in new[] { await NewUserAsync(), await NewUserAsync() })
        {
            using var _ = DatabaseFixture.ActAs(user);
            await Meetups.JoinAsync(meetup.Id);
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            (await Should.ThrowAsync<BusinessException>(() => Meetups.UpdateAsync(meetup.Id, ToUpdate(NewMeetupInput(maxMembers: 2)))))
                .Code.ShouldBe(MoyeoraErrorCodes.CapacityBelowMemberCount);
            var edited = await Meetups.UpdateAsync(meetup.Id, ToUpdate(NewMeetupInput(maxMembers: 3, title: "저녁 러닝", tags: ["저녁", "러닝"])));
            edited.Title.ShouldBe("저녁 러닝");
            edited.IsFull.ShouldBeTrue();
            edited.Tags.ShouldBe(["저녁", "러닝"]);
        }
    }

    [Fact]
    public async Task Join_Leave_And_Full()
    {
        var (meetup, _) = await HostMeetupAsync(NewMeetupInput(maxMembers: 2));
        var first = await NewUserAsync();
        var second = await NewUserAsync();
        using (DatabaseFixture.ActAs(first))
        {
            var joined = await Meetups.JoinAsync(meetup.Id);
            joined.IsMember.ShouldBeTrue();
            joined.IsFull.ShouldBeTrue();
            (await Should.ThrowAsync<BusinessException>(() => Meetups.JoinAsync(meetup.Id))).Code.ShouldBe(MoyeoraErrorCodes.AlreadyMember);
        }

        using (DatabaseFixture.ActAs(second))
        {
            var full = await Should.ThrowAsync<BusinessException>(() => Meetups.JoinAsync(meetup.Id));
            ShouldHaveCode(full, MoyeoraErrorCodes.MeetupFull, ErrorKind.Conflict);
            (await Should.ThrowAsync<BusinessException>(() => Meetups.LeaveAsync(meetup.Id))).Code.ShouldBe(MoyeoraErrorCodes.NotMeetupMember);
        }

        using (DatabaseFixture.ActAs(first))
        {
            await Meetups.LeaveAsync(meetup.Id);
        }

        using (DatabaseFixture.ActAs(second))
        {
            (await Meetups.JoinAsync(meetup.Id)).MemberCount.ShouldBe(2);
        }
    }

    [Fact]
    public async Task Join_And_Leave_Stay_Within_Their_Database_Command_Budget()
    {
        // The busiest write of the product (issue 17): lock, load, save once and tell everyone, with nothing read twice.
        var (meetup, hostId) = await HostMeetupAsync(NewMeetupInput(maxMembers: 4));
        var member = await NewUserAsync();
        using (DatabaseFixture.ActAs(member))
        {
            await Meetups.JoinAsync(meetup.Id); // warm: the caller's block set is cached from here on
            await Meetups.LeaveAsync(meetup.Id);
            using var commands = new DatabaseCommandCounter(Db.Services);
            var joined = await Meetups.JoinAsync(meetup.Id);
            var joinCommands = commands.Take();
            await Meetups.LeaveAsync(meetup.Id);
            var leaveCommands = commands.Take();

            joined.IsMember.ShouldBeTrue();
            joined.MemberCount.ShouldBe(2);
            joined.Members!.Select(m => m.User.Id).ShouldBe([hostId, member], ignoreOrder: true);
            // Join: user, blocks, lock, aggregate (5 split queries), the system message's nickname, one save, commit,
            // the live map's row, and the answer's people and notice: at most 14 (25 before the meetup was read once).
            // Join: user, blocks, lock, aggregate (5 split queries), the system message's nickname, one save, the live map's
            // row, the answer's people and notice: 13 commands on PostgreSQL and MariaDB, 15 on SQLite (its write lock);
            // about 25 before the meetup was read once per request (the notification handler and the live map reloaded it).
            joinCommands.ShouldBeLessThanOrEqualTo(15);
            // Leave: lock, aggregate, nickname, save, live row, and no answer to build: 9 (11 on SQLite).
            leaveCommands.ShouldBeLessThanOrEqualTo(11);
        }

        // Everything a join and a leave cause is still there: both system messages and both notifications of the host.
        var kinds = await Db.WithDbAsync(d => d.ChatMessages.Where(c => c.MeetupId == meetup.Id).Select(c => c.Kind).ToListAsync());
        kinds.Count(k => k == ChatMessageKind.MemberJoined).ShouldBe(2);
        kinds.Count(k => k == ChatMessageKind.MemberLeft).ShouldBe(2);
        var notified = await Db.WithDbAsync(d => d.Set<Moyeora.Notifications.Notification>()
            .Where(n => n.UserId == hostId && n.MeetupId == meetup.Id).Select(n => n.Kind).ToListAsync());
        notified.Count(k => k == Moyeora.Notifications.NotificationKind.MemberJoined).ShouldBe(2);
        notified.Count(k => k == Moyeora.Notifications.NotificationKind.MemberLeft).ShouldBe(2);
        (await Db.WithDbAsync(d => d.Meetups.SingleAsync(m => m.Id == meetup.Id))).MemberCount.ShouldBe(1);
    }

    [Fact]
    public async Task Kicked_Members_Lose_Chat_And_Rejoin_Only_By_Invitation()
    {
        var (meetup, hostId) = await HostMeetupAsync();
        var member = await NewUserAsync();
        using (DatabaseFixture.ActAs(member))
        {
            await Meetups.JoinAsync(meetup.Id);
            await Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "안녕하세요" });
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            await Meetups.KickAsync(meetup.Id, member);
        }

        using (DatabaseFixture.ActAs(member))
        {
            (await Should.ThrowAsync<BusinessException>(() => Chat.GetMessagesAsync(meetup.Id, new GetChatMessagesDto()))).Code.ShouldBe(MoyeoraErrorCodes.NotMeetupMember);
            (await Should.ThrowAsync<BusinessException>(() => Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "다시" }))).Kind.ShouldBe(ErrorKind.Forbidden);
            (await Should.ThrowAsync<BusinessException>(() => Meetups.JoinAsync(meetup.Id))).Code.ShouldBe(MoyeoraErrorCodes.KickedFromMeetup);
        }

        MeetupInvitationDto invitation;
        using (DatabaseFixture.ActAs(hostId))
        {
            invitation = await Meetups.InviteAsync(meetup.Id, new InviteToMeetupDto { UserId = member });
        }

        using (DatabaseFixture.ActAs(member))
        {
            (await Meetups.AcceptInvitationAsync(invitation.Id)).IsMember.ShouldBeTrue();
        }
    }

    [Fact]
    public async Task Confirmation_Freezes_The_Meetup_And_Hides_It_From_Public_Lists()
    {
        var (meetup, hostId) = await HostMeetupAsync();
        var member = await NewUserAsync();
        var stranger = await NewUserAsync();
        using (DatabaseFixture.ActAs(member))
        {
            await Meetups.JoinAsync(meetup.Id);
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            (await Should.ThrowAsync<BusinessException>(() => Meetups.ConfirmAsync(meetup.Id))).Code.ShouldBe(MoyeoraErrorCodes.HostMustConfirmLast);
        }

        using (DatabaseFixture.ActAs(member))
        {
            (await Meetups.ConfirmAsync(meetup.Id)).HasConfirmed.ShouldBeTrue();
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            (await Meetups.ConfirmAsync(meetup.Id)).Status.ShouldBe(MeetupStatus.Confirmed);
            var mine = await Meetups.GetMineAsync(new PagedRequestDto { MaxResultCount = 100 });
            mine.Items.Single(m => m.Id == meetup.Id).HasConfirmed.ShouldBeTrue();
        }

        using (DatabaseFixture.ActAs(stranger))
        {
            (await Should.ThrowAsync<BusinessException>(() => Meetups.GetAsync(meetup.Id))).Kind.ShouldBe(ErrorKind.NotFound);
            (await Should.ThrowAsync<BusinessException>(() => Meetups.JoinAsync(meetup.Id))).Kind.ShouldBe(ErrorKind.NotFound);
        }

        (await AllRecruitingAsync()).ShouldNotContain(m => m.Id == meetup.Id);
        using (DatabaseFixture.ActAs(member))
        {
            (await Should.ThrowAsync<BusinessException>(() => Meetups.LeaveAsync(meetup.Id))).Code.ShouldBe(MoyeoraErrorCodes.MeetupConfirmed);
        }
    }

    [Fact]
    public async Task Delete_While_Alone_Cancel_With_Members()
    {
        var (alone, hostId) = await HostMeetupAsync();
        using (DatabaseFixture.ActAs(hostId))
        {
            await Meetups.DeleteAsync(alone.Id);
            (await Should.ThrowAsync<BusinessException>(() => Meetups.GetAsync(alone.Id))).Code.ShouldBe(MoyeoraErrorCodes.MeetupNotFound);
        }

        var (withMembers, host2) = await HostMeetupAsync();
        var member = await NewUserAsync();
        using (DatabaseFixture.ActAs(member))
        {
            await Meetups.JoinAsync(withMembers.Id);
        }

        using (DatabaseFixture.ActAs(host2))
        {
            (await Should.ThrowAsync<BusinessException>(() => Meetups.DeleteAsync(withMembers.Id))).Code.ShouldBe(MoyeoraErrorCodes.MeetupHasMembers);
            var cancelled = await Meetups.CancelAsync(withMembers.Id, new CancelMeetupDto { Reason = "우천" });
            cancelled.Status.ShouldBe(MeetupStatus.Cancelled);
            cancelled.CancelReason.ShouldBe("우천");
        }

        using (DatabaseFixture.ActAs(member))
        {
            (await Should.ThrowAsync<BusinessException>(() => Chat.SendAsync(withMembers.Id, new SendChatMessageDto { Text = "취소?" }))).Code.ShouldBe(MoyeoraErrorCodes.ChatReadOnly);
            var history = await Chat.GetMessagesAsync(withMembers.Id, new GetChatMessagesDto());
            history.Items[0].Kind.ShouldBe(ChatMessageKind.MeetupCancelled);
        }
    }

    [Fact]
    public async Task Host_Hands_Over_Then_Leaves()
    {
        var (meetup, hostId) = await HostMeetupAsync();
        var member = await NewUserAsync();
        using (DatabaseFixture.ActAs(member))
        {
            await Meetups.JoinAsync(meetup.Id);
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            (await Should.ThrowAsync<BusinessException>(() => Meetups.LeaveAsync(meetup.Id))).Code.ShouldBe(MoyeoraErrorCodes.HostCannotLeave);
            (await Meetups.HandOverAsync(meetup.Id, new HandOverMeetupDto { NewHostId = member })).Host.Id.ShouldBe(member);
            await Meetups.LeaveAsync(meetup.Id);
        }

        using (DatabaseFixture.ActAs(member))
        {
            var detail = await Meetups.GetAsync(meetup.Id);
            detail.IsHost.ShouldBeTrue();
            detail.MemberCount.ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_Deleted_Hosts_Meetups_Go_To_The_Longest_Standing_Member_Or_Are_Cancelled()
    {
        var (phone, password, host) = await SignUpAsync();
        MeetupDto shared, alone;
        using (DatabaseFixture.ActAs(host.UserId))
        {
            shared = await Meetups.CreateAsync(NewMeetupInput());
            alone = await Meetups.CreateAsync(NewMeetupInput());
        }

        var first = await NewUserAsync();
        var second = await NewUserAsync();
        foreach (var user in new[] { first, second })
        {
            Db.Clock.Advance(TimeSpan.FromSeconds(1));
            using var _ = DatabaseFixture.ActAs(user);
            await Meetups.JoinAsync(shared.Id);
        }

        using (DatabaseFixture.ActAs(host.UserId))
        {
            await Db.Service<Moyeora.Profile.IProfileAppService>().DeleteAsync(new Moyeora.Profile.DeleteAccountDto { Password = password });
        }

        using (DatabaseFixture.ActAs(first))
        {
            (await Meetups.GetAsync(shared.Id)).Host.Id.ShouldBe(first);
        }

        (await Db.WithDbAsync(d => d.Meetups.SingleAsync(m => m.Id == alone.Id))).Status.ShouldBe(MeetupStatus.Cancelled);
    }

    [Fact]
    public async Task A_Member_Who_Deletes_Their_Account_Leaves_Every_Recruiting_Meetup_At_Once()
    {
        var (phone, password, member) = await SignUpAsync();
        var (lat, lng) = (35.0 + Random.Shared.NextDouble(), 128.0 + Random.Shared.NextDouble()); // a spot of its own
        var (full, hostId) = await HostMeetupAsync(NewMeetupInput(maxMembers: 2, title: "꽉 찬 모임", lat: lat, lng: lng));
        var nearby = new GetNearbyMeetupsDto { Latitude = lat, Longitude = lng, RadiusMeters = 100 };
        var others = new List<MeetupDto>();
        for (var i = 0; i < 6; i++)
        {
            others.Add((await HostMeetupAsync(NewMeetupInput(maxMembers: 3))).Meetup);
        }

        var (confirmed, confirmedHost) = await HostMeetupAsync();
        using (DatabaseFixture.ActAs(member.UserId))
        {
            await Meetups.JoinAsync(full.Id);
            foreach (var meetup in others.Append(confirmed))
            {
                await Meetups.JoinAsync(meetup.Id);
            }

            await Meetups.ConfirmAsync(confirmed.Id);
        }

        using (DatabaseFixture.ActAs(confirmedHost))
        {
            await Meetups.ConfirmAsync(confirmed.Id);
        }

        var latecomer = await NewUserAsync();
        using (DatabaseFixture.ActAs(latecomer))
        {
            (await Should.ThrowAsync<BusinessException>(() => Meetups.JoinAsync(full.Id))).Code.ShouldBe(MoyeoraErrorCodes.MeetupFull);
            (await Meetups.GetNearbyAsync(nearby)).Items.Single(m => m.Id == full.Id).MemberCount.ShouldBe(2);
        }

        using (DatabaseFixture.ActAs(member.UserId))
        {
            await Db.Service<Moyeora.Profile.IProfileAppService>().DeleteAsync(new Moyeora.Profile.DeleteAccountDto { Password = password });
        }

        var counts = await Db.WithDbAsync(d => d.Meetups.Where(m => others.Select(o => o.Id).Contains(m.Id)).Select(m => m.MemberCount).ToListAsync());
        counts.ShouldAllBe(c => c == 1);
        using (DatabaseFixture.ActAs(latecomer))
        {
            // The in-memory recruiting catalog shows the freed seat, and the seat can be taken at once.
            (await Meetups.GetNearbyAsync(nearby)).Items.Single(m => m.Id == full.Id).MemberCount.ShouldBe(1);
            (await Meetups.GetAsync(full.Id)).MemberCount.ShouldBe(1);
            (await Meetups.JoinAsync(full.Id)).MemberCount.ShouldBe(2);
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            var room = await Chat.GetMessagesAsync(full.Id, new GetChatMessagesDto { MaxResultCount = 50 });
            room.Items.ShouldContain(m => m.Kind == ChatMessageKind.MemberLeft && m.SubjectUserId == member.UserId);
            var told = await Db.Service<Moyeora.Notifications.INotificationAppService>().GetListAsync(new PagedRequestDto { MaxResultCount = 50 });
            told.Items.ShouldContain(n => n.Kind == Moyeora.Notifications.NotificationKind.MemberLeft && n.MeetupId == full.Id && n.ActorId == member.UserId);
        }

        using (DatabaseFixture.ActAs(confirmedHost))
        {
            (await Meetups.GetAsync(confirmed.Id)).Members!.ShouldContain(m => m.User.Id == member.UserId, "a confirmed meetup is frozen");
        }

        (await Account.LoginAsync(new Moyeora.Account.LoginDto { PhoneNumber = phone, Password = password })).Restored.ShouldBeTrue();
        using (DatabaseFixture.ActAs(member.UserId))
        {
            var mine = await Meetups.GetMineAsync(new PagedRequestDto { MaxResultCount = 100 });
            mine.Items.Select(m => m.Id).ShouldBe([confirmed.Id], "restoring the account rejoins nothing");
        }
    }

    [Fact]
    public async Task Invitations_Are_Private_To_Their_Invitee()
    {
        var (meetup, hostId) = await HostMeetupAsync();
        var invitee = await NewUserAsync();
        var snoop = await NewUserAsync();
        MeetupInvitationDto invitation;
        using (DatabaseFixture.ActAs(hostId))
        {
            (await Should.ThrowAsync<BusinessException>(() => Meetups.InviteAsync(meetup.Id, new InviteToMeetupDto { UserId = hostId }))).Code.ShouldBe(MoyeoraErrorCodes.CannotInviteSelf);
            (await Should.ThrowAsync<BusinessException>(() => Meetups.InviteAsync(meetup.Id, new InviteToMeetupDto { UserId = Guid.NewGuid() }))).Code.ShouldBe(MoyeoraErrorCodes.UserNotFound);
            invitation = await Meetups.InviteAsync(meetup.Id, new InviteToMeetupDto { UserId = invitee });
            (await Should.ThrowAsync<BusinessException>(() => Meetups.InviteAsync(meetup.Id, new InviteToMeetupDto { UserId = invitee }))).Code.ShouldBe(MoyeoraErrorCodes.AlreadyInvited);
        }

        using (DatabaseFixture.ActAs(snoop))
        {
            (await Meetups.GetInvitationsAsync(new PagedRequestDto())).Items.ShouldNotContain(i => i.Id == invitation.Id);
            (await Should.ThrowAsync<BusinessException>(() => Meetups.AcceptInvitationAsync(invitation.Id))).Code.ShouldBe(MoyeoraErrorCodes.InvitationNotFound);
            (await Should.ThrowAsync<BusinessException>(() => Meetups.DeclineInvitationAsync(invitation.Id))).Code.ShouldBe(MoyeoraErrorCodes.InvitationNotFound);
        }

        using (DatabaseFixture.ActAs(invitee))
        {
            var received = (await Meetups.GetInvitationsAsync(new PagedRequestDto())).Items.Single(i => i.Id == invitation.Id);
            received.Inviter.Id.ShouldBe(hostId);
            received.Meetup.Id.ShouldBe(meetup.Id);
            await Meetups.DeclineInvitationAsync(invitation.Id);
            (await Meetups.GetInvitationsAsync(new PagedRequestDto())).Items.ShouldNotContain(i => i.Id == invitation.Id);
            (await Should.ThrowAsync<BusinessException>(() => Meetups.AcceptInvitationAsync(invitation.Id))).Code.ShouldBe(MoyeoraErrorCodes.InvitationNotPending);
        }
    }

    [Fact]
    public async Task Notices_Are_For_Members_And_The_Newest_Is_Pinned()
    {
        var (meetup, hostId) = await HostMeetupAsync();
        var member = await NewUserAsync();
        var stranger = await NewUserAsync();
        using (DatabaseFixture.ActAs(member))
        {
            await Meetups.JoinAsync(meetup.Id);
        }

        using (DatabaseFixture.ActAs(hostId))
        {
            await Meetups.PostNoticeAsync(meetup.Id, new PostMeetupNoticeDto { Title = "첫 공지", Body = "반가워요" });
            Db.Clock.Advance(TimeSpan.FromSeconds(1));
            await Meetups.PostNoticeAsync(meetup.Id, new PostMeetupNoticeDto { Title = "장소 변경", Body = "2번 출구" });
        }

        using (DatabaseFixture.ActAs(member))
        {
            (await Meetups.GetAsync(meetup.Id)).PinnedNotice!.Title.ShouldBe("장소 변경");
            (await Meetups.GetNoticesAsync(meetup.Id, new PagedRequestDto())).Items.Select(n => n.Title).ShouldBe(["장소 변경", "첫 공지"]);
        }

        using (DatabaseFixture.ActAs(stranger))
        {
            var detail = await Meetups.GetAsync(meetup.Id);
            detail.PinnedNotice.ShouldBeNull();
            detail.Members.ShouldBeNull();
            (await Should.ThrowAsync<BusinessException>(() => Meetups.GetNoticesAsync(meetup.Id, new PagedRequestDto()))).Code.ShouldBe(MoyeoraErrorCodes.NotMeetupMember);
        }
    }

    [Fact]
    public async Task Recruiting_List_Is_Soonest_First_And_Pages_Stably()
    {
        var later = (await HostMeetupAsync(NewMeetupInput(startsIn: TimeSpan.FromDays(3)))).Meetup;
        var sooner = (await HostMeetupAsync(NewMeetupInput(startsIn: TimeSpan.FromHours(5)))).Meetup;
        var all = await AllRecruitingAsync();
        all.Select(m => m.Id).ShouldBeUnique();
        all.Select(m => m.StartTime).ShouldBeInOrder(SortDirection.Ascending);
        all.FindIndex(m => m.Id == sooner.Id).ShouldBeLessThan(all.FindIndex(m => m.Id == later.Id));
        all.ShouldAllBe(m => m.Status == MeetupStatus.Recruiting);
    }

    [Fact]
    public async Task Nearby_Is_Nearest_First_Within_The_Radius()
    {
        // A private spot far from other tests' meetups: 1 km steps north of (10, 10).
        var near = (await HostMeetupAsync(NewMeetupInput(lat: 10.009, lng: 10))).Meetup;
        var nearest = (await HostMeetupAsync(NewMeetupInput(lat: 10.001, lng: 10))).Meetup;
        var outside = (await HostMeetupAsync(NewMeetupInput(lat: 10.03, lng: 10))).Meetup;
        var page = await Meetups.GetNearbyAsync(new GetNearbyMeetupsDto { Latitude = 10, Longitude = 10, RadiusMeters = 2000 });
        page.Items.Select(m => m.Id).ShouldBe([nearest.Id, near.Id]);
        page.Items[0].DistanceMeters!.Value.ShouldBe(111.2, 1);
        page.Items[1].DistanceMeters!.Value.ShouldBe(1000.8, 1);
        page.TotalCount.ShouldBe(2);
        (await Meetups.GetNearbyAsync(new GetNearbyMeetupsDto { Latitude = 10, Longitude = 10, RadiusMeters = 5000 })).Items.ShouldContain(m => m.Id == outside.Id);
        (await Should.ThrowAsync<BusinessException>(() => Meetups.GetNearbyAsync(new GetNearbyMeetupsDto { Latitude = 10, Longitude = 10, RadiusMeters = 50 })))
            .Code.ShouldBe(MoyeoraErrorCodes.InvalidSearch);
        (await Should.ThrowAsync<BusinessException>(() => Meetups.GetNearbyAsync(new GetNearbyMeetupsDto { Latitude = 91, Longitude = 10 })))
            .Kind.ShouldBe(ErrorKind.Invalid);
    }

    [Fact]
    public async Task Markers_Cover_The_Box()
    {
        var inside = (await HostMeetupAsync(NewMeetupInput(lat: -20.5, lng: -40.5, title: "마커"))).Meetup;
        var outsideBox = (await HostMeetupAsync(NewMeetupInput(lat: -21.5, lng: -40.5))).Meetup;
        var markers = await Meetups.GetMarkersAsync(new GetMeetupMarkersDto { South = -21, West = -41, North = -20, East = -40 });
        markers.Select(m => m.Id).ShouldContain(inside.Id);
        markers.Select(m => m.Id).ShouldNotContain(outsideBox.Id);
        markers.Single(m => m.Id == inside.Id).MemberCount.ShouldBe(1);
        (await Should.ThrowAsync<BusinessException>(() => Meetups.GetMarkersAsync(new GetMeetupMarkersDto { South = 10, West = 0, North = 0, East = 1 })))
            .Code.ShouldBe(MoyeoraErrorCodes.InvalidSearch);
    }

    [Fact]
    public async Task Search_Matches_Titles_And_Tags_Case_Insensitively_In_Hangul_Too()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var byTitle = (await HostMeetupAsync(NewMeetupInput(title: $"Board Game 보드게임 {marker}"))).Meetup;
        var byTag = (await HostMeetupAsync(NewMeetupInput(title: "저녁 모임", tags: [$"BoArD{marker}"]))).Meetup;
        (await Meetups.SearchAsync(new SearchMeetupsDto { Keyword = marker.ToUpperInvariant() })).Items.Select(m => m.Id).ShouldBe([byTitle.Id, byTag.Id], ignoreOrder: true);
        (await Meetups.SearchAsync(new SearchMeetupsDto { Keyword = $"보드게임 {marker}" })).Items.Select(m => m.Id).ShouldBe([byTitle.Id]);
        (await Meetups.SearchAsync(new SearchMeetupsDto { Keyword = "'; DROP TABLE \"Meetups\"; --" })).TotalCount.ShouldBe(0);
        (await Meetups.SearchAsync(new SearchMeetupsDto { Keyword = "%" })).TotalCount.ShouldBe(0);
        (await Db.WithDbAsync(d => d.Meetups.CountAsync())).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Search_By_Calendar_Day_In_The_Callers_Time_Zone()
    {
        // A meetup at 00:30 Seoul time on day D starts at 15:30 UTC on day D-1.
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        var localDay = TimeZoneInfo.ConvertTime(Db.Clock.GetUtcNow(), seoul).Date.AddDays(2);
        var start = new DateTimeOffset(localDay.AddMinutes(30), TimeSpan.FromHours(9));
        var marker = Guid.NewGuid().ToString("N")[..8];
        var input = NewMeetupInput(title: $"심야 {marker}");
        input.StartTime = start;
        input.EndTime = start.AddHours(1);
        var meetup = (await HostMeetupAsync(input)).Meetup;

        var seoulDay = localDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var utcDay = localDay.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        (await Meetups.SearchAsync(new SearchMeetupsDto { Keyword = marker, Date = seoulDay, TimeZone = "Asia/Seoul" })).Items.ShouldHaveSingleItem().Id.ShouldBe(meetup.Id);
        (await Meetups.SearchAsync(new SearchMeetupsDto { Keyword = marker, Date = seoulDay })).TotalCount.ShouldBe(1);
        (await Meetups.SearchAsync(new SearchMeetupsDto { Keyword = marker, Date = seoulDay, TimeZone = "UTC" })).TotalCount.ShouldBe(0);
        (await Meetups.SearchAsync(new SearchMeetupsDto { Keyword = marker, Date = utcDay, TimeZone = "+00:00" })).TotalCount.ShouldBe(1);
        (await Should.ThrowAsync<BusinessException>(() => Meetups.SearchAsync(new SearchMeetupsDto { Date = seoulDay, TimeZone = "Mars/Olympus" }))).Code.ShouldBe(MoyeoraErrorCodes.InvalidTimeZone);
        (await Should.ThrowAsync<BusinessException>(() => Meetups.SearchAsync(new SearchMeetupsDto { Date = "2026-13-45" }))).Code.ShouldBe(MoyeoraErrorCodes.InvalidSearch);
        (await Should.ThrowAsync<BusinessException>(() => Meetups.SearchAsync(new SearchMeetupsDto { Date = "2026-11-22' OR '1'='1" }))).Code.ShouldBe(MoyeoraErrorCodes.InvalidSearch);
    }

    [Fact]
    public async Task Hostile_Numbers_And_Days_Outside_The_Searchable_Years_Are_Refused_By_The_Rules()
    {
        foreach (var date in new[] { "9999-12-31", "0001-01-01", "1999-12-31", "2101-01-01" })
        {
            foreach (var zone in new[] { "+14:00", "-12:00", "Asia/Seoul" })
            {
                var refused = await Should.ThrowAsync<BusinessException>(() => Meetups.SearchAsync(new SearchMeetupsDto { Date = date, TimeZone = zone }));
                refused.Code.ShouldBe(MoyeoraErrorCodes.InvalidSearch);
                refused.FieldErrors.Keys.ShouldBe(["date"]);
            }
        }

        (await Meetups.SearchAsync(new SearchMeetupsDto { Date = "2100-12-31", TimeZone = "+14:00" })).TotalCount.ShouldBe(0);
        foreach (var bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1.2345678901234567e19 })
        {
            (await Should.ThrowAsync<BusinessException>(() => Meetups.GetNearbyAsync(new GetNearbyMeetupsDto { Latitude = bad, Longitude = 10 })))
                .FieldErrors.Keys.ShouldBe(["latitude"]);
            (await Should.ThrowAsync<BusinessException>(() => Meetups.GetNearbyAsync(new GetNearbyMeetupsDto { Latitude = 10, Longitude = 10, RadiusMeters = bad })))
                .FieldErrors.Keys.ShouldBe(["radiusMeters"]);
            (await Should.ThrowAsync<BusinessException>(() => Meetups.GetMarkersAsync(new GetMeetupMarkersDto { South = 0, West = 0, North = 1, East = bad })))
                .FieldErrors.Keys.ShouldBe(["east"]);
        }
    }

    [Fact]
    public async Task Search_Mine_Covers_Only_My_Meetups()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var (mine, hostId) = await HostMeetupAsync(NewMeetupInput(title: $"내 모임 {marker}"));
        await HostMeetupAsync(NewMeetupInput(title: $"남의 모임 {marker}"));
        using var _ = DatabaseFixture.ActAs(hostId);
        (await Meetups.SearchMineAsync(new SearchMeetupsDto { Keyword = marker })).Items.Select(m => m.Id).ShouldBe([mine.Id]);
        (await Meetups.GetHostingAsync(new PagedRequestDto())).Items.Select(m => m.Id).ShouldBe([mine.Id]);
    }

    [Fact]
    public async Task Fifty_Parallel_Joins_Fill_Ten_Seats_Exactly()
    {
        var (meetup, _) = await HostMeetupAsync(NewMeetupInput(maxMembers: 10));
        var users = new List<Guid>();
        for (var i = 0; i < 50; i++)
        {
            users.Add(await NewUserAsync());
        }

        var results = await Task.WhenAll(users.Select(user => Task.Run(async () =>
        {
            using var _ = DatabaseFixture.ActAs(user);
            try
            {
                await Db.Service<IMeetupAppService>().JoinAsync(meetup.Id);
                return "joined";
            }
            catch (BusinessException ex)
            {
                return ex.Code;
            }
        })));

        results.Count(r => r == "joined").ShouldBe(9); // the host holds the tenth seat
        results.Where(r => r != "joined").ShouldAllBe(r => r == MoyeoraErrorCodes.MeetupFull);
        var stored = await Db.WithDbAsync(d => d.Meetups.SingleAsync(m => m.Id == meetup.Id));
        stored.MemberCount.ShouldBe(10);
        stored.Participants.Count.ShouldBe(10);
    }

    [Fact]
    public async Task Seats_Freed_By_A_Deleted_Account_Go_To_Parallel_Joiners_Without_Overbooking()
    {
        var (_, password, member) = await SignUpAsync();
        var meetups = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var (meetup, _) = await HostMeetupAsync(NewMeetupInput(maxMembers: 3));
            meetups.Add(meetup.Id);
            using (DatabaseFixture.ActAs(member.UserId))
            {
                await Meetups.JoinAsync(meetup.Id);
            }

            using (DatabaseFixture.ActAs(await NewUserAsync()))
            {
                await Meetups.JoinAsync(meetup.Id); // full now
            }
        }

        var joiners = new List<(Guid User, Guid Meetup)>();
        for (var i = 0; i < 24; i++)
        {
            joiners.Add((await NewUserAsync(), meetups[i % meetups.Count]));
        }

        var deletion = Task.Run(async () =>
        {
            using var _ = DatabaseFixture.ActAs(member.UserId);
            await Db.Service<Moyeora.Profile.IProfileAppService>().DeleteAsync(new Moyeora.Profile.DeleteAccountDto { Password = password });
        });
        var results = await Task.WhenAll(joiners.Select(j => Task.Run(async () =>
        {
            using var _ = DatabaseFixture.ActAs(j.User);
            try
            {
                await Db.Service<IMeetupAppService>().JoinAsync(j.Meetup);
                return (j.Meetup, Code: "joined");
            }
            catch (BusinessException ex)
            {
                return (j.Meetup, ex.Code);
            }
        })));
        await deletion;

        results.Where(r => r.Code != "joined").ShouldAllBe(r => r.Code == MoyeoraErrorCodes.MeetupFull);
        foreach (var id in meetups)
        {
            var stored = await Db.WithDbAsync(d => d.Meetups.SingleAsync(m => m.Id == id));
            stored.IsMember(member.UserId).ShouldBeFalse();
            stored.Participants.Count.ShouldBe(stored.MemberCount);
            stored.MemberCount.ShouldBe(2 + results.Count(r => r.Meetup == id && r.Code == "joined"));
            stored.MemberCount.ShouldBeLessThanOrEqualTo(3);
        }
    }

    private async Task<List<MeetupListItemDto>> AllRecruitingAsync()
    {
        var all = new List<MeetupListItemDto>();
        for (var skip = 0; ; skip += 7)
        {
            var page = await Meetups.GetRecruitingListAsync(new PagedRequestDto { SkipCount = skip, MaxResultCount = 7 });
            all.AddRange(page.Items);
            if (page.Items.Count < 7)
            {
                return all;
            }
        }
    }

    private static UpdateMeetupDto ToUpdate(CreateMeetupDto input) => new()
    {
        Title = input.Title, Description = input.Description, ImageUrl = input.ImageUrl, MaxMembers = input.MaxMembers,
        StartTime = input.StartTime, EndTime = input.EndTime, IsOnline = input.IsOnline, Place = input.Place,
        Latitude = input.Latitude, Longitude = input.Longitude, WhatToBring = input.WhatToBring, Tags = input.Tags,
    };
}

public sealed class MeetupAppService_Sqlite_Tests(SqliteFixture db) : MeetupAppService_Tests(db), IClassFixture<SqliteFixture>;

public sealed class MeetupAppService_PostgreSql_Tests(PostgreSqlFixture db) : MeetupAppService_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class MeetupAppService_MariaDb_Tests(MariaDbFixture db) : MeetupAppService_Tests(db), IClassFixture<MariaDbFixture>;
