using System.Net;
using Moyeora.Account;
using Moyeora.ClientProxies;
using Moyeora.Permissions;
using Moyeora.Profile;
using Moyeora.Verification;

namespace Moyeora.HttpApi.Tests;

public sealed class AccountHttp_Tests(MoyeoraWebApplicationFactory factory) : IClassFixture<MoyeoraWebApplicationFactory>
{
    [Fact]
    public async Task A_Newcomer_Can_Sign_Up_Log_In_Call_Me_Refresh_And_Log_Out()
    {
        var (client, phone, password, signUpTokens) = await factory.SignUpAsync();
        var me = await client.Profile.GetAsync();
        me.Id.ShouldBe(signUpTokens.UserId);
        me.Permissions.ShouldBeEmpty();

        var login = await client.SignInAsync(phone, password);
        var refreshed = await client.Account.RefreshAsync(new RefreshTokenDto { RefreshToken = login.RefreshToken });
        client.UseTokens(refreshed);
        (await client.Profile.GetAsync()).Id.ShouldBe(signUpTokens.UserId);

        await client.Account.LogoutAsync(new LogoutDto { RefreshToken = refreshed.RefreshToken });
        var ex = await Should.ThrowAsync<MoyeoraApiException>(() => client.Account.RefreshAsync(new RefreshTokenDto { RefreshToken = refreshed.RefreshToken }));
        ex.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        ex.Code.ShouldBe(MoyeoraErrorCodes.RefreshTokenInvalid);
    }

    [Fact]
    public async Task Reusing_A_Rotated_Refresh_Token_Ends_The_Session()
    {
        var (client, _, _, tokens) = await factory.SignUpAsync();
        var next = await client.Account.RefreshAsync(new RefreshTokenDto { RefreshToken = tokens.RefreshToken });
        var ex = await Should.ThrowAsync<MoyeoraApiException>(() => client.Account.RefreshAsync(new RefreshTokenDto { RefreshToken = tokens.RefreshToken }));
        ex.Code.ShouldBe(MoyeoraErrorCodes.RefreshTokenReused);
        (await Should.ThrowAsync<MoyeoraApiException>(() => client.Account.RefreshAsync(new RefreshTokenDto { RefreshToken = next.RefreshToken })))
            .Code.ShouldBe(MoyeoraErrorCodes.RefreshTokenInvalid);
    }

