using Moyeora.Locations;
using Moyeora.Meetups;

namespace Moyeora.Domain.Tests.Meetups;

public sealed class Meetup_Tests
{
    private static readonly DateTime Now = new(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Host = Guid.NewGuid();

    public static MeetupDetails Details(int maxMembers = 4, DateTime? start = null, DateTime? end = null, bool online = false,
        string? title = "한강 러닝", string[]? tags = null, double? lat = 37.5, double? lng = 127.0, string? place = "여의도 한강공원") =>
        new(title, "같이 뛰어요", null, maxMembers, start ?? Now.AddDays(1), end ?? Now.AddDays(1).AddHours(2), online,
            online ? null : place, online ? null : lat, online ? null : lng, "운동화", tags ?? ["러닝", "운동"]);

    private static Meetup NewMeetup(int maxMembers = 4) => new(Guid.NewGuid(), Host, Details(maxMembers), Now);

    private static void ShouldFail(Action action, string code) => Should.Throw<BusinessException>(action).Code.ShouldBe(code);

    [Fact]
    public void Create_Makes_The_Host_The_First_Member()
    {
        var meetup = NewMeetup();
        meetup.Status.ShouldBe(MeetupStatus.Recruiting);
        meetup.MemberCount.ShouldBe(1);
        meetup.IsMember(Host).ShouldBeTrue();
        meetup.Tags.ShouldBe(["러닝", "운동"]);
        meetup.NormalizedTitle.ShouldBe("한강 러닝");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(256)]
    public void Create_Refuses_Capacity_Outside_2_To_255(int capacity) =>
        ShouldFail(() => new Meetup(Guid.NewGuid(), Host, Details(capacity), Now), MoyeoraErrorCodes.InvalidMeetupCapacity);

    [Fact]
    public void Create_Refuses_Bad_Times()
    {
        ShouldFail(() => new Meetup(Guid.NewGuid(), Host, Details(start: Now.AddMinutes(-1)), Now), MoyeoraErrorCodes.InvalidMeetupTime);
        ShouldFail(() => new Meetup(Guid.NewGuid(), Host, Details(start: Now.AddDays(8), end: Now.AddDays(8).AddHours(1)), Now), MoyeoraErrorCodes.InvalidMeetupTime);
        ShouldFail(() => new Meetup(Guid.NewGuid(), Host, Details(start: Now.AddDays(1), end: Now.AddDays(1)), Now), MoyeoraErrorCodes.InvalidMeetupTime);
        ShouldFail(() => new Meetup(Guid.NewGuid(), Host, Details(start: Now.AddDays(6), end: Now.AddDays(15)), Now), MoyeoraErrorCodes.InvalidMeetupTime);
    }

    [Fact]
    public void Create_Reports_Every_Invalid_Field_At_Once()
    {
        var ex = Should.Throw<BusinessException>(() => new Meetup(Guid.NewGuid(), Host,
            Details(maxMembers: 1, title: "", tags: Enumerable.Range(0, 11).Select(i => $"t{i}").ToArray(), lat: 91, lng: 181), Now));
        ex.Code.ShouldBe(MoyeoraErrorCodes.ValidationFailed);
        ex.FieldErrors.Keys.ShouldBe(["title", "maxMembers", "latitude", "longitude", "tags"], ignoreOrder: true);
    }

    [Fact]
    public void Create_Refuses_Online_Meetups_With_Coordinates_And_In_Person_Without()
    {
        var online = Details(online: true) with { Latitude = 37.5, Longitude = 127.0 };
        ShouldFail(() => new Meetup(Guid.NewGuid(), Host, online, Now), MoyeoraErrorCodes.InvalidMeetupLocation);
        ShouldFail(() => new Meetup(Guid.NewGuid(), Host, Details(lat: null), Now), MoyeoraErrorCodes.InvalidMeetupLocation);
        ShouldFail(() => new Meetup(Guid.NewGuid(), Host, Details(place: null), Now), MoyeoraErrorCodes.InvalidMeetupLocation);
        new Meetup(Guid.NewGuid(), Host, Details(online: true), Now).IsOnline.ShouldBeTrue();
    }

    [Fact]
    public void Create_Refuses_Bad_Tags()
    {
        ShouldFail(() => new Meetup(Guid.NewGuid(), Host, Details(tags: []), Now), MoyeoraErrorCodes.InvalidMeetupTags);
        ShouldFail(() => new Meetup(Guid.NewGuid(), Host, Details(tags: [new string('x', 31)]), Now), MoyeoraErrorCodes.InvalidMeetupTags);
        ShouldFail(() => new Meetup(Guid.NewGuid(), Host, Details(tags: ["Run", "run"]), Now), MoyeoraErrorCodes.InvalidMeetupTags);
    }

    [Fact]
    public void Join_Until_Full_Then_Refuse()
    {
        var meetup = NewMeetup(maxMembers: 2);
        meetup.Join(Guid.NewGuid(), Now);
        meetup.IsFull.ShouldBeTrue();
        ShouldFail(() => meetup.Join(Guid.NewGuid(), Now), MoyeoraErrorCodes.MeetupFull);
        meetup.MemberCount.ShouldBe(2);
    }

    [Fact]
    public void Join_Refuses_Members_Started_And_Non_Recruiting_Meetups()
    {
        var meetup = NewMeetup();
        var user = Guid.NewGuid();
        meetup.Join(user, Now);
        ShouldFail(() => meetup.Join(user, Now), MoyeoraErrorCodes.AlreadyMember);
        ShouldFail(() => meetup.Join(Guid.NewGuid(), meetup.StartTime), MoyeoraErrorCodes.MeetupAlreadyStarted);
        meetup.Cancel(Host, "비", Now);
        ShouldFail(() => meetup.Join(Guid.NewGuid(), Now), MoyeoraErrorCodes.MeetupNotRecruiting);
    }

    [Fact]
    public void Kicked_Users_Rejoin_Only_When_Invited_Again()
    {
        var meetup = NewMeetup();
        var user = Guid.NewGuid();
        meetup.Join(user, Now);
        meetup.Kick(Host, user, Now);
        meetup.IsMember(user).ShouldBeFalse();
        meetup.MemberCount.ShouldBe(1);
        ShouldFail(() => meetup.Join(user, Now), MoyeoraErrorCodes.KickedFromMeetup);

        var invitation = meetup.Invite(Host, user, Now);
        meetup.AcceptInvitation(invitation.Id, user, Now);
        meetup.IsMember(user).ShouldBeTrue();
    }

    [Fact]
    public void Only_The_Host_Kicks_And_Never_Themselves()
    {
        var meetup = NewMeetup();
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        meetup.Join(a, Now);
        meetup.Join(b, Now);
        ShouldFail(() => meetup.Kick(a, b, Now), MoyeoraErrorCodes.NotMeetupHost);
        ShouldFail(() => meetup.Kick(Host, Host, Now), MoyeoraErrorCodes.CannotKickSelf);
        ShouldFail(() => meetup.Kick(Host, Guid.NewGuid(), Now), MoyeoraErrorCodes.NotMeetupMember);
    }

    [Fact]
    public void Host_Cannot_Leave_But_Can_Hand_Over()
    {
        var meetup = NewMeetup();
        var member = Guid.NewGuid();
        meetup.Join(member, Now);
        ShouldFail(() => meetup.Leave(Host, Now), MoyeoraErrorCodes.HostCannotLeave);
        ShouldFail(() => meetup.HandOver(Host, Guid.NewGuid()), MoyeoraErrorCodes.NotMeetupMember);
        meetup.HandOver(Host, member);
        meetup.HostId.ShouldBe(member);
        meetup.Leave(Host, Now);
        meetup.MemberCount.ShouldBe(1);
        ShouldFail(() => meetup.Leave(Host, Now), MoyeoraErrorCodes.NotMeetupMember);
    }

    [Fact]
    public void Host_Confirms_Last_And_Not_Alone()
    {
        var meetup = NewMeetup();
        ShouldFail(() => meetup.Confirm(Host, Now), MoyeoraErrorCodes.MeetupHostAlone);
        var member = Guid.NewGuid();
        meetup.Join(member, Now);
        ShouldFail(() => meetup.Confirm(Host, Now), MoyeoraErrorCodes.HostMustConfirmLast);
        meetup.Confirm(member, Now);
        ShouldFail(() => meetup.Confirm(member, Now), MoyeoraErrorCodes.AlreadyConfirmed);
        meetup.Confirm(Host, Now);
        meetup.Status.ShouldBe(MeetupStatus.Confirmed);
        meetup.ConfirmationTime.ShouldBe(Now);
    }

    [Fact]
    public void A_Confirmed_Meetup_Is_Frozen()
    {
        var meetup = NewMeetup();
        var member = Guid.NewGuid();
        meetup.Join(member, Now);
        meetup.Confirm(member, Now);
        meetup.Confirm(Host, Now);
        ShouldFail(() => meetup.Join(Guid.NewGuid(), Now), MoyeoraErrorCodes.MeetupConfirmed);
        ShouldFail(() => meetup.Leave(member, Now), MoyeoraErrorCodes.MeetupConfirmed);
        ShouldFail(() => meetup.Kick(Host, member, Now), MoyeoraErrorCodes.MeetupConfirmed);
        ShouldFail(() => meetup.Update(Host, Details(), Now), MoyeoraErrorCodes.MeetupConfirmed);
        ShouldFail(() => meetup.Invite(Host, Guid.NewGuid(), Now), MoyeoraErrorCodes.MeetupConfirmed);
    }

    [Fact]
    public void Edit_Is_For_The_Host_And_Keeps_Capacity_Above_Members()
    {
        var meetup = NewMeetup(maxMembers: 4);
        meetup.Join(Guid.NewGuid(), Now);
        meetup.Join(Guid.NewGuid(), Now);
        ShouldFail(() => meetup.Update(Guid.NewGuid(), Details(), Now), MoyeoraErrorCodes.NotMeetupHost);
        ShouldFail(() => meetup.Update(Host, Details(maxMembers: 2), Now), MoyeoraErrorCodes.CapacityBelowMemberCount);
        meetup.Update(Host, Details(maxMembers: 3, title: "저녁 러닝", tags: ["러닝"]), Now);
        meetup.Title.ShouldBe("저녁 러닝");
        meetup.Tags.ShouldBe(["러닝"]);
        meetup.IsFull.ShouldBeTrue();
    }

    [Fact]
    public void Delete_Only_While_Alone()
    {
        var meetup = NewMeetup();
        Should.NotThrow(() => meetup.EnsureCanDelete(Host));
        meetup.Join(Guid.NewGuid(), Now);
        ShouldFail(() => meetup.EnsureCanDelete(Host), MoyeoraErrorCodes.MeetupHasMembers);
        ShouldFail(() => meetup.EnsureCanDelete(Guid.NewGuid()), MoyeoraErrorCodes.NotMeetupHost);
    }

    [Fact]
    public void Invitations_Follow_The_Rules()
    {
        var meetup = NewMeetup(maxMembers: 3);
        var friend = Guid.NewGuid();
        ShouldFail(() => meetup.Invite(Host, Host, Now), MoyeoraErrorCodes.CannotInviteSelf);
        ShouldFail(() => meetup.Invite(Guid.NewGuid(), friend, Now), MoyeoraErrorCodes.NotMeetupHost);
        var invitation = meetup.Invite(Host, friend, Now);
        ShouldFail(() => meetup.Invite(Host, friend, Now), MoyeoraErrorCodes.AlreadyInvited);
        ShouldFail(() => meetup.AcceptInvitation(invitation.Id, Guid.NewGuid(), Now), MoyeoraErrorCodes.InvitationNotFound);
        meetup.DeclineInvitation(invitation.Id, friend, Now);
        invitation.Status.ShouldBe(InvitationStatus.Declined);
        ShouldFail(() => meetup.AcceptInvitation(invitation.Id, friend, Now), MoyeoraErrorCodes.InvitationNotPending);

        var again = meetup.Invite(Host, friend, Now);
        meetup.Join(Guid.NewGuid(), Now);
        meetup.AcceptInvitation(again.Id, friend, Now);
        ShouldFail(() => meetup.Invite(Host, Guid.NewGuid(), Now), MoyeoraErrorCodes.MeetupFull);
    }

    [Fact]
    public void Invitations_Expire_When_The_Meetup_Starts()
    {
        var meetup = NewMeetup();
        var friend = Guid.NewGuid();
        var invitation = meetup.Invite(Host, friend, Now);
        invitation.EffectiveStatus(meetup.StartTime, meetup.StartTime).ShouldBe(InvitationStatus.Expired);
        ShouldFail(() => meetup.AcceptInvitation(invitation.Id, friend, meetup.StartTime), MoyeoraErrorCodes.InvitationNotPending);
        meetup.ExpireInvitations(meetup.StartTime).ShouldBe(1);
        meetup.ExpireInvitations(meetup.StartTime).ShouldBe(0);
    }

    [Fact]
    public void Accepting_A_Full_Meetup_Keeps_The_Invitation_Pending()
    {
        var meetup = NewMeetup(maxMembers: 2);
        var friend = Guid.NewGuid();
        var invitation = meetup.Invite(Host, friend, Now);
        meetup.Join(Guid.NewGuid(), Now);
        ShouldFail(() => meetup.AcceptInvitation(invitation.Id, friend, Now), MoyeoraErrorCodes.MeetupFull);
        invitation.Status.ShouldBe(InvitationStatus.Pending);
    }

    [Fact]
    public void Notices_Are_Posted_By_The_Host_With_Limits()
    {
        var meetup = NewMeetup();
        ShouldFail(() => meetup.PostNotice(Guid.NewGuid(), "공지", "내용", Now), MoyeoraErrorCodes.NotMeetupHost);
        ShouldFail(() => meetup.PostNotice(Host, new string('a', 101), "내용", Now), MoyeoraErrorCodes.InvalidMeetupText);
        ShouldFail(() => meetup.PostNotice(Host, "공지", new string('a', 1001), Now), MoyeoraErrorCodes.InvalidMeetupText);
        meetup.PostNotice(Host, "집합 장소 변경", "2번 출구로 오세요", Now).Title.ShouldBe("집합 장소 변경");
        meetup.DomainEvents.OfType<MeetupNoticePostedEvent>().ShouldHaveSingleItem();
    }

    [Fact]
    public void Cancel_Tells_Every_Member_And_Ends_Chat()
    {
        var meetup = NewMeetup();
        var member = Guid.NewGuid();
        meetup.Join(member, Now);
        ShouldFail(() => meetup.Cancel(member, null, Now), MoyeoraErrorCodes.NotMeetupHost);
        meetup.Cancel(Host, "우천", Now);
        meetup.Status.ShouldBe(MeetupStatus.Cancelled);
        meetup.IsChatOpen(Now).ShouldBeFalse();
        meetup.DomainEvents.OfType<MeetupCancelledEvent>().Single().MemberIds.ShouldBe([Host, member], ignoreOrder: true);
    }

    [Fact]
    public void End_Happens_At_The_End_Time_Once()
    {
        var meetup = NewMeetup();
        meetup.End(meetup.EndTime.AddSeconds(-1)).ShouldBeFalse();
        meetup.End(meetup.EndTime).ShouldBeTrue();
        meetup.Status.ShouldBe(MeetupStatus.Ended);
        meetup.End(meetup.EndTime).ShouldBeFalse();
        meetup.IsChatOpen(meetup.EndTime).ShouldBeFalse();
    }

    [Fact]
    public void A_Departing_Host_Hands_Over_To_The_Longest_Standing_Member_Or_Cancels()
    {
        var meetup = NewMeetup();
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        meetup.Join(second, Now.AddMinutes(2));
        meetup.Join(first, Now.AddMinutes(1));
        meetup.ReleaseHost(Now);
        meetup.HostId.ShouldBe(first);

        var alone = NewMeetup();
        alone.ReleaseHost(Now);
        alone.Status.ShouldBe(MeetupStatus.Cancelled);
    }

    [Fact]
    public void A_Deleted_Account_Leaves_Recruiting_Meetups_But_Stays_In_Confirmed_Ones()
    {
        var member = Guid.NewGuid();
        var full = NewMeetup(maxMembers: 2);
        full.Join(member, Now);
        full.ClearDomainEvents();
        full.LeaveOnAccountDeletion(member, Now).ShouldBeTrue();
        full.IsMember(member).ShouldBeFalse();
        full.MemberCount.ShouldBe(1);
        full.DomainEvents.OfType<MeetupMemberLeftEvent>().Single().ShouldBe(new MeetupMemberLeftEvent(full.Id, member, WasFull: true));
        full.Join(Guid.NewGuid(), Now); // the seat is free at once
        full.LeaveOnAccountDeletion(member, Now).ShouldBeFalse("idempotent");

        var confirmed = NewMeetup();
        confirmed.Join(member, Now);
        confirmed.Confirm(member, Now);
        confirmed.Confirm(Host, Now);
        confirmed.LeaveOnAccountDeletion(member, Now).ShouldBeFalse();
        confirmed.IsMember(member).ShouldBeTrue("a confirmed meetup is frozen");

        var hosted = NewMeetup();
        var successor = Guid.NewGuid();
        hosted.Join(successor, Now);
        hosted.LeaveOnAccountDeletion(Host, Now).ShouldBeTrue();
        hosted.HostId.ShouldBe(successor);
        hosted.IsMember(Host).ShouldBeFalse();
        hosted.MemberCount.ShouldBe(1);
    }

    [Fact]
    public void Events_Say_When_A_Meetup_Fills_And_Frees_A_Seat()
    {
        var meetup = NewMeetup(maxMembers: 2);
        var member = Guid.NewGuid();
        meetup.Join(member, Now);
        meetup.DomainEvents.OfType<MeetupMemberJoinedEvent>().Single().IsNowFull.ShouldBeTrue();
        meetup.Leave(member, Now);
        meetup.DomainEvents.OfType<MeetupMemberLeftEvent>().Single().WasFull.ShouldBeTrue();
    }
}

public sealed class GeoMath_Tests
{
    [Fact]
    public void Distance_Is_Measured_On_The_Sphere()
    {
        // Seoul City Hall to Busan City Hall: about 325 km as the crow flies.
        GeoMath.DistanceMeters(37.5663, 126.9779, 35.1798, 129.0750).ShouldBe(325_000, 5_000);
        GeoMath.DistanceMeters(37.5, 127.0, 37.5, 127.0).ShouldBe(0);
        // One degree of latitude is about 111.2 km everywhere.
        GeoMath.DistanceMeters(0, 0, 1, 0).ShouldBe(111_195, 10);
        // Across the antimeridian the short way round is used.
        GeoMath.DistanceMeters(0, 179.9, 0, -179.9).ShouldBe(22_239, 10);
    }

    [Fact]
    public void The_Bounding_Box_Contains_The_Circle()
    {
        var box = GeoMath.BoundingBox(37.5, 127.0, 2000);
        GeoMath.DistanceMeters(37.5, 127.0, box.North, 127.0).ShouldBe(2000, 1);
        GeoMath.DistanceMeters(37.5, 127.0, 37.5, box.East).ShouldBeGreaterThanOrEqualTo(1999);
        var wrapped = GeoMath.BoundingBox(0, 179.99, 5000);
        wrapped.West.ShouldBeGreaterThan(wrapped.East);
        var polar = GeoMath.BoundingBox(89.99, 0, 5000);
        (polar.West, polar.East).ShouldBe((-180d, 180d));
    }
}
