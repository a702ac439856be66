using System.Net;
using System.Net.Http.Json;
using Moyeora.ClientProxies;
using Moyeora.Meetups;
using Moyeora.Settings;
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

    [Fact]
    public async Task Deactivation_Roles_Meetup_Hiding_And_Settings_Work_Through_The_Client_Proxies()
    {
        var admin = await factory.CreateAdminClientAsync();
        var (person, phone, password, tokens) = await factory.SignUpAsync(admin);

        // Deactivate: the person's token stops at once, log-in refused; restore brings them back.
        (await admin.UserAdministration.DeactivateAsync(tokens.UserId, new UserActionDto { Reason = "스팸" })).IsActive.ShouldBeFalse();
        (await Should.ThrowAsync<MoyeoraApiException>(() => person.Profile.GetAsync())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var login = await Should.ThrowAsync<MoyeoraApiException>(() => factory.CreateApiClient().SignInAsync(phone, password));
        (login.StatusCode, login.Code).ShouldBe((HttpStatusCode.Unauthorized, MoyeoraErrorCodes.InvalidCredentials));
        (await admin.UserAdministration.RestoreAsync(tokens.UserId, new UserActionDto { Reason = "소명 확인" })).IsActive.ShouldBeTrue();
        var back = factory.CreateApiClient();
        await back.SignInAsync(phone, password);

        // Roles: a custom role through the grid, given to the person, then the last-administrator refusal as a 409.
        var role = await admin.RoleAdministration.CreateAsync(new CreateRoleDto { Name = "meetup-desk-" + Guid.NewGuid().ToString("N")[..6] });
        await admin.RoleAdministration.SavePermissionsAsync(new SaveRolePermissionsDto { Roles = [new() { RoleId = role.Id, Permissions = [MoyeoraPermissions.MeetupsModerate] }] });
        (await admin.RoleAdministration.SetUserRolesAsync(tokens.UserId, new SetUserRolesDto { RoleNames = [role.Name] })).RoleNames.ShouldBe([role.Name]);
        var builtIn = await Should.ThrowAsync<MoyeoraApiException>(async () =>
            await admin.RoleAdministration.DeleteAsync((await admin.RoleAdministration.GetGridAsync()).Roles.Single(r => r.Name == MoyeoraRoles.Admin).Id));
        (builtIn.StatusCode, builtIn.Code).ShouldBe((HttpStatusCode.Conflict, MoyeoraErrorCodes.CannotDeleteBuiltInRole));
        var noGrid = await Should.ThrowAsync<MoyeoraApiException>(() => back.RoleAdministration.GetGridAsync());
        noGrid.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The person now moderates meetups: hides one; a stranger no longer finds it, its host still does.
        var (host, _, _, _) = await factory.SignUpAsync(admin);
        var start = DateTimeOffset.UtcNow.AddDays(1);
        var title = "숨김테스트" + Guid.NewGuid().ToString("N")[..6];
        var meetup = await host.Meetups.CreateAsync(new CreateMeetupDto
        {
            Title = title, MaxMembers = 4, StartTime = start, EndTime = start.AddHours(1), Place = "서울숲", Latitude = 37.54, Longitude = 127.04, Tags = ["산책"],
        });
        (await back.MeetupAdministration.HideAsync(meetup.Id, new MeetupModerationDto { Reason = "홍보 모임" })).HiddenTime.ShouldNotBeNull();
        var (stranger, _, _, _) = await factory.SignUpAsync(admin);
        (await stranger.Meetups.SearchAsync(new SearchMeetupsDto { Keyword = title })).TotalCount.ShouldBe(0);
        (await Should.ThrowAsync<MoyeoraApiException>(() => stranger.Meetups.GetAsync(meetup.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await host.Meetups.GetAsync(meetup.Id)).Title.ShouldBe(title);
        (await back.MeetupAdministration.GetListAsync(new GetMeetupsForAdministrationDto { Filter = title })).Items.Single().HiddenTime.ShouldNotBeNull();
        await back.MeetupAdministration.UnhideAsync(meetup.Id, new MeetupModerationDto { Reason = "해제" });
        (await stranger.Meetups.SearchAsync(new SearchMeetupsDto { Keyword = title })).TotalCount.ShouldBe(1);
        var noReason = await Should.ThrowAsync<MoyeoraApiException>(() => back.MeetupAdministration.CancelAsync(meetup.Id, new MeetupModerationDto()));
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // Settings: read, a field error per bad value, and a save that is in force at once.
        var settings = await admin.Settings.GetAsync();
        var bad = await Should.ThrowAsync<MoyeoraApiException>(() => admin.Settings.UpdateAsync(new UpdateOperationalSettingsDto
        {
            AccountPermitsPerMinute = settings.AccountPermitsPerMinute, WritePermitsPerMinute = settings.WritePermitsPerMinute,
            ChatMessagesPerTenSeconds = settings.ChatMessagesPerTenSeconds, SearchesPerMinute = settings.SearchesPerMinute,
            PeopleSearchesPerMinute = settings.PeopleSearchesPerMinute, ReportsPerHour = settings.ReportsPerHour,
            MaxFailedLogins = 0, LockoutMinutes = settings.LockoutMinutes, DefaultRadiusMeters = settings.DefaultRadiusMeters,
        }));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Should.ThrowAsync<MoyeoraApiException>(() => back.Settings.GetAsync())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
