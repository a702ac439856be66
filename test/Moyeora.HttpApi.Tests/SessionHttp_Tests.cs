using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Account;
using Moyeora.ClientProxies;
using Moyeora.Live;
using Moyeora.Profile;
using Moyeora.Users;
using Moyeora.Verification;

namespace Moyeora.HttpApi.Tests;

public sealed class SessionHttp_Sqlite_Tests(LiveHostFactory factory) : SessionHttp_Tests<LiveHostFactory>(factory), IClassFixture<LiveHostFactory>;

public sealed class SessionHttp_PostgreSql_Tests(PostgreSqlLiveHostFactory factory) : SessionHttp_Tests<PostgreSqlLiveHostFactory>(factory), IClassFixture<PostgreSqlLiveHostFactory>;

public sealed class SessionHttp_MariaDb_Tests(MariaDbLiveHostFactory factory) : SessionHttp_Tests<MariaDbLiveHostFactory>(factory), IClassFixture<MariaDbLiveHostFactory>;

/// <summary>
/// Every way sessions end (a lock, a password change or reset, "end all sessions", an administrator, deletion) stops
/// the access tokens issued before it at once, not when they expire, and closes the live connection.
/// </summary>
public abstract class SessionHttp_Tests<TFactory>(TFactory factory)
    where TFactory : LiveHostFactory
{
    private async Task<(MoyeoraApiClient Api, AuthTokensDto Tokens, LiveClient Live, string Phone)> ConnectedUserAsync(MoyeoraApiClient admin)
    {
        var (api, tokens, live) = await factory.ConnectNewUserAsync(admin);
        await live.InvokeAsync("SetRadius", 1_000.0);
        await api.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup()); // full write access before
        return (api, tokens, live, (await api.Profile.GetAsync()).PhoneNumber);
    }

    /// <summary>Resets the password as someone who lost it would, reading the code from the outbox.</summary>
    private async Task<MoyeoraApiClient> ResetPasswordAsync(MoyeoraApiClient admin, string phone, string newPassword)
    {
        var reset = factory.CreateApiClient();
        await reset.Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.PasswordReset });
        var code = await MoyeoraWebApplicationFactory.ReadCodeAsync(admin, phone);
        var verified = await reset.Account.VerifyCodeAsync(new VerifyCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.PasswordReset, Code = code });
        await reset.Account.ResetPasswordAsync(new ResetPasswordDto { VerificationToken = verified.VerificationToken, NewPassword = newPassword });
        return reset;
    }

    private async Task ShouldBeEndedAsync(MoyeoraApiClient api, LiveClient live, string reason)
    {
        (await live.NextAsync<ConnectionClosingDto>(LiveClientMethods.ConnectionClosing)).Reason.ShouldBe(reason);
        (await live.Closed.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe(reason, "Closed completes with the reason the server gave");
        foreach (var call in new Func<Task>[]
                 {
                     () => api.Profile.GetAsync(),
                     () => api.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup()),
                     () => api.Notifications.GetUnreadCountAsync(),
                 })
        {
            var refused = await Should.ThrowAsync<MoyeoraApiException>(call);
            refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            refused.Code.ShouldBe(MoyeoraErrorCodes.SessionEnded);
        }

        // Nor can the old token open a new live connection.
        await Should.ThrowAsync<Exception>(() => LiveClient.ConnectAsync(factory.Root, api.AccessToken!));
    }

    [Fact]
    public async Task A_Lock_Ends_Old_Access_Tokens_At_Once_And_Only_Unlock_Lifts_It()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (api, tokens, live, phone) = await ConnectedUserAsync(admin);
        await using var _ = live;

        await admin.UserAdministration.LockAsync(tokens.UserId, new LockUserDto { Days = 3 });
        await ShouldBeEndedAsync(api, live, "accountLocked");

        // A reset code can still be asked for and used (the answer never tells a stranger anything), but the lock holds.
        var reset = await ResetPasswordAsync(admin, phone, "after-reset-9");
        var stillLocked = await Should.ThrowAsync<MoyeoraApiException>(() => reset.SignInAsync(phone, "after-reset-9"));
        stillLocked.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        stillLocked.Code.ShouldBe(MoyeoraErrorCodes.AccountLocked);

        (await admin.UserAdministration.UnlockAsync(tokens.UserId)).LockedUntil.ShouldBeNull();
        await reset.SignInAsync(phone, "after-reset-9");
        (await reset.Profile.GetAsync()).Id.ShouldBe(tokens.UserId);
    }

    [Fact]
    public async Task A_Password_Change_Ends_Every_Older_Access_Token_And_The_Live_Connection()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (api, _, live, phone) = await ConnectedUserAsync(admin);
        await using var _ = live;
        var otherDevice = factory.CreateApiClient();
        await otherDevice.SignInAsync(phone, LiveHostFactory.Password);

        await api.Profile.ChangePasswordAsync(new ChangePasswordDto { CurrentPassword = LiveHostFactory.Password, NewPassword = "changed-pass-7" });
        await ShouldBeEndedAsync(api, live, "passwordChanged");
        (await Should.ThrowAsync<MoyeoraApiException>(() => otherDevice.Profile.GetAsync())).Code.ShouldBe(MoyeoraErrorCodes.SessionEnded);
        await otherDevice.SignInAsync(phone, "changed-pass-7");
        await otherDevice.Profile.GetAsync();
    }

    [Fact]
    public async Task A_Password_Reset_Ends_Every_Older_Access_Token()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (api, _, live, phone) = await ConnectedUserAsync(admin);
        await using var _ = live;
        await ResetPasswordAsync(admin, phone, "reset-pass-77");
        await ShouldBeEndedAsync(api, live, "passwordChanged");
    }

    [Fact]
    public async Task Signing_Out_Everywhere_Or_An_Administrator_Ending_Sessions_Stops_Older_Access_Tokens()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (api, tokens, live, phone) = await ConnectedUserAsync(admin);
        await using (live)
        {
            await api.Account.LogoutAsync(new LogoutDto { RefreshToken = tokens.RefreshToken, AllSessions = true });
            await ShouldBeEndedAsync(api, live, "signedOutEverywhere");
        }

        await api.SignInAsync(phone, LiveHostFactory.Password);
        await using var again = await LiveClient.ConnectAsync(factory.Root, api.AccessToken!);
        await again.InvokeAsync("SetRadius", 1_000.0);
        await admin.UserAdministration.EndSessionsAsync(tokens.UserId);
        await ShouldBeEndedAsync(api, again, "sessionsRevoked");
        (await Should.ThrowAsync<MoyeoraApiException>(() => api.Account.RefreshAsync(new RefreshTokenDto { RefreshToken = api.RefreshToken! })))
            .Code.ShouldBe(MoyeoraErrorCodes.RefreshTokenInvalid);
    }

    [Fact]
    public async Task A_Sweep_Closes_A_Live_Connection_Whose_Session_Ended_Even_If_The_Fan_Out_Was_Lost()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (_, tokens, live, _) = await ConnectedUserAsync(admin);
        var (_, _, bystander, _) = await ConnectedUserAsync(admin);
        await using var _ = live;
        await using var __ = bystander;

        // The stamp moves on with no event and no bus message, as if the message to this node were lost.
        await factory.WithDbAsync(d => d.Users.Where(u => u.Id == tokens.UserId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.SecurityStamp, u => u.SecurityStamp + 1)));
        await factory.Services.GetRequiredService<LiveSessionSweeper>().SweepAsync(CancellationToken.None);

        (await live.NextAsync<ConnectionClosingDto>(LiveClientMethods.ConnectionClosing)).Reason.ShouldBe("sessionEnded");
        (await bystander.InvokeAsync<ReportPositionResultDto>("ReportPosition", 37.5, 127.0))!.Accepted.ShouldBeTrue("a connection whose session stands stays open");
    }

    [Fact]
    public async Task Deleting_The_Account_Stops_Older_Access_Tokens()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (api, _, live, _) = await ConnectedUserAsync(admin);
        await using var _ = live;
        await api.Profile.DeleteAsync(new DeleteAccountDto { Password = LiveHostFactory.Password });
        await ShouldBeEndedAsync(api, live, "accountDeleted");
    }

    [Fact]
    public async Task Without_The_Right_Password_A_Registered_Number_Answers_Like_An_Unknown_One_In_Every_State()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (lockedOut, _) = await factory.NewUserAsync();
        var lockedOutPhone = (await lockedOut.Profile.GetAsync()).PhoneNumber;
        var (moderated, moderatedTokens) = await factory.NewUserAsync();
        var moderatedPhone = (await moderated.Profile.GetAsync()).PhoneNumber;
        await admin.UserAdministration.LockAsync(moderatedTokens.UserId, new LockUserDto { Days = 1 });
        var (deleted, _) = await factory.NewUserAsync();
        var deletedPhone = (await deleted.Profile.GetAsync()).PhoneNumber;
        await deleted.Profile.DeleteAsync(new DeleteAccountDto { Password = LiveHostFactory.Password });

        using var http = factory.CreateClient();
        async Task<(HttpStatusCode Status, string Body)> LogInAsync(string phone, string password)
        {
            using var response = await http.PostAsJsonAsync("api/app/account/login", new { phoneNumber = phone, password });
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            body.Remove("traceId");
            return (response.StatusCode, body.ToJsonString());
        }

        var unknown = await LogInAsync(TestData.NewPhone(), "wrong-pass-1");
        unknown.Status.ShouldBe(HttpStatusCode.Unauthorized);
        for (var i = 0; i < UserConsts.MaxFailedLogins; i++)
        {
            (await LogInAsync(lockedOutPhone, "wrong-pass-1")).ShouldBe(unknown);
        }

        (await LogInAsync(lockedOutPhone, "wrong-pass-1")).ShouldBe(unknown, "a wrong password during the lock-out");
        (await LogInAsync(lockedOutPhone, LiveHostFactory.Password)).ShouldBe(unknown, "the right password during the lock-out must not confirm the guess");
        (await LogInAsync(moderatedPhone, "wrong-pass-1")).ShouldBe(unknown, "a moderator's lock without the password");
        (await LogInAsync(deletedPhone, "wrong-pass-1")).ShouldBe(unknown, "a deleted account without the password");
        (await LogInAsync("010-12", "wrong-pass-1")).ShouldBe(unknown, "a malformed number");

        // Nor by timing: every path computes one password hash (skipping it would make a path ten times faster or more).
        var timings = new Dictionary<string, List<double>> { ["unknown"] = [], ["lockedOut"] = [], ["moderated"] = [] };
        for (var round = 0; round < 9; round++)
        {
            foreach (var (name, phone) in new[] { ("unknown", TestData.NewPhone()), ("lockedOut", lockedOutPhone), ("moderated", moderatedPhone) })
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                await LogInAsync(phone, "wrong-pass-1");
                timings[name].Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        var reference = Median(timings["unknown"]);
        foreach (var (name, values) in timings)
        {
            (Median(values) / reference).ShouldBeInRange(0.4, 2.5, $"{name}: {string.Join(", ", values.Select(v => v.ToString("F0")))} ms");
        }
    }
}

