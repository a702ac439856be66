using Microsoft.EntityFrameworkCore;
using Moyeora.Account;
using Moyeora.Profile;
using Moyeora.Users;

namespace Moyeora.Application.Tests.Profile;

public abstract class ProfileAppService_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    private IProfileAppService Profile => Db.Service<IProfileAppService>();

    [Fact]
    public async Task Should_Require_Sign_In()
    {
        var ex = await Should.ThrowAsync<BusinessException>(() => Profile.GetAsync());
        ShouldHaveCode(ex, MoyeoraErrorCodes.NotSignedIn, ErrorKind.Unauthenticated);
    }

    [Fact]
    public async Task Should_Return_Me_With_Roles_And_Permissions()
    {
        var adminId = await Db.WithDbAsync(d => d.Users.Where(u => u.PhoneNumber == TestData.AdminPhoneE164).Select(u => u.Id).SingleAsync());
        using var _ = DatabaseFixture.ActAs(adminId);
        var me = await Profile.GetAsync();
        me.Roles.ShouldBe([MoyeoraRoles.Admin]);
        me.Permissions.ShouldContain(Moyeora.Permissions.MoyeoraPermissions.RolesManage);
        me.Settings.LocationVisibility.ShouldBe(LocationVisibility.Everyone);
    }

    [Fact]
    public async Task Should_Edit_The_Profile()
    {
        var (_, _, tokens) = await SignUpAsync();
        using var _ = DatabaseFixture.ActAs(tokens.UserId);
        var nickname = "새닉" + Random.Shared.Next(100000);
        var updated = await Profile.UpdateAsync(new UpdateProfileDto
        {
            Nickname = nickname,
            ProfileImageUrl = "https://cdn.example.com/me.png",
            StatusMessage = "반가워요",
            Interests = ["보드게임", "coffee"],
        });
        updated.Nickname.ShouldBe(nickname);
        (await Profile.GetAsync()).Interests.ShouldBe(["보드게임", "coffee"]);
    }

    [Fact]
    public async Task Should_Keep_Interests_When_Only_The_Status_Message_Changes()
    {
        var (_, _, tokens) = await SignUpAsync();
        using var _ = DatabaseFixture.ActAs(tokens.UserId);
        await Profile.SetInterestsAsync(new UpdateInterestsDto { Interests = ["러닝", "독서"] });
        await Profile.SetStatusMessageAsync(new UpdateStatusMessageDto { StatusMessage = "달리는 중" });
        var me = await Profile.GetAsync();
        me.Interests.ShouldBe(["러닝", "독서"]);
        me.StatusMessage.ShouldBe("달리는 중");
    }

    [Fact]
    public async Task Should_Refuse_Someone_Elses_Nickname()
    {
        var (_, _, tokens) = await SignUpAsync();
        using var _ = DatabaseFixture.ActAs(tokens.UserId);
        var ex = await Should.ThrowAsync<BusinessException>(() => Profile.UpdateAsync(new UpdateProfileDto { Nickname = TestData.AliceNickname }));
        ShouldHaveCode(ex, MoyeoraErrorCodes.NicknameTaken, ErrorKind.Conflict);
    }

    [Fact]
    public async Task Should_Refuse_Invalid_Edits_Without_Writing()
    {
        var (_, _, tokens) = await SignUpAsync();
        using var _ = DatabaseFixture.ActAs(tokens.UserId);
        var before = await Profile.GetAsync();
        var ex = await Should.ThrowAsync<BusinessException>(() => Profile.UpdateAsync(new UpdateProfileDto
        {
            Nickname = before.Nickname,
            StatusMessage = new string('가', 256),
            ProfileImageUrl = "http://insecure.example.com/a.png",
        }));
        ex.FieldErrors.Keys.ShouldBe(["statusMessage", "profileImageUrl"], ignoreOrder: true);
        var after = await Profile.GetAsync();
        after.StatusMessage.ShouldBe(before.StatusMessage);
        after.ProfileImageUrl.ShouldBe(before.ProfileImageUrl);
    }

    [Fact]
    public async Task Should_Set_Ghost_Mode_Until_A_Time()
    {
        var (_, _, tokens) = await SignUpAsync();
        using var _ = DatabaseFixture.ActAs(tokens.UserId);
        var until = Db.Clock.GetUtcNow().UtcDateTime.AddHours(2);
        var me = await Profile.UpdateSettingsAsync(new UpdateSettingsDto { LocationVisibility = LocationVisibility.Nobody, GhostUntil = until });
        me.Settings.LocationVisibility.ShouldBe(LocationVisibility.Nobody);
        me.Settings.GhostUntil!.Value.ShouldBe(until, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Should_Change_Only_What_A_Settings_Update_Names_And_Never_Widen_Silently()
    {
        var (_, _, tokens) = await SignUpAsync();
        using var _ = DatabaseFixture.ActAs(tokens.UserId);
        await Profile.UpdateSettingsAsync(new UpdateSettingsDto { LocationVisibility = LocationVisibility.Nobody });

        (await Profile.UpdateSettingsAsync(new UpdateSettingsDto())).Settings.LocationVisibility.ShouldBe(LocationVisibility.Nobody, "{} names nothing");
        (await Profile.GetAsync()).Settings.LocationVisibility.ShouldBe(LocationVisibility.Nobody);

        var until = Db.Clock.GetUtcNow().UtcDateTime.AddHours(1);
        var moved = await Profile.UpdateSettingsAsync(new UpdateSettingsDto { GhostUntil = until });
        moved.Settings.LocationVisibility.ShouldBe(LocationVisibility.Nobody, "an end time alone moves the end of ghost mode");
        moved.Settings.GhostUntil!.Value.ShouldBe(until, TimeSpan.FromMilliseconds(1));

        (await Profile.UpdateSettingsAsync(new UpdateSettingsDto { LocationVisibility = LocationVisibility.FriendsOnly })).Settings.LocationVisibility.ShouldBe(LocationVisibility.FriendsOnly);
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Profile.UpdateSettingsAsync(new UpdateSettingsDto { GhostUntil = until })),
            MoyeoraErrorCodes.ValidationFailed, ErrorKind.Invalid);
        (await Profile.GetAsync()).Settings.LocationVisibility.ShouldBe(LocationVisibility.FriendsOnly, "an end time alone never implies another visibility");

        var widened = await Profile.UpdateSettingsAsync(new UpdateSettingsDto { LocationVisibility = LocationVisibility.Everyone });
        widened.Settings.LocationVisibility.ShouldBe(LocationVisibility.Everyone, "widening works when named");
        widened.Settings.GhostUntil.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Keep_A_Default_Radius_Per_Person_And_Refuse_One_Outside_100_M_To_700_Km()
    {
        var (_, _, tokens) = await SignUpAsync();
        using var _ = DatabaseFixture.ActAs(tokens.UserId);
        (await Profile.GetAsync()).Settings.DefaultRadiusMeters.ShouldBe(2_000, "until chosen, the server's default");
        await Profile.UpdateSettingsAsync(new UpdateSettingsDto { LocationVisibility = LocationVisibility.FriendsOnly });

        var chosen = await Profile.UpdateSettingsAsync(new UpdateSettingsDto { DefaultRadiusMeters = 5_000 });
        chosen.Settings.DefaultRadiusMeters.ShouldBe(5_000);
        chosen.Settings.LocationVisibility.ShouldBe(LocationVisibility.FriendsOnly, "a radius alone changes nothing else");
        (await Profile.GetAsync()).Settings.DefaultRadiusMeters.ShouldBe(5_000);
        (await Profile.UpdateSettingsAsync(new UpdateSettingsDto())).Settings.DefaultRadiusMeters.ShouldBe(5_000, "{} names nothing");

        foreach (var bad in new[] { 0, 99, 700_001, -1, int.MaxValue })
        {
            var ex = await Should.ThrowAsync<BusinessException>(() => Profile.UpdateSettingsAsync(new UpdateSettingsDto { DefaultRadiusMeters = bad }));
            ShouldHaveCode(ex, MoyeoraErrorCodes.InvalidRadius, ErrorKind.Invalid);
            ex.FieldErrors.Keys.ShouldBe(["defaultRadiusMeters"]);
        }

        (await Profile.UpdateSettingsAsync(new UpdateSettingsDto { DefaultRadiusMeters = 100 })).Settings.DefaultRadiusMeters.ShouldBe(100);
        (await Profile.UpdateSettingsAsync(new UpdateSettingsDto { DefaultRadiusMeters = 700_000 })).Settings.DefaultRadiusMeters.ShouldBe(700_000);
    }

    [Fact]
    public async Task Should_Change_The_Password_Only_With_The_Current_One()
    {
        var (phone, password, tokens) = await SignUpAsync();
        using (DatabaseFixture.ActAs(tokens.UserId))
        {
            var wrong = await Should.ThrowAsync<BusinessException>(() => Profile.ChangePasswordAsync(
                new ChangePasswordDto { CurrentPassword = "wrong-pass-1", NewPassword = "another-pass-3" }));
            ShouldHaveCode(wrong, MoyeoraErrorCodes.CurrentPasswordIncorrect, ErrorKind.Invalid);
            var weak = await Should.ThrowAsync<BusinessException>(() => Profile.ChangePasswordAsync(
                new ChangePasswordDto { CurrentPassword = password, NewPassword = "weak" }));
            weak.Code.ShouldBe(MoyeoraErrorCodes.InvalidPassword);
            await Profile.ChangePasswordAsync(new ChangePasswordDto { CurrentPassword = password, NewPassword = "another-pass-3" });
        }

        (await Should.ThrowAsync<BusinessException>(() => Account.RefreshAsync(new RefreshTokenDto { RefreshToken = tokens.RefreshToken })))
            .Code.ShouldBe(MoyeoraErrorCodes.RefreshTokenInvalid);
        (await Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = "another-pass-3" })).UserId.ShouldBe(tokens.UserId);
    }

    [Fact]
    public async Task Should_Move_The_Account_To_A_Verified_New_Number()
    {
        var (oldPhone, password, tokens) = await SignUpAsync();
        var newPhone = TestData.NewPhone();
        var token = await VerifyPhoneAsync(newPhone, Moyeora.Verification.VerificationPurpose.PhoneChange);
        using (DatabaseFixture.ActAs(tokens.UserId))
        {
            var wrong = await Should.ThrowAsync<BusinessException>(() => Profile.ChangePhoneNumberAsync(new ChangePhoneNumberDto { VerificationToken = token, Password = "wrong-pass-1" }));
            wrong.Code.ShouldBe(MoyeoraErrorCodes.CurrentPasswordIncorrect);
            (await Profile.ChangePhoneNumberAsync(new ChangePhoneNumberDto { VerificationToken = token, Password = password }))
                .PhoneNumber.ShouldBe(PhoneNumber.Normalize(newPhone));
        }

        (await Should.ThrowAsync<BusinessException>(() => Account.RefreshAsync(new RefreshTokenDto { RefreshToken = tokens.RefreshToken })))
            .Code.ShouldBe(MoyeoraErrorCodes.RefreshTokenInvalid);
        (await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = oldPhone, Password = password })))
            .Code.ShouldBe(MoyeoraErrorCodes.InvalidCredentials);
        (await Account.LoginAsync(new LoginDto { PhoneNumber = newPhone, Password = password })).UserId.ShouldBe(tokens.UserId);
    }

    [Fact]
    public async Task Should_Not_Move_To_A_Taken_Number_Or_With_A_Sign_Up_Token()
    {
        var (_, password, tokens) = await SignUpAsync();
        var signUpToken = await VerifyPhoneAsync(TestData.NewPhone());
        using var _ = DatabaseFixture.ActAs(tokens.UserId);
        (await Should.ThrowAsync<BusinessException>(() => Profile.ChangePhoneNumberAsync(new ChangePhoneNumberDto { VerificationToken = signUpToken, Password = password })))
            .Code.ShouldBe(MoyeoraErrorCodes.VerificationTokenInvalid);
        // A taken number gets no code at all for a phone change, so its token cannot exist.
        await Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = TestData.AlicePhone, Purpose = Moyeora.Verification.VerificationPurpose.PhoneChange });
        (await LastCodeSentToAsync(TestData.AlicePhone)).ShouldBeNull();
    }

    [Fact]
    public async Task Should_Delete_Only_With_The_Password()
    {
        var (_, _, tokens) = await SignUpAsync();
        using var _ = DatabaseFixture.ActAs(tokens.UserId);
        var ex = await Should.ThrowAsync<BusinessException>(() => Profile.DeleteAsync(new DeleteAccountDto { Password = "wrong-pass-1" }));
        ex.Code.ShouldBe(MoyeoraErrorCodes.CurrentPasswordIncorrect);
        (await Profile.GetAsync()).Id.ShouldBe(tokens.UserId);
    }

    [Fact]
    public async Task Should_Count_Wrong_Passwords_Toward_The_Lockout()
    {
        var (_, password, tokens) = await SignUpAsync();
        using var _ = DatabaseFixture.ActAs(tokens.UserId);
        for (var i = 0; i < 5; i++)
        {
            await Should.ThrowAsync<BusinessException>(() => Profile.DeleteAsync(new DeleteAccountDto { Password = "guess-pass-" + i }));
        }

        var locked = await Should.ThrowAsync<BusinessException>(() => Profile.DeleteAsync(new DeleteAccountDto { Password = password }));
        ShouldHaveCode(locked, MoyeoraErrorCodes.AccountLocked, ErrorKind.RateLimited);
    }
}

public sealed class ProfileAppService_Sqlite_Tests(SqliteFixture db) : ProfileAppService_Tests(db), IClassFixture<SqliteFixture>;

public sealed class ProfileAppService_PostgreSql_Tests(PostgreSqlFixture db) : ProfileAppService_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class ProfileAppService_MariaDb_Tests(MariaDbFixture db) : ProfileAppService_Tests(db), IClassFixture<MariaDbFixture>;
