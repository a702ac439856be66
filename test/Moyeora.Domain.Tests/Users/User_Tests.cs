using Moyeora.Users;

namespace Moyeora.Domain.Tests.Users;

public sealed class User_Tests
{
    private static readonly DateTime Now = new(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc);

    private static User NewUser() => new(Guid.NewGuid(), "+821012345678", "홍길동", "길동이", Now);

    [Fact]
    public void Should_Start_With_Rating_70_And_Visible_To_Everyone()
    {
        var user = NewUser();
        user.Rating.ShouldBe(70);
        user.LocationVisibility.ShouldBe(LocationVisibility.Everyone);
        user.IsActive.ShouldBeTrue();
        user.NormalizedNickname.ShouldBe("길동이");
    }

    [Fact]
    public void Should_Refuse_A_Phone_Number_That_Is_Not_E164()
    {
        Should.Throw<BusinessException>(() => new User(Guid.NewGuid(), "010-1234-5678", "홍길동", "길동이", Now))
            .Code.ShouldBe(MoyeoraErrorCodes.InvalidPhoneNumber);
    }

    [Fact]
    public void Should_Lock_After_Five_Failed_Logins_For_Fifteen_Minutes()
    {
        var user = NewUser();
        for (var i = 0; i < 4; i++)
        {
            user.RecordFailedLogin(Now);
            user.IsLockedOut(Now).ShouldBeFalse();
        }

        user.RecordFailedLogin(Now);
        user.IsLockedOut(Now).ShouldBeTrue();
        user.IsLockedOut(Now.AddMinutes(14)).ShouldBeTrue();
        user.IsLockedOut(Now.AddMinutes(15)).ShouldBeFalse();
    }

    [Fact]
    public void Should_Reset_Failures_On_Success()
    {
        var user = NewUser();
        for (var i = 0; i < 4; i++)
        {
            user.RecordFailedLogin(Now);
        }

        user.RecordSuccessfulLogin(Now);
        user.RecordFailedLogin(Now);
        user.IsLockedOut(Now).ShouldBeFalse();
        user.AccessFailedCount.ShouldBe(1);
    }

    [Fact]
    public void Should_Keep_Interests_When_Status_Message_Changes()
    {
        var user = NewUser();
        user.SetInterests(["등산", "독서"]);
        user.SetStatusMessage("오늘은 등산!");
        user.Interests.ShouldBe(["등산", "독서"]);
        user.StatusMessage.ShouldBe("오늘은 등산!");
    }

