using Moyeora.Users;

namespace Moyeora.Domain.Tests.Users;

/// <summary>An administrator's deactivation against the owner's own deletion.</summary>
public sealed class UserDeactivation_Tests
{
    private static readonly DateTime Now = new(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc);

    private static User NewUser() => new(Guid.NewGuid(), "+821012345678", "홍길동", "길동이", Now);

    [Fact]
    public void Deactivation_By_An_Administrator_Ends_Sessions_And_No_Log_In_Restores_It()
    {
        var user = NewUser();
        user.DeactivateByAdministrator(Now);

        user.IsActive.ShouldBeFalse();
        user.DeactivatedByAdministrator.ShouldBeTrue();
        user.SecurityStamp.ShouldBe(1, "every access token issued before stops working");
        user.DomainEvents.OfType<UserSessionsEndedEvent>().Single().Reason.ShouldBe(SessionsEndedReason.AccountDeactivated);
        user.DomainEvents.OfType<UserDeactivatedEvent>().ShouldHaveSingleItem("the same consequences as a deletion: gone from maps, meetups left");
        user.CanBeRestored(Now.AddMinutes(1)).ShouldBeFalse("the owner's next log-in must not undo an administrator's decision");
        Should.Throw<BusinessException>(() => user.Restore(Now.AddMinutes(1))).Code.ShouldBe(MoyeoraErrorCodes.AccountDeactivated);
    }

    [Fact]
    public void An_Administrator_Restores_What_An_Administrator_Deactivated()
    {
        var user = NewUser();
        user.DeactivateByAdministrator(Now);
        user.ClearDomainEvents();

        user.RestoreByAdministrator();

        user.IsActive.ShouldBeTrue();
        user.DeactivatedByAdministrator.ShouldBeFalse();
        user.DeactivationTime.ShouldBeNull();
        user.DomainEvents.OfType<UserRestoredEvent>().ShouldHaveSingleItem();
        user.RestoreByAdministrator();
        user.DomainEvents.Count.ShouldBe(1, "restoring an active person changes nothing");
    }

    [Fact]
    public void An_Owners_Deletion_Is_Not_An_Administrators_To_Undo_But_Can_Be_Made_Final_Until_Restored()
    {
        var user = NewUser();
        user.Deactivate(Now);
        user.CanBeRestored(Now.AddDays(1)).ShouldBeTrue();

        Should.Throw<BusinessException>(() => user.RestoreByAdministrator()).Code.ShouldBe(MoyeoraErrorCodes.AccountDeletedByOwner);
        user.IsActive.ShouldBeFalse();

        var stamp = user.SecurityStamp;
        user.DeactivateByAdministrator(Now.AddDays(1));
        user.DeactivationTime.ShouldBe(Now, "the deletion keeps its time");
        user.SecurityStamp.ShouldBe(stamp, "nothing was open to end");
        user.CanBeRestored(Now.AddDays(2)).ShouldBeFalse("an administrator's deactivation now holds");
        user.RestoreByAdministrator();
        user.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void The_Lock_Out_Policy_In_Force_Decides_Attempts_And_Length()
    {
        var user = NewUser();
        user.RecordFailedLogin(Now, 3, TimeSpan.FromMinutes(2));
        user.RecordFailedLogin(Now, 3, TimeSpan.FromMinutes(2));
        user.IsLockedOut(Now).ShouldBeFalse();
        user.RecordFailedLogin(Now, 3, TimeSpan.FromMinutes(2));
        user.IsLockedOut(Now.AddMinutes(1)).ShouldBeTrue();
        user.IsLockedOut(Now.AddMinutes(2)).ShouldBeFalse();
        Should.Throw<ArgumentOutOfRangeException>(() => user.RecordFailedLogin(Now, 0, TimeSpan.FromMinutes(1)));
    }
}
