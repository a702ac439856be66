using System.Net;
using System.Net.Http.Json;
using Moyeora.ClientProxies;
using Moyeora.Permissions;
using Moyeora.Users;

namespace Moyeora.HttpApi.Tests;

/// <summary>The admin operations over REST, through the real client proxies and real bearer tokens.</summary>
public sealed class AdministrationHttp_Tests(MoyeoraWebApplicationFactory factory) : IClassFixture<MoyeoraWebApplicationFactory>
{
    [Fact]
    public async Task An_Administrator_Reads_The_Dashboard_And_Finds_People_A_Moderator_Only_The_Dashboard()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (_, phone, _, tokens) = await factory.SignUpAsync(admin);
        var dashboard = await admin.Dashboard.GetAsync();
        dashboard.UsersTotal.ShouldBeGreaterThanOrEqualTo(2);
        dashboard.Days.Count.ShouldBe(30);
        dashboard.Days[^1].SignUps.ShouldBeGreaterThanOrEqualTo(1);

        var found = await admin.UserAdministration.GetListAsync(new GetUsersDto { Filter = phone, State = UserStateFilter.Active });
        found.Items.Single().Id.ShouldBe(tokens.UserId);
        (await admin.UserAdministration.GetAsync(tokens.UserId)).PhoneNumber.ShouldBe(Users.PhoneNumber.Normalize(phone));

        // Unlock and end-sessions take an optional reason: with a body and without one.
        (await admin.UserAdministration.EndSessionsAsync(tokens.UserId, new UserActionDto { Reason = "기기 분실 신고" })).SecurityStamp.ShouldBe(1);
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", admin.AccessToken);
        (await http.PostAsync($"api/app/admin/users/{tokens.UserId}/unlock", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await http.PostAsJsonAsync($"api/app/admin/users/{tokens.UserId}/unlock", new { reason = "확인" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var tooLong = await http.PostAsJsonAsync($"api/app/admin/users/{tokens.UserId}/lock", new { days = 1, reason = new string('가', 501) });
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await admin.Permissions.AddUserToRoleAsync(new UserRoleDto { UserId = tokens.UserId, RoleName = MoyeoraRoles.Moderator });
        var moderator = factory.CreateApiClient();
        await moderator.SignInAsync(phone, "http-pass-12");
        (await moderator.Dashboard.GetAsync()).Days.Count.ShouldBe(30);
        var refused = await Should.ThrowAsync<MoyeoraApiException>(() => moderator.UserAdministration.GetListAsync(new GetUsersDto()));
        (refused.StatusCode, refused.Code).ShouldBe((HttpStatusCode.Forbidden, MoyeoraErrorCodes.Forbidden));

        var plain = (await factory.SignUpAsync(admin)).Client;
        var denied = await Should.ThrowAsync<MoyeoraApiException>(() => plain.Dashboard.GetAsync());
        (denied.StatusCode, denied.Code).ShouldBe((HttpStatusCode.Forbidden, MoyeoraErrorCodes.Forbidden));
    }
}