    [Fact]
    public void Should_Deactivate_And_Restore_Within_30_Days()
    {
        var user = NewUser();
        user.Deactivate(Now);
        user.IsActive.ShouldBeFalse();
        user.DomainEvents.ShouldContain(new UserDeactivatedEvent(user.Id));
        user.CanBeRestored(Now.AddDays(30)).ShouldBeTrue();
        user.Restore(Now.AddDays(29));
        user.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void Should_Not_Restore_After_30_Days()
    {
        var user = NewUser();
        user.Deactivate(Now);
        Should.Throw<BusinessException>(() => user.Restore(Now.AddDays(31))).Code.ShouldBe(MoyeoraErrorCodes.AccountDeactivated);
        user.IsActive.ShouldBeFalse();
    }

    [Fact]
    public void Should_End_Sessions_Only_For_A_Password_Change()
    {
        var user = NewUser();
        user.SetPasswordHash("hash-1", isChange: false);
        user.DomainEvents.ShouldBeEmpty();
        user.SecurityStamp.ShouldBe(0);
        user.SetPasswordHash("hash-2", isChange: true);
        user.DomainEvents.ShouldContain(new UserSessionsEndedEvent(user.Id, SessionsEndedReason.PasswordChanged));
        user.SecurityStamp.ShouldBe(1);
    }

    [Fact]
    public void Should_Keep_A_Default_Radius_Only_Between_100_M_And_700_Km()
    {
        var user = NewUser();
        user.DefaultRadiusMeters.ShouldBeNull("until chosen, the server's default applies");
        user.SetDefaultRadius(UserConsts.MinRadiusMeters);
        user.SetDefaultRadius(UserConsts.MaxRadiusMeters);
        user.DefaultRadiusMeters.ShouldBe(700_000);
        foreach (var bad in new[] { 99, 700_001, 0, -5 })
        {
            var ex = Should.Throw<BusinessException>(() => user.SetDefaultRadius(bad));
            ex.Code.ShouldBe(MoyeoraErrorCodes.InvalidRadius);
            ex.FieldErrors.Keys.ShouldBe(["defaultRadiusMeters"]);
            ex.Details["minMeters"].ShouldBe(100);
            ex.Details["maxKilometers"].ShouldBe(700);
        }

        user.DefaultRadiusMeters.ShouldBe(700_000, "a refused value changes nothing");
    }

    [Fact]
    public void Should_Move_The_Security_Stamp_Whenever_Every_Session_Ends()
    {
        var user = NewUser();
        user.SetPasswordHash("hash-1", isChange: false);
        user.SetPasswordHash("hash-2", isChange: true);
        user.ChangePhoneNumber("+821099998888");
        user.Lock(Now.AddDays(1), Now);
        user.EndAllSessions(SessionsEndedReason.SignedOutEverywhere);
        user.Deactivate(Now);
        user.SecurityStamp.ShouldBe(5);
        user.DomainEvents.OfType<UserSessionsEndedEvent>().Select(e => e.Reason).ShouldBe(
        [
            SessionsEndedReason.PasswordChanged, SessionsEndedReason.PhoneNumberChanged, SessionsEndedReason.Locked,
            SessionsEndedReason.SignedOutEverywhere, SessionsEndedReason.AccountDeactivated,
        ]);
    }

    [Fact]
    public void Should_Lift_No_Lock_With_A_Password_Reset()
    {
        var user = NewUser();
        user.SetPasswordHash("hash-1", isChange: false);
        for (var i = 0; i < UserConsts.MaxFailedLogins; i++)
        {
            user.RecordFailedLogin(Now);
        }

        user.Lock(Now.AddDays(7), Now);
        user.SetPasswordHash("hash-2", isChange: true);
        user.IsLockedOut(Now.AddMinutes(1)).ShouldBeTrue("a reset does not end the wrong-password lock-out");
        user.IsLockedByModerator(Now.AddDays(6)).ShouldBeTrue("a reset does not end a moderator's lock");
        user.IsLockedOut(Now + UserConsts.LockoutDuration).ShouldBeFalse();
        user.IsLockedByModerator(Now.AddDays(7)).ShouldBeFalse();
        Should.Throw<BusinessException>(() => user.Lock(Now, Now)).Code.ShouldBe(MoyeoraErrorCodes.ValidationFailed);
        user.Unlock();
        user.IsLockedOut(Now).ShouldBeFalse();
        user.IsLockedByModerator(Now).ShouldBeFalse();
    }

    [Fact]
    public void Should_Validate_Ghost_Mode()
    {
        var user = NewUser();
        user.SetLocationVisibility(LocationVisibility.Nobody, Now.AddHours(1), Now);
        user.GhostUntil.ShouldBe(Now.AddHours(1));
        Should.Throw<BusinessException>(() => user.SetLocationVisibility(LocationVisibility.Everyone, Now.AddHours(1), Now));
        Should.Throw<BusinessException>(() => user.SetLocationVisibility(LocationVisibility.Nobody, Now.AddHours(-1), Now));
        Should.Throw<BusinessException>(() => user.SetLocationVisibility((LocationVisibility)42, null, Now));
    }

    [Fact]
    public void Should_Hold_Each_Role_Once()
    {
        var user = NewUser();
        var role = Guid.NewGuid();
        user.AddRole(role);
        user.AddRole(role);
        user.RoleIds.Count.ShouldBe(1);
        user.RemoveRole(role);
        user.IsInRole(role).ShouldBeFalse();
    }
}
