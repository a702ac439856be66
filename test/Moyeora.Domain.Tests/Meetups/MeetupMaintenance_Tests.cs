using Moyeora.Jobs;
using Moyeora.Meetups;

namespace Moyeora.Domain.Tests.Meetups;

/// <summary>The rules the scheduled jobs rely on: reminders once per member, erased members leaving, ending.</summary>
public sealed class MeetupMaintenance_Tests
{
    private static readonly DateTime Now = new(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Host = Guid.NewGuid();

    private static Meetup NewMeetup(int maxMembers = 4) => new(Guid.NewGuid(), Host, Meetup_Tests.Details(maxMembers), Now);

    private static DateTime Start(Meetup m) => m.StartTime;

    [Fact]
    public void Reminds_Each_Member_Once_Within_The_Lead_Time_Only()
    {
        var meetup = NewMeetup();
        var member = Guid.NewGuid();
        meetup.Join(member, Now);
        meetup.RemindStartingSoon(Start(meetup).AddMinutes(-61), JobConsts.ReminderLeadTime).ShouldBe(0);
        meetup.RemindStartingSoon(Start(meetup).AddMinutes(-59), JobConsts.ReminderLeadTime).ShouldBe(2);
        var reminded = meetup.DomainEvents.OfType<MeetupStartingSoonEvent>().Single();
        reminded.MemberIds.ShouldBe([Host, member], ignoreOrder: true);
        meetup.RemindStartingSoon(Start(meetup).AddMinutes(-58), JobConsts.ReminderLeadTime).ShouldBe(0);

        var latecomer = Guid.NewGuid();
        meetup.Join(latecomer, Start(meetup).AddMinutes(-30));
        meetup.RemindStartingSoon(Start(meetup).AddMinutes(-29), JobConsts.ReminderLeadTime).ShouldBe(1);
        meetup.RemindStartingSoon(Start(meetup).AddMinutes(1), JobConsts.ReminderLeadTime).ShouldBe(0, "started: too late to remind");
    }

    [Fact]
    public void Cancelled_Or_Ended_Meetups_Remind_Nobody()
    {
        var meetup = NewMeetup();
        meetup.Cancel(Host, "비", Now);
        meetup.RemindStartingSoon(Start(meetup).AddMinutes(-30), JobConsts.ReminderLeadTime).ShouldBe(0);
    }

    [Fact]
    public void An_Erased_Member_Leaves_Even_A_Confirmed_Meetup_And_A_Host_Hands_Over_First()
    {
        var meetup = NewMeetup();
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        meetup.Join(a, Now);
        meetup.Join(b, Now.AddMinutes(1));
        meetup.Confirm(a, Now);
        meetup.Confirm(b, Now);
        meetup.Confirm(Host, Now);
        meetup.Status.ShouldBe(MeetupStatus.Confirmed);

        meetup.RemoveErasedMember(b, Now);
        meetup.IsMember(b).ShouldBeFalse();
        meetup.MemberCount.ShouldBe(2);
        meetup.RemoveErasedMember(b, Now);
        meetup.MemberCount.ShouldBe(2, "idempotent");

        meetup.RemoveErasedMember(Host, Now);
        meetup.HostId.ShouldBe(a);
        meetup.IsMember(Host).ShouldBeFalse();
        meetup.MemberCount.ShouldBe(1);
    }

    [Fact]
    public void Ending_Happens_Once_And_Only_After_The_End_Time()
    {
        var meetup = NewMeetup();
        meetup.End(meetup.EndTime.AddSeconds(-1)).ShouldBeFalse();
        meetup.End(meetup.EndTime).ShouldBeTrue();
        meetup.Status.ShouldBe(MeetupStatus.Ended);
        meetup.IsChatOpen(meetup.EndTime).ShouldBeFalse();
        meetup.End(meetup.EndTime.AddHours(1)).ShouldBeFalse();
    }
}