/// <summary>The shipped per-address ceiling, with low per-number and per-session limits, behind one real loopback address.</summary>
public sealed class OneCarrierAddressFactory : LiveHostFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["RateLimiting:AccountPermitsPerMinute"] = "300",
        ["RateLimiting:CodeRequestsPerAddressPerHour"] = "500",
        ["RateLimiting:LogInAttemptsPerPhonePerTenMinutes"] = "3",
        ["RateLimiting:RefreshesPerSessionPerMinute"] = "3",
    };
}

/// <summary>
/// Many people share one mobile carrier's address: limits sit on the phone number and the session, where abuse happens,
/// and the per-address limit is only a high ceiling.
/// </summary>
public sealed class CarrierAddressHttp_Tests(OneCarrierAddressFactory factory) : IClassFixture<OneCarrierAddressFactory>
{
    [Fact]
    public async Task Thirty_People_Behind_One_Address_Can_All_Ask_For_Sign_Up_Codes()
    {
        var client = factory.CreateApiClient();
        for (var i = 0; i < 30; i++)
        {
            (await client.Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = TestData.NewPhone(), Purpose = VerificationPurpose.SignUp }))
                .ExpiresInSeconds.ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public async Task Log_In_Is_Limited_Per_Number_Alike_For_Registered_And_Unknown_Numbers_Not_Per_Address()
    {
        var (registered, _) = await factory.NewUserAsync();
        var registeredPhone = (await registered.Profile.GetAsync()).PhoneNumber;
        var client = factory.CreateApiClient();
        foreach (var (phone, earlier) in new[] { (TestData.NewPhone(), 0), (registeredPhone, 1) }) // every attempt counts, the sign-in of NewUserAsync too
        {
            for (var i = earlier; i < 3; i++)
            {
                (await Should.ThrowAsync<MoyeoraApiException>(() => client.SignInAsync(phone, "wrong-pass-1"))).Code.ShouldBe(MoyeoraErrorCodes.InvalidCredentials);
            }

            var limited = await Should.ThrowAsync<MoyeoraApiException>(() => client.SignInAsync(phone, LiveHostFactory.Password));
            limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
            limited.Code.ShouldBe(MoyeoraErrorCodes.TooManyRequests);
        }

        // Someone else behind the same address is not shut out.
        (await Should.ThrowAsync<MoyeoraApiException>(() => client.SignInAsync(TestData.NewPhone(), "wrong-pass-1"))).Code.ShouldBe(MoyeoraErrorCodes.InvalidCredentials);
        var (other, _) = await factory.NewUserAsync();
        (await other.Profile.GetAsync()).PhoneNumber.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Refresh_Is_Limited_Per_Session()
    {
        var (api, tokens) = await factory.NewUserAsync();
        var current = tokens.RefreshToken;
        for (var i = 0; i < 3; i++)
        {
            current = (await api.Account.RefreshAsync(new RefreshTokenDto { RefreshToken = current })).RefreshToken;
        }

        var limited = await Should.ThrowAsync<MoyeoraApiException>(() => api.Account.RefreshAsync(new RefreshTokenDto { RefreshToken = current }));
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        var (otherApi, other) = await factory.NewUserAsync();
        (await otherApi.Account.RefreshAsync(new RefreshTokenDto { RefreshToken = other.RefreshToken })).UserId.ShouldBe(other.UserId);
    }
}
