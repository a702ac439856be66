using Moyeora.Chat;
using Moyeora.Meetups;
using Moyeora.Ratings;
using Moyeora.Reports;
using Moyeora.Users;

namespace Moyeora.Domain.Tests.People;

/// <summary>The rules of trust votes, reports and the moderation actions, on the aggregates alone.</summary>
public sealed class PeopleRules_Tests
{
    private static readonly DateTime Now = new(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Host = Guid.NewGuid();
    private static readonly Guid Member = Guid.NewGuid();

    private static void ShouldFail(Action action, string code) => Should.Throw<BusinessException>(action).Code.ShouldBe(code);

    /// <summary>Host and one member, both confirmed; ended at its end time unless told otherwise.</summary>
    private static Meetup ConfirmedMeetup(bool end = true)
    {
        var meetup = new Meetup(Guid.NewGuid(), Host, Meetups.Meetup_Tests.Details(), Now);
        meetup.Join(Member, Now);
        meetup.Confirm(Member, Now);
        meetup.Confirm(Host, Now);
        if (end)
        {
            meetup.End(meetup.EndTime).ShouldBeTrue();
        }

        return meetup;
    }

    [Fact]
    public void A_Vote_Needs_A_Confirmed_Ended_Meetup_Both_People_And_The_Seven_Days()
    {
        var meetup = ConfirmedMeetup();
        var after = meetup.EndTime.AddHours(1);
        var vote = PeerRating.Cast(meetup, Member, Host, RatingVote.Down, after);
        vote.Delta.ShouldBe(-RatingConsts.Step);
        vote.DomainEvents.OfType<PeerRatedEvent>().Single().RateeId.ShouldBe(Host);
        PeerRating.Cast(meetup, Host, Member, RatingVote.Up, after).Delta.ShouldBe(RatingConsts.Step);

        ShouldFail(() => PeerRating.Cast(meetup, Member, Member, RatingVote.Up, after), MoyeoraErrorCodes.CannotRateSelf);
        ShouldFail(() => PeerRating.Cast(meetup, Member, Guid.NewGuid(), RatingVote.Up, after), MoyeoraErrorCodes.NotMetInMeetup);
        ShouldFail(() => PeerRating.Cast(meetup, Guid.NewGuid(), Host, RatingVote.Up, after), MoyeoraErrorCodes.MeetupNotFound);
        ShouldFail(() => PeerRating.Cast(meetup, Member, Host, (RatingVote)0, after), MoyeoraErrorCodes.InvalidRating);
        ShouldFail(() => PeerRating.Cast(meetup, Member, Host, RatingVote.Up, meetup.EndTime + RatingConsts.Window + TimeSpan.FromSeconds(1)), MoyeoraErrorCodes.RatingWindowClosed);
        PeerRating.Cast(meetup, Member, Host, RatingVote.Up, meetup.EndTime + RatingConsts.Window).ShouldNotBeNull("the last instant of the window still counts");

        ShouldFail(() => PeerRating.Cast(ConfirmedMeetup(end: false), Member, Host, RatingVote.Up, Now), MoyeoraErrorCodes.RatingNotOpen);
        var unconfirmed = new Meetup(Guid.NewGuid(), Host, Meetups.Meetup_Tests.Details(), Now);
        unconfirmed.Join(Member, Now);
        unconfirmed.End(unconfirmed.EndTime);
        ShouldFail(() => PeerRating.Cast(unconfirmed, Member, Host, RatingVote.Up, unconfirmed.EndTime), MoyeoraErrorCodes.RatingNotOpen);
    }

    private static ReportTarget MessageBy(Guid sender) => new(ReportTargetType.ChatMessage, "42", sender, Guid.NewGuid(), "나쁜 말");

    [Fact]
    public void A_Report_Has_A_Listed_Reason_A_Bounded_Text_And_Is_Never_About_Oneself()
    {
        var reporter = Guid.NewGuid();
        var report = new Report(reporter, MessageBy(Host), ReportReason.Harassment, "  욕설  ", Now);
        report.Text.ShouldBe("욕설");
        report.Status.ShouldBe(ReportStatus.Open);
        report.OpenKey.ShouldBe(Report.KeyFor(reporter, ReportTargetType.ChatMessage, "42"));

        ShouldFail(() => new Report(reporter, MessageBy(reporter), ReportReason.Spam, null, Now), MoyeoraErrorCodes.CannotReportSelf);
        ShouldFail(() => new Report(reporter, MessageBy(Host), (ReportReason)99, null, Now), MoyeoraErrorCodes.InvalidReport);
        ShouldFail(() => new Report(reporter, MessageBy(Host), ReportReason.Other, "   ", Now), MoyeoraErrorCodes.InvalidReport);
        ShouldFail(() => new Report(reporter, MessageBy(Host), ReportReason.Spam, new string('가', ReportConsts.MaxTextLength + 1), Now), MoyeoraErrorCodes.InvalidReport);
        new Report(reporter, MessageBy(Host), ReportReason.Spam, new string('가', ReportConsts.MaxTextLength), Now).Text!.Length.ShouldBe(ReportConsts.MaxTextLength);
    }

    [Fact]
    public void Resolving_Frees_The_Open_Key_And_Happens_Once_With_A_Fitting_Action()
    {
        var moderator = Guid.NewGuid();
        var report = new Report(Guid.NewGuid(), MessageBy(Host), ReportReason.Spam, null, Now);
        report.Allows(ReportAction.HideMessage).ShouldBeTrue();
        report.Allows(ReportAction.CancelMeetup).ShouldBeTrue();
        report.Allows(ReportAction.LockUser).ShouldBeTrue();
        new Report(Guid.NewGuid(), new ReportTarget(ReportTargetType.User, Host.ToString(), Host, null, "닉네임"), ReportReason.Spam, null, Now)
            .Allows(ReportAction.HideMessage).ShouldBeFalse();
        new Report(Guid.NewGuid(), new ReportTarget(ReportTargetType.Meetup, "m", Host, Guid.NewGuid(), "제목"), ReportReason.Spam, null, Now)
            .Allows(ReportAction.HideMessage).ShouldBeFalse();

        report.StartReview(moderator, Now);
        report.Status.ShouldBe(ReportStatus.InReview);
        report.OpenKey.ShouldNotBeNull("still open while in review");
        report.MarkActioned(moderator, ReportAction.HideMessage, "처리", Now.AddMinutes(5));
        report.Status.ShouldBe(ReportStatus.Actioned);
        report.OpenKey.ShouldBeNull();
        report.ResolutionTime.ShouldBe(Now.AddMinutes(5));
        ShouldFail(() => report.Dismiss(moderator, null, Now), MoyeoraErrorCodes.ReportAlreadyResolved);
        ShouldFail(() => report.StartReview(moderator, Now), MoyeoraErrorCodes.ReportAlreadyResolved);
        ShouldFail(() => new Report(Guid.NewGuid(), MessageBy(Host), ReportReason.Spam, null, Now).Dismiss(moderator, new string('x', ReportConsts.MaxNoteLength + 1), Now),
            MoyeoraErrorCodes.InvalidReport);
    }

    [Fact]
    public void Moderation_Actions_Hide_Cancel_And_Lock()
    {
        var message = ChatMessage.FromMember(Guid.NewGuid(), Host, "광고", Now);
        message.Hide(Now);
        message.Hide(Now.AddHours(1));
        message.HiddenTime.ShouldBe(Now, "hiding twice keeps the first time");
        message.Text.ShouldBe("광고", "the text is kept as evidence, only never shown");

        var meetup = new Meetup(Guid.NewGuid(), Host, Meetups.Meetup_Tests.Details(), Now);
        meetup.Join(Member, Now);
        meetup.CancelByModerator("사기", Now);
        meetup.Status.ShouldBe(MeetupStatus.Cancelled);
        meetup.DomainEvents.OfType<MeetupCancelledEvent>().Single().ByModerator.ShouldBeTrue();
        ShouldFail(() => meetup.CancelByModerator("again", Now), MoyeoraErrorCodes.MeetupNotRecruiting);

        var user = new User(Guid.NewGuid(), "+821012345678", "김모임", "모임왕", Now);
        user.Lock(Now.AddDays(3), Now);
        user.IsLockedByModerator(Now.AddDays(2)).ShouldBeTrue();
        user.IsLockedOut(Now.AddDays(2)).ShouldBeFalse("a moderator's lock is not the wrong-password lock-out");
        user.DomainEvents.OfType<UserLockedEvent>().ShouldHaveSingleItem();
        user.Unlock();
        user.IsLockedByModerator(Now).ShouldBeFalse();
        user.DomainEvents.OfType<UserLockedEvent>().Count().ShouldBe(1, "unlocking ends no session");
    }
}
