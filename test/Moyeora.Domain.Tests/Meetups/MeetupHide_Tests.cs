using Moyeora.Meetups;

namespace Moyeora.Domain.Tests.Meetups;

/// <summary>A moderator hides a meetup from everyone but its members, and can undo it.</summary>
public sealed class MeetupHide_Tests
{
    private static readonly DateTime Now = new(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Host = Guid.NewGuid();

    [Fact]
    public void Hidden_Meetups_Are_Seen_By_Members_Only_Until_Unhidden()
    {
        var meetup = new Meetup(Guid.NewGuid(), Host, Meetup_Tests.Details(4), Now);
        var member = Guid.NewGuid();
        var stranger = Guid.NewGuid();
        meetup.Join(member, Now);
        meetup.ClearDomainEvents();

        meetup.Hide(Now);
        meetup.IsHidden.ShouldBeTrue();
        meetup.HiddenTime.ShouldBe(Now);
        meetup.IsVisibleTo(member).ShouldBeTrue();
        meetup.IsVisibleTo(Host).ShouldBeTrue();
        meetup.IsVisibleTo(stranger).ShouldBeFalse();
        meetup.IsVisibleTo(null).ShouldBeFalse();
        meetup.DomainEvents.OfType<MeetupHiddenEvent>().ShouldHaveSingleItem("caches and maps are told");
        meetup.Hide(Now.AddMinutes(1));
        meetup.HiddenTime.ShouldBe(Now, "hiding twice changes nothing");
        meetup.Status.ShouldBe(MeetupStatus.Recruiting, "hiding is not cancelling: members carry on");

        meetup.Unhide();
        meetup.IsHidden.ShouldBeFalse();
        meetup.IsVisibleTo(stranger).ShouldBeTrue();
        meetup.DomainEvents.OfType<MeetupUnhiddenEvent>().ShouldHaveSingleItem();
        meetup.Unhide();
        meetup.DomainEvents.OfType<MeetupUnhiddenEvent>().Count().ShouldBe(1);
    }
}