    [Fact]
    public async Task Me_Needs_A_Valid_Token()
    {
        var anonymous = factory.CreateApiClient();
        var ex = await Should.ThrowAsync<MoyeoraApiException>(() => anonymous.Profile.GetAsync());
        ex.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        ex.Code.ShouldBe(MoyeoraErrorCodes.NotSignedIn);

        anonymous.UseTokens(new AuthTokensDto { AccessToken = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0." });
        (await Should.ThrowAsync<MoyeoraApiException>(() => anonymous.Profile.GetAsync())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_Wrong_Password_Is_401_And_Five_Lock_The_Account()
    {
        var (client, phone, password, _) = await factory.SignUpAsync();
        for (var i = 0; i < 5; i++)
        {
            var ex = await Should.ThrowAsync<MoyeoraApiException>(() => client.SignInAsync(phone, "wrong-pass-9"));
            ex.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            ex.Code.ShouldBe(MoyeoraErrorCodes.InvalidCredentials);
        }

        // Locked out: even the right password answers like a wrong one, so the lock-out confirms no guess.
        var locked = await Should.ThrowAsync<MoyeoraApiException>(() => client.SignInAsync(phone, password));
        locked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        locked.Code.ShouldBe(MoyeoraErrorCodes.InvalidCredentials);
        locked.Extensions.Keys.ShouldNotContain("retryAfterSeconds");
    }

    [Fact]
    public async Task Profile_Can_Be_Edited_And_The_Account_Deleted_And_Restored()
    {
        var (client, phone, password, _) = await factory.SignUpAsync();
        var nickname = "수정" + Random.Shared.Next(100000);
        var updated = await client.Profile.UpdateAsync(new UpdateProfileDto { Nickname = nickname, StatusMessage = "안녕", Interests = ["커피"] });
        updated.Nickname.ShouldBe(nickname);
        (await client.Profile.SetStatusMessageAsync(new UpdateStatusMessageDto { StatusMessage = "바뀜" })).Interests.ShouldBe(["커피"]);

        await client.Profile.DeleteAsync(new DeleteAccountDto { Password = password });
        (await Should.ThrowAsync<MoyeoraApiException>(() => client.Profile.GetAsync())).Code.ShouldBe(MoyeoraErrorCodes.SessionEnded);
        var back = await client.SignInAsync(phone, password);
        back.Restored.ShouldBeTrue();
        (await client.Profile.GetAsync()).Nickname.ShouldBe(nickname);
    }

    [Fact]
    public async Task Password_Reset_Works_End_To_End()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (client, phone, _, _) = await factory.SignUpAsync(admin);
        await client.Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.PasswordReset });
        var code = await MoyeoraWebApplicationFactory.ReadCodeAsync(admin, phone);
        var verified = await client.Account.VerifyCodeAsync(new VerifyCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.PasswordReset, Code = code });
        await client.Account.ResetPasswordAsync(new ResetPasswordDto { VerificationToken = verified.VerificationToken, NewPassword = "reset-pass-77" });
        (await client.SignInAsync(phone, "reset-pass-77")).AccessToken.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Permissions_Are_Admin_Only()
    {
        var (client, _, _, tokens) = await factory.SignUpAsync();
        var forbidden = await Should.ThrowAsync<MoyeoraApiException>(() => client.Permissions.GetRolesAsync());
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        forbidden.Code.ShouldBe(MoyeoraErrorCodes.Forbidden);
        (await Should.ThrowAsync<MoyeoraApiException>(() => client.Outbox.GetListAsync(new Moyeora.Outbound.GetOutboxMessagesDto())))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var admin = await factory.CreateAdminClientAsync();
        (await admin.Permissions.GetRolesAsync()).Select(r => r.Name).ShouldBe(["admin", "moderator"]);
        await admin.Permissions.AddUserToRoleAsync(new UserRoleDto { UserId = tokens.UserId, RoleName = "moderator" });
        (await client.Profile.GetAsync()).Permissions.ShouldBe(MoyeoraPermissions.ModeratorDefaults, ignoreOrder: true);

        var granted = await admin.Permissions.GrantAsync(new RolePermissionDto { RoleName = "moderator", Permission = MoyeoraPermissions.OutboxView });
        granted.Permissions.ShouldContain(MoyeoraPermissions.OutboxView);
        (await client.Outbox.GetListAsync(new Moyeora.Outbound.GetOutboxMessagesDto())).TotalCount.ShouldBeGreaterThan(0);
        await admin.Permissions.RevokeAsync(new RolePermissionDto { RoleName = "moderator", Permission = MoyeoraPermissions.OutboxView });

        var unknown = await Should.ThrowAsync<MoyeoraApiException>(() => admin.Permissions.GrantAsync(new RolePermissionDto { RoleName = "moderator", Permission = "Moyeora.Nope" }));
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknown.Code.ShouldBe(MoyeoraErrorCodes.UnknownPermission);
        (await Should.ThrowAsync<MoyeoraApiException>(() => admin.Permissions.GrantAsync(new RolePermissionDto { RoleName = "ghosts", Permission = MoyeoraPermissions.UsersManage })))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Hostile_Text_Is_Stored_And_Returned_As_Plain_Text()
    {
        var (client, _, _, _) = await factory.SignUpAsync();
        var me = await client.Profile.SetInterestsAsync(new UpdateInterestsDto { Interests = ["<script>alert(1)</script>", "' OR 1=1 --"] });
        me.Interests.ShouldBe(["<script>alert(1)</script>", "' OR 1=1 --"]);
    }
}
