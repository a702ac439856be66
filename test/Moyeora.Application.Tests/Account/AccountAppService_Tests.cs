using Microsoft.EntityFrameworkCore;
using Moyeora.Account;
using Moyeora.Profile;
using Moyeora.Users;
using Moyeora.Verification;

namespace Moyeora.Application.Tests.Account;

public abstract class AccountAppService_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    [Fact]
    public async Task Should_Sign_Up_With_A_Verified_Phone_And_Sign_In()
    {
        var (phone, password, tokens) = await SignUpAsync("가입테스트" + Random.Shared.Next(1000));
        tokens.AccessToken.ShouldNotBeNullOrEmpty();
        tokens.RefreshToken.ShouldNotBeNullOrEmpty();

        var login = await Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = password });
        login.UserId.ShouldBe(tokens.UserId);
        using (DatabaseFixture.ActAs(login.UserId))
        {
            var me = await Db.Service<IProfileAppService>().GetAsync();
            me.PhoneNumber.ShouldBe(PhoneNumber.Normalize(phone));
            me.Rating.ShouldBe(70);
            me.Interests.ShouldBe(["등산"]);
        }
    }

    [Fact]
    public async Task Should_Store_Codes_And_Tokens_Only_As_Hashes()
    {
        var phone = TestData.NewPhone();
        await Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp });
        var code = await LastCodeSentToAsync(phone);
        var e164 = PhoneNumber.Normalize(phone);
        var stored = await Db.WithDbAsync(d => d.VerificationCodes.SingleAsync(c => c.PhoneNumber == e164));
        stored.CodeHash.ShouldNotContain(code!);
        stored.ExpirationTime.ShouldBe(stored.CreationTime.AddMinutes(5));
    }

    [Fact]
    public async Task Should_Answer_The_Same_For_A_Registered_Number_But_Send_No_Code()
    {
        var answer = await Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = TestData.AlicePhone, Purpose = VerificationPurpose.SignUp });
        var fresh = await Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = TestData.NewPhone(), Purpose = VerificationPurpose.SignUp });
        answer.ExpiresInSeconds.ShouldBe(fresh.ExpiresInSeconds);
        answer.ResendAfterSeconds.ShouldBe(fresh.ResendAfterSeconds);
        (await LastCodeSentToAsync(TestData.AlicePhone)).ShouldBeNull();
        (await SmsCountAsync(TestData.AlicePhone)).ShouldBe(1); // told to log in instead
    }

    [Fact]
    public async Task Should_Send_Nothing_For_A_Reset_Of_An_Unknown_Number()
    {
        var phone = TestData.NewPhone();
        var answer = await Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.PasswordReset });
        answer.ExpiresInSeconds.ShouldBe(300);
        (await SmsCountAsync(phone)).ShouldBe(0);
        var ex = await Should.ThrowAsync<BusinessException>(() => Account.VerifyCodeAsync(
            new VerifyCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.PasswordReset, Code = "123456" }));
        ex.Code.ShouldBe(MoyeoraErrorCodes.VerificationCodeInvalid);
    }

    [Fact]
    public async Task Should_Refuse_A_Resend_Within_60_Seconds()
    {
        var phone = TestData.NewPhone();
        var input = new SendVerificationCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp };
        await Account.SendVerificationCodeAsync(input);
        var ex = await Should.ThrowAsync<BusinessException>(() => Account.SendVerificationCodeAsync(input));
        ShouldHaveCode(ex, MoyeoraErrorCodes.VerificationCodeResendTooSoon, ErrorKind.RateLimited);
        ((int)ex.Details["retryAfterSeconds"]!).ShouldBeInRange(1, 60);
        (await SmsCountAsync(phone)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Limit_Code_Requests_Per_Phone_Per_Hour_And_Supersede_Old_Codes()
    {
        var phone = TestData.NewPhone();
        var input = new SendVerificationCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp };
        string? firstCode = null;
        for (var i = 0; i < VerificationConsts.MaxRequestsPerPhonePerHour; i++)
        {
            await Account.SendVerificationCodeAsync(input);
            firstCode ??= await LastCodeSentToAsync(phone);
            Db.Clock.Advance(TimeSpan.FromSeconds(61));
        }

        var ex = await Should.ThrowAsync<BusinessException>(() => Account.SendVerificationCodeAsync(input));
        ShouldHaveCode(ex, MoyeoraErrorCodes.VerificationCodeRequestLimit, ErrorKind.RateLimited);

        var latest = await LastCodeSentToAsync(phone);
        if (latest != firstCode)
        {
            var old = await Should.ThrowAsync<BusinessException>(() => Account.VerifyCodeAsync(
                new VerifyCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp, Code = firstCode! }));
            old.Code.ShouldBe(MoyeoraErrorCodes.VerificationCodeInvalid);
        }

        (await Account.VerifyCodeAsync(new VerifyCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp, Code = latest! }))
            .VerificationToken.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Should_Limit_Code_Requests_Per_Client_Ip()
    {
        var ip = $"203.0.113.{Random.Shared.Next(1, 250)}";
        using var _ = DatabaseFixture.ActAs(null, ip);
        for (var i = 0; i < TestData.CodeRequestsPerAddressPerHour; i++)
        {
            await Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = TestData.NewPhone(), Purpose = VerificationPurpose.SignUp });
        }

        var phone = TestData.NewPhone();
        var ex = await Should.ThrowAsync<BusinessException>(() => Account.SendVerificationCodeAsync(
            new SendVerificationCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp }));
        ShouldHaveCode(ex, MoyeoraErrorCodes.VerificationCodeRequestLimit, ErrorKind.RateLimited);
        (await SmsCountAsync(phone)).ShouldBe(0);
    }

    [Fact]
    public async Task Should_Kill_A_Code_After_Five_Wrong_Attempts()
    {
        var phone = TestData.NewPhone();
        await Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp });
        var code = await LastCodeSentToAsync(phone);
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++)
        {
            var ex = await Should.ThrowAsync<BusinessException>(() => Account.VerifyCodeAsync(
                new VerifyCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp, Code = wrong }));
            ex.Code.ShouldBe(MoyeoraErrorCodes.VerificationCodeInvalid);
            ex.Details["attemptsLeft"].ShouldBe(4 - i);
        }

        var dead = await Should.ThrowAsync<BusinessException>(() => Account.VerifyCodeAsync(
            new VerifyCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp, Code = code! }));
        dead.Code.ShouldBe(MoyeoraErrorCodes.VerificationCodeExpired);
    }

    [Fact]
    public async Task Should_Expire_A_Code_After_Five_Minutes()
    {
        var phone = TestData.NewPhone();
        await Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp });
        var code = await LastCodeSentToAsync(phone);
        Db.Clock.Advance(TimeSpan.FromMinutes(5));
        var ex = await Should.ThrowAsync<BusinessException>(() => Account.VerifyCodeAsync(
            new VerifyCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp, Code = code! }));
        ex.Code.ShouldBe(MoyeoraErrorCodes.VerificationCodeExpired);
    }

    [Fact]
    public async Task Should_Use_A_Verification_Token_Once()
    {
        var phone = TestData.NewPhone();
        var token = await VerifyPhoneAsync(phone);
        var input = new RegisterDto { VerificationToken = token, Name = "한번만", Nickname = TestData.NewNickname(), Password = "secret-pass-1" };
        await Account.RegisterAsync(input);
        input.Nickname = TestData.NewNickname();
        var ex = await Should.ThrowAsync<BusinessException>(() => Account.RegisterAsync(input));
        ex.Code.ShouldBe(MoyeoraErrorCodes.VerificationTokenInvalid);
    }

    [Fact]
    public async Task Should_Not_Sign_Up_With_A_Reset_Token()
    {
        var token = await VerifyPhoneAsync(TestData.BobPhone, VerificationPurpose.PasswordReset);
        var ex = await Should.ThrowAsync<BusinessException>(() => Account.RegisterAsync(
            new RegisterDto { VerificationToken = token, Name = "가짜", Nickname = TestData.NewNickname(), Password = "secret-pass-1" }));
        ex.Code.ShouldBe(MoyeoraErrorCodes.VerificationTokenInvalid);
    }

    [Fact]
    public async Task Should_Report_Every_Invalid_Field_And_Write_Nothing()
    {
        var phone = TestData.NewPhone();
        var token = await VerifyPhoneAsync(phone);
        var ex = await Should.ThrowAsync<BusinessException>(() => Account.RegisterAsync(new RegisterDto
        {
            VerificationToken = token,
            Name = "x",
            Nickname = "<script>",
            Password = "short",
            ProfileImageUrl = "javascript:alert(1)",
            Interests = Enumerable.Range(0, 11).Select(i => $"관심{i}").ToList(),
        }));
        ShouldHaveCode(ex, MoyeoraErrorCodes.ValidationFailed, ErrorKind.Invalid);
        ex.FieldErrors.Keys.ShouldBe(["name", "password", "profileImageUrl", "interests"], ignoreOrder: true);
        var fieldCodes = (IDictionary<string, string>)ex.Details["fieldCodes"]!;
        fieldCodes["password"].ShouldBe(MoyeoraErrorCodes.InvalidPassword);
        fieldCodes["name"].ShouldBe(MoyeoraErrorCodes.InvalidName);
        var e164 = PhoneNumber.Normalize(phone);
        (await Db.WithDbAsync(d => d.Users.AnyAsync(u => u.PhoneNumber == e164))).ShouldBeFalse();

        // The token was not spent by the refused attempt.
        var tokens = await Account.RegisterAsync(new RegisterDto { VerificationToken = token, Name = "정상", Nickname = TestData.NewNickname(), Password = "secret-pass-1" });
        tokens.UserId.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task Should_Refuse_A_Taken_Nickname_Case_Insensitively()
    {
        var token = await VerifyPhoneAsync(TestData.NewPhone());
        var ex = await Should.ThrowAsync<BusinessException>(() => Account.RegisterAsync(
            new RegisterDto { VerificationToken = token, Name = "김밥", Nickname = "BOB", Password = "secret-pass-1" }));
        ShouldHaveCode(ex, MoyeoraErrorCodes.NicknameTaken, ErrorKind.Conflict);
    }

    [Fact]
    public async Task Should_Check_Nickname_Availability()
    {
        var taken = await Account.CheckNicknameAsync(new CheckNicknameDto { Nickname = "bob" });
        taken.IsValid.ShouldBeTrue();
        taken.IsAvailable.ShouldBeFalse();
        var free = await Account.CheckNicknameAsync(new CheckNicknameDto { Nickname = TestData.NewNickname() });
        free.IsAvailable.ShouldBeTrue();
        var invalid = await Account.CheckNicknameAsync(new CheckNicknameDto { Nickname = "' OR 1=1 --" });
        invalid.IsValid.ShouldBeFalse();
        invalid.IsAvailable.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Lock_The_Account_After_Five_Wrong_Passwords()
    {
        var (phone, password, _) = await SignUpAsync();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = "wrong-pass-1" }));
            ShouldHaveCode(wrong, MoyeoraErrorCodes.InvalidCredentials, ErrorKind.Unauthenticated);
        }

        // Even the right password answers as a wrong one while locked out: the lock-out must not confirm a guess.
        var locked = await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = password }));
        ShouldHaveCode(locked, MoyeoraErrorCodes.InvalidCredentials, ErrorKind.Unauthenticated);
        var unknown = await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = TestData.NewPhone(), Password = password }));
        locked.Message.ShouldBe(unknown.Message);
        locked.Details.ShouldBeEmpty();

        Db.Clock.Advance(TimeSpan.FromMinutes(15));
        (await Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = password })).AccessToken.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Should_Answer_Unknown_Numbers_Like_Wrong_Passwords()
    {
        var unknown = await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = TestData.NewPhone(), Password = "secret-pass-1" }));
        var malformed = await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = "'; DROP TABLE Users;--", Password = "x" }));
        var wrong = await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = TestData.BobPhone, Password = "not-his-1" }));
        new[] { unknown, malformed, wrong }.ShouldAllBe(e => e.Code == MoyeoraErrorCodes.InvalidCredentials && e.Message == wrong.Message);
    }

    [Fact]
    public async Task Should_Rotate_Refresh_Tokens_And_Revoke_The_Family_On_Reuse()
    {
        var (_, _, tokens) = await SignUpAsync();
        var second = await Account.RefreshAsync(new RefreshTokenDto { RefreshToken = tokens.RefreshToken });
        second.RefreshToken.ShouldNotBe(tokens.RefreshToken);
        var third = await Account.RefreshAsync(new RefreshTokenDto { RefreshToken = second.RefreshToken });

        var reuse = await Should.ThrowAsync<BusinessException>(() => Account.RefreshAsync(new RefreshTokenDto { RefreshToken = tokens.RefreshToken }));
        ShouldHaveCode(reuse, MoyeoraErrorCodes.RefreshTokenReused, ErrorKind.Unauthenticated);

        // The thief's copy and the owner's newest token are both dead now.
        var afterReuse = await Should.ThrowAsync<BusinessException>(() => Account.RefreshAsync(new RefreshTokenDto { RefreshToken = third.RefreshToken }));
        ShouldHaveCode(afterReuse, MoyeoraErrorCodes.RefreshTokenInvalid, ErrorKind.Unauthenticated);
    }

    [Fact]
    public async Task Should_Expire_Refresh_Tokens_After_14_Days()
    {
        var (_, _, tokens) = await SignUpAsync();
        Db.Clock.Advance(TimeSpan.FromDays(14));
        var ex = await Should.ThrowAsync<BusinessException>(() => Account.RefreshAsync(new RefreshTokenDto { RefreshToken = tokens.RefreshToken }));
        ex.Code.ShouldBe(MoyeoraErrorCodes.RefreshTokenInvalid);
    }

    [Fact]
    public async Task Should_Log_Out_One_Session_Or_All()
    {
        var (phone, password, first) = await SignUpAsync();
        var second = await Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = password });
        var third = await Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = password });
        using (DatabaseFixture.ActAs(first.UserId))
        {
            await Account.LogoutAsync(new LogoutDto { RefreshToken = first.RefreshToken });
        }

        (await Should.ThrowAsync<BusinessException>(() => Account.RefreshAsync(new RefreshTokenDto { RefreshToken = first.RefreshToken })))
            .Code.ShouldBe(MoyeoraErrorCodes.RefreshTokenInvalid);
        var stillAlive = await Account.RefreshAsync(new RefreshTokenDto { RefreshToken = second.RefreshToken });

        using (DatabaseFixture.ActAs(first.UserId))
        {
            await Account.LogoutAsync(new LogoutDto { RefreshToken = stillAlive.RefreshToken, AllSessions = true });
        }

        (await Should.ThrowAsync<BusinessException>(() => Account.RefreshAsync(new RefreshTokenDto { RefreshToken = third.RefreshToken })))
            .Code.ShouldBe(MoyeoraErrorCodes.RefreshTokenInvalid);
    }

    [Fact]
    public async Task Should_Not_Log_Out_Someone_Elses_Session()
    {
        var (_, _, victim) = await SignUpAsync();
        using (DatabaseFixture.ActAs(TestData.BobId))
        {
            await Account.LogoutAsync(new LogoutDto { RefreshToken = victim.RefreshToken });
        }

        (await Account.RefreshAsync(new RefreshTokenDto { RefreshToken = victim.RefreshToken })).AccessToken.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Should_Require_Sign_In_To_Log_Out()
    {
        var ex = await Should.ThrowAsync<BusinessException>(() => Account.LogoutAsync(new LogoutDto { RefreshToken = "x" }));
        ShouldHaveCode(ex, MoyeoraErrorCodes.NotSignedIn, ErrorKind.Unauthenticated);
    }

    [Fact]
    public async Task Should_Answer_Alike_Without_The_Right_Password_Whatever_The_State()
    {
        const string wrong = "wrong-pass-9";
        var now = Db.Clock.GetUtcNow().UtcDateTime;
        var hasher = Db.Service<Microsoft.AspNetCore.Identity.IPasswordHasher<User>>();
        Task NewUserWithPasswordAsync(string phone, Action<User>? configure = null) => NewUserAsync(phone, configure: u =>
        {
            u.SetPasswordHash(hasher.HashPassword(u, "right-pass-1"), isChange: false);
            configure?.Invoke(u);
        });
        var registered = TestData.NewPhone();
        await NewUserWithPasswordAsync(registered);
        var lockedOut = TestData.NewPhone();
        await NewUserWithPasswordAsync(lockedOut, u =>
        {
            for (var i = 0; i < UserConsts.MaxFailedLogins; i++)
            {
                u.RecordFailedLogin(now);
            }
        });
        var moderatorLocked = TestData.NewPhone();
        await NewUserWithPasswordAsync(moderatorLocked, u => u.Lock(now.AddDays(3), now));
        var deactivated = TestData.NewPhone();
        await NewUserWithPasswordAsync(deactivated, u => u.Deactivate(now));
        var erasedSoon = TestData.NewPhone();
        await NewUserWithPasswordAsync(erasedSoon, u => u.Deactivate(now.AddDays(-31)));

        var answers = new List<BusinessException>();
        foreach (var phone in new[] { TestData.NewPhone(), registered, lockedOut, moderatorLocked, deactivated, erasedSoon })
        {
            answers.Add(await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = wrong })));
        }

        answers.ShouldAllBe(e => e.Code == MoyeoraErrorCodes.InvalidCredentials && e.Kind == ErrorKind.Unauthenticated
            && e.Message == answers[0].Message && e.Details.Count == 0 && e.FieldErrors.Count == 0);
    }

    [Fact]
    public async Task Should_Keep_A_Moderators_Lock_Through_A_Password_Reset_Until_Unlocked()
    {
        var (phone, _, tokens) = await SignUpAsync();
        var now = Db.Clock.GetUtcNow().UtcDateTime;
        await Db.WithDbAsync(async d =>
        {
            var user = await d.Users.SingleAsync(u => u.Id == tokens.UserId);
            user.Lock(now.AddDays(7), now);
            await d.SaveChangesAsync();
            return 0;
        });

        Db.Clock.Advance(TimeSpan.FromMinutes(2));
        var token = await VerifyPhoneAsync(phone, VerificationPurpose.PasswordReset);
        await Account.ResetPasswordAsync(new ResetPasswordDto { VerificationToken = token, NewPassword = "after-reset-pass-3" });
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = "after-reset-pass-3" })),
            MoyeoraErrorCodes.AccountLocked, ErrorKind.Forbidden);

        await Db.WithDbAsync(async d =>
        {
            (await d.Users.SingleAsync(u => u.Id == tokens.UserId)).Unlock();
            await d.SaveChangesAsync();
            return 0;
        });
        (await Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = "after-reset-pass-3" })).UserId.ShouldBe(tokens.UserId);
    }

    [Fact]
    public async Task Should_Reset_The_Password_And_End_Every_Session()
    {
        var (phone, oldPassword, tokens) = await SignUpAsync();
        Db.Clock.Advance(TimeSpan.FromMinutes(2));
        var token = await VerifyPhoneAsync(phone, VerificationPurpose.PasswordReset);
        await Account.ResetPasswordAsync(new ResetPasswordDto { VerificationToken = token, NewPassword = "brand-new-pass-2" });

        (await Should.ThrowAsync<BusinessException>(() => Account.RefreshAsync(new RefreshTokenDto { RefreshToken = tokens.RefreshToken })))
            .Code.ShouldBe(MoyeoraErrorCodes.RefreshTokenInvalid);
        (await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = oldPassword })))
            .Code.ShouldBe(MoyeoraErrorCodes.InvalidCredentials);
        (await Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = "brand-new-pass-2" })).UserId.ShouldBe(tokens.UserId);
    }

    [Fact]
    public async Task Should_Restore_A_Deleted_Account_By_Logging_In_Within_30_Days()
    {
        var (phone, password, tokens) = await SignUpAsync();
        using (DatabaseFixture.ActAs(tokens.UserId))
        {
            await Db.Service<IProfileAppService>().DeleteAsync(new DeleteAccountDto { Password = password });
            var gone = await Should.ThrowAsync<BusinessException>(() => Db.Service<IProfileAppService>().GetAsync());
            gone.Code.ShouldBe(MoyeoraErrorCodes.AccountDeactivated);
        }

        (await Should.ThrowAsync<BusinessException>(() => Account.RefreshAsync(new RefreshTokenDto { RefreshToken = tokens.RefreshToken })))
            .Code.ShouldBe(MoyeoraErrorCodes.RefreshTokenInvalid);

        Db.Clock.Advance(TimeSpan.FromDays(29));
        var back = await Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = password });
        back.Restored.ShouldBeTrue();
        using (DatabaseFixture.ActAs(tokens.UserId))
        {
            (await Db.Service<IProfileAppService>().GetAsync()).Id.ShouldBe(tokens.UserId);
        }
    }

    [Fact]
    public async Task Should_Not_Restore_After_30_Days()
    {
        var (phone, password, tokens) = await SignUpAsync();
        using (DatabaseFixture.ActAs(tokens.UserId))
        {
            await Db.Service<IProfileAppService>().DeleteAsync(new DeleteAccountDto { Password = password });
        }

        Db.Clock.Advance(TimeSpan.FromDays(31));
        (await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = password })))
            .Code.ShouldBe(MoyeoraErrorCodes.InvalidCredentials);
    }
}

public sealed class AccountAppService_Sqlite_Tests(SqliteFixture db) : AccountAppService_Tests(db), IClassFixture<SqliteFixture>;

public sealed class AccountAppService_PostgreSql_Tests(PostgreSqlFixture db) : AccountAppService_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class AccountAppService_MariaDb_Tests(MariaDbFixture db) : AccountAppService_Tests(db), IClassFixture<MariaDbFixture>;
