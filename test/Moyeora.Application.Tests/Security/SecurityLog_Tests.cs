using Microsoft.EntityFrameworkCore;
using Moyeora.Account;
using Moyeora.Administration;
using Moyeora.Profile;
using Moyeora.Security;
using Moyeora.Users;
using Moyeora.Verification;

namespace Moyeora.Application.Tests.Security;

public abstract class SecurityLog_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    private const string Address = "192.0.2.55";

    private Task<List<SecurityLogEntry>> EntriesAsync(Guid? userId) =>
        Db.WithDbAsync(d => d.SecurityLogEntries.Where(e => e.UserId == userId).OrderBy(e => e.Time).ThenBy(e => e.Kind).ToListAsync());

    private static string Everything(IEnumerable<SecurityLogEntry> entries) =>
        string.Join('|', entries.Select(e => $"{e.UserId} {e.Kind} {e.IpAddress} {e.UserAgent} {e.Detail}"));

    [Fact]
    public async Task A_Failed_Sign_In_With_An_Unknown_Phone_Stores_No_One_And_Answers_Like_A_Wrong_Password()
    {
        var (phone, _, _) = await SignUpAsync();
        var unknown = TestData.NewPhone();
        var before = await Db.WithDbAsync(d => d.SecurityLogEntries.CountAsync(e => e.UserId == null));
        BusinessException forUnknown, forWrongPassword;
        using (DatabaseFixture.ActAs(null, Address))
        {
            forUnknown = await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = unknown, Password = "guess-pass-1" }));
            forWrongPassword = await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = "guess-pass-1" }));
        }

        // The caller learns nothing: same code, kind, details and field errors.
        (forUnknown.Code, forUnknown.Kind).ShouldBe((MoyeoraErrorCodes.InvalidCredentials, ErrorKind.Unauthenticated));
        (forWrongPassword.Code, forWrongPassword.Kind).ShouldBe((forUnknown.Code, forUnknown.Kind));
        forWrongPassword.Details.ShouldBe(forUnknown.Details);
        forWrongPassword.FieldErrors.ShouldBe(forUnknown.FieldErrors);

        var anonymous = await Db.WithDbAsync(d => d.SecurityLogEntries.Where(e => e.UserId == null && e.IpAddress == Address).ToListAsync());
        anonymous.Count.ShouldBe(1);
        (await Db.WithDbAsync(d => d.SecurityLogEntries.CountAsync(e => e.UserId == null))).ShouldBe(before + 1);
        anonymous[0].ShouldSatisfyAllConditions(e => e.Kind.ShouldBe(SecurityLogKind.SignInFailed), e => e.Detail.ShouldBeNull());
        var digits = new string(PhoneNumber.Normalize(unknown).Where(char.IsDigit).ToArray())[^8..];
        Everything(anonymous).ShouldNotContain(digits, Case.Sensitive, "the unknown number is not stored");
        Everything(anonymous).ShouldNotContain("guess-pass-1");

        var userId = await Db.WithDbAsync(d => d.Users.Where(u => u.PhoneNumber == PhoneNumber.Normalize(phone)).Select(u => u.Id).SingleAsync());
        (await EntriesAsync(userId)).Last().ShouldSatisfyAllConditions(
            e => e.Kind.ShouldBe(SecurityLogKind.SignInFailed), e => e.Detail.ShouldBe("WrongPassword"), e => e.IpAddress.ShouldBe(Address));
    }

    [Fact]
    public async Task Sign_Ins_Lock_Outs_Password_Changes_And_Resets_Token_Reuse_And_Ended_Sessions_Are_Logged_Without_Secrets()
    {
        var (phone, password, signedUp) = await SignUpAsync();
        var userId = signedUp.UserId;
        var secrets = new List<string> { password, signedUp.RefreshToken, signedUp.AccessToken };
        using (DatabaseFixture.ActAs(null, Address))
        {
            for (var i = 0; i < UserConsts.MaxFailedLogins; i++)
            {
                await Should.ThrowAsync<BusinessException>(() => Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = "wrong-pass-" + i }));
            }
        }

        Db.Clock.Advance(UserConsts.LockoutDuration + TimeSpan.FromMinutes(1));
        var first = await Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = password });
        var second = await Account.RefreshAsync(new RefreshTokenDto { RefreshToken = first.RefreshToken });
        await Should.ThrowAsync<BusinessException>(() => Account.RefreshAsync(new RefreshTokenDto { RefreshToken = first.RefreshToken }));
        secrets.AddRange([first.RefreshToken, second.RefreshToken]);

        const string changed = "changed-pass-2";
        using (DatabaseFixture.ActAs(userId))
        {
            await Db.Service<IProfileAppService>().ChangePasswordAsync(new ChangePasswordDto { CurrentPassword = password, NewPassword = changed });
        }

        var reset = await VerifyPhoneAsync(phone, VerificationPurpose.PasswordReset);
        const string resetPassword = "reset-pass-3";
        await Account.ResetPasswordAsync(new ResetPasswordDto { VerificationToken = reset, NewPassword = resetPassword });
        var again = await Account.LoginAsync(new LoginDto { PhoneNumber = phone, Password = resetPassword });
        using (DatabaseFixture.ActAs(userId))
        {
            await Account.LogoutAsync(new LogoutDto { RefreshToken = again.RefreshToken });
            await Account.LogoutAsync(new LogoutDto { AllSessions = true });
        }

        secrets.AddRange([changed, resetPassword, reset, again.RefreshToken, again.AccessToken]);

        var entries = await EntriesAsync(userId);
        entries.Select(e => e.Kind).ShouldBe(
        [
            SecurityLogKind.SignedUp,
            .. Enumerable.Repeat(SecurityLogKind.SignInFailed, UserConsts.MaxFailedLogins - 1),
            SecurityLogKind.SignInFailed, SecurityLogKind.LockedOut, // the fifth wrong password locks (ordered by kind within one instant)
            SecurityLogKind.SignedIn,
            SecurityLogKind.RefreshTokenReused,
            SecurityLogKind.PasswordChanged, SecurityLogKind.SessionsEnded,
            SecurityLogKind.PasswordReset, SecurityLogKind.SessionsEnded,
            SecurityLogKind.SignedIn,
            SecurityLogKind.SessionsEnded, SecurityLogKind.SignedOut,
        ], ignoreOrder: true);
        entries.Where(e => e.Kind == SecurityLogKind.SessionsEnded).Select(e => e.Detail).ShouldBe(
            [nameof(SessionsEndedReason.PasswordChanged), nameof(SessionsEndedReason.PasswordChanged), nameof(SessionsEndedReason.SignedOutEverywhere)], ignoreOrder: true);
        entries.Where(e => e.Kind == SecurityLogKind.SignInFailed).ShouldAllBe(e => e.IpAddress == Address && e.Detail == "WrongPassword");
        foreach (var secret in secrets)
        {
            Everything(entries).ShouldNotContain(secret);
        }

        // Read through the service, filtered by person and kind.
        using var _ = DatabaseFixture.ActAs(await Db.WithDbAsync(d => d.Users.Where(u => u.PhoneNumber == TestData.AdminPhoneE164).Select(u => u.Id).SingleAsync()));
        var read = await Db.Service<ISecurityLogAppService>().GetListAsync(new GetSecurityLogsDto { UserId = userId, Kind = SecurityLogKind.SignInFailed });
        read.TotalCount.ShouldBe(UserConsts.MaxFailedLogins);
        read.Items.ShouldAllBe(e => e.UserId == userId && e.UserNickname != null && e.Kind == SecurityLogKind.SignInFailed);
    }

    [Fact]
    public async Task Admin_Sign_Ins_Are_Logged_And_So_Is_A_Member_Refused_At_The_Admin_Door()
    {
        var (phone, password, member) = await SignUpAsync();
        var session = await Db.Service<IAdminSessionAppService>().SignInAsync(new AdminSignInDto { PhoneNumber = TestData.AdminPhone, Password = TestData.AdminPassword });
        ShouldHaveCode(await Should.ThrowAsync<BusinessException>(() => Db.Service<IAdminSessionAppService>().SignInAsync(new AdminSignInDto { PhoneNumber = phone, Password = password })),
            MoyeoraErrorCodes.AdminAreaForbidden, ErrorKind.Forbidden);

        (await EntriesAsync(session.UserId)).TakeLast(2).Select(e => e.Kind).ShouldBe([SecurityLogKind.AdminSignedIn, SecurityLogKind.SignedIn], ignoreOrder: true);
        (await EntriesAsync(member.UserId)).TakeLast(2).Select(e => e.Kind).ShouldBe([SecurityLogKind.AdminSignInRefused, SecurityLogKind.SignedIn], ignoreOrder: true);
    }
}

public sealed class SecurityLog_Sqlite_Tests(SqliteFixture db) : SecurityLog_Tests(db), IClassFixture<SqliteFixture>;

public sealed class SecurityLog_PostgreSql_Tests(PostgreSqlFixture db) : SecurityLog_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class SecurityLog_MariaDb_Tests(MariaDbFixture db) : SecurityLog_Tests(db), IClassFixture<MariaDbFixture>;
