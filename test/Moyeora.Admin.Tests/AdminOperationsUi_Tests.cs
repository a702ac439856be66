using System.Net;
using Microsoft.Playwright;
using Moyeora.ClientProxies;
using Moyeora.Meetups;
using Moyeora.Permissions;
using Moyeora.Reports;

namespace Moyeora.Admin.Tests;

/// <summary>Roles, deactivation, meetup moderation, report context, jobs and settings in a real browser (the same host).</summary>
public sealed partial class AdminUi_Tests
{
    private async Task<IPage> AdminPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await SignInAsync(page, AdminHostFixture.AdminPhone, AdminHostFixture.AdminPassword);
        page.Url.ShouldEndWith("/admin");
        return page;
    }

    [Fact]
    public async Task The_Role_Grid_Saves_A_Custom_Roles_Permissions_In_One_Go()
    {
        await using var context = await host.NewContextAsync();
        var page = await AdminPageAsync(context);
        await page.ClickAsync("nav.nav a[href='/admin/roles']");
        var name = "ui-desk-" + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("[data-test=create-role] input[name=name]", name);
        await page.FillAsync("[data-test=create-role] input[name=reason]", "신고 전담");
        await page.ClickAsync("[data-test=create-role] button");
        await page.Locator($"th[data-role='{name}']").WaitForAsync();

        var admin = await host.AdminApiAsync();
        var before = await admin.RoleAdministration.GetGridAsync();
        (await page.Locator($"input[data-role='admin'][data-permission='{MoyeoraPermissions.RolesManage}']").IsDisabledAsync()).ShouldBeTrue("the admin role always holds everything");
        await page.CheckAsync($"input[data-role='{name}'][data-permission='{MoyeoraPermissions.ReportsManage}']");
        await page.CheckAsync($"input[data-role='{name}'][data-permission='{MoyeoraPermissions.DashboardView}']");
        await page.FillAsync("[data-test=grid-form] input[name=reason]", "신고 담당 권한");
        await host.ScreenshotAsync(page, "desktop-roles");
        await page.ClickAsync("[data-test=grid-form] button[type=submit]");
        (await page.TextContentAsync(".alert.ok"))!.ShouldContain("권한을 저장했습니다");

        var after = await admin.RoleAdministration.GetGridAsync();
        after.Roles.Single(r => r.Name == name).Permissions.ShouldBe([MoyeoraPermissions.DashboardView, MoyeoraPermissions.ReportsManage]);
        foreach (var role in before.Roles.Where(r => r.Name != name))
        {
            after.Roles.Single(r => r.Id == role.Id).Permissions.ShouldBe(role.Permissions, "one save leaves the other roles as they were");
        }

        (await page.IsCheckedAsync($"input[data-role='{name}'][data-permission='{MoyeoraPermissions.ReportsManage}']")).ShouldBeTrue();

        await page.Locator($"table[data-test=roles] tr[data-role='{name}'] input[name=reason]").FillAsync("정리");
        await page.Locator($"table[data-test=roles] tr[data-role='{name}'] button").ClickAsync();
        (await page.TextContentAsync(".alert.ok"))!.ShouldContain("삭제했습니다");
        (await admin.RoleAdministration.GetGridAsync()).Roles.ShouldNotContain(r => r.Name == name);
        (await page.Locator($"table[data-test=roles] tr[data-role='{name}']").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Deactivated_Person_Cannot_Log_In_Until_Restored_And_Roles_Are_Assigned_On_The_Detail_Page()
    {
        var person = await host.SignUpAsync();
        await using var context = await host.NewContextAsync();
        var page = await AdminPageAsync(context);
        await page.GotoAsync("/admin/users/" + person.Id);

        await page.FillAsync("[data-test=deactivate-form] input[name=reason]", "명의 도용 의심");
        await page.ClickAsync("[data-test=deactivate-form] button");
        await page.Locator("[data-test=deactivated]").WaitForAsync();
        (await page.TextContentAsync(".alert.ok"))!.ShouldContain("비활성화했습니다");
        await host.ScreenshotAsync(page, "desktop-user-deactivated");

        (await Should.ThrowAsync<MoyeoraApiException>(() => person.Api.Profile.GetAsync())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var login = await Should.ThrowAsync<MoyeoraApiException>(() => host.Api().SignInAsync(person.Phone, AdminHostFixture.MemberPassword));
        login.Code.ShouldBe(MoyeoraErrorCodes.InvalidCredentials);
        await using (var other = await host.NewContextAsync())
        {
            var signIn = await other.NewPageAsync();
            await SignInAsync(signIn, person.Phone, AdminHostFixture.MemberPassword);
            (await signIn.TextContentAsync(".alert.error"))!.ShouldContain("올바르지 않습니다");
        }

        await page.FillAsync("[data-test=restore-form] input[name=reason]", "본인 확인 완료");
        await page.ClickAsync("[data-test=restore-form] button");
        await page.Locator("[data-test=active]").WaitForAsync();
        (await host.Api().SignInAsync(person.Phone, AdminHostFixture.MemberPassword)).UserId.ShouldBe(person.Id, "restored: the person signs in again");

        await page.CheckAsync("[data-test=roles-form] input[value=moderator]");
        await page.FillAsync("[data-test=roles-form] input[name=reason]", "운영자 합류");
        await page.ClickAsync("[data-test=roles-form] button");
        (await page.TextContentAsync(".alert.ok"))!.ShouldContain("역할을 저장했습니다");
        (await (await host.AdminApiAsync()).UserAdministration.GetAsync(person.Id)).Roles.ShouldBe(["moderator"]);
        await host.ScreenshotAsync(page, "desktop-user-roles");
    }

    [Fact]
    public async Task A_Hidden_Meetup_Is_Gone_From_The_Public_List_And_Comes_Back()
    {
        var hostMember = await host.SignUpAsync();
        var stranger = await host.SignUpAsync();
        var title = "숨김모임" + Guid.NewGuid().ToString("N")[..6];
        var start = DateTimeOffset.UtcNow.AddDays(1);
        var meetup = await hostMember.Api.Meetups.CreateAsync(new CreateMeetupDto
        {
            Title = title, Description = "같이 걸어요", MaxMembers = 5, StartTime = start, EndTime = start.AddHours(2),
            Place = "서울숲", Latitude = 37.5444, Longitude = 127.0374, Tags = ["산책"],
        });
        async Task<bool> PubliclyListedAsync() =>
            (await stranger.Api.Meetups.GetRecruitingListAsync(new Moyeora.Dtos.PagedRequestDto { MaxResultCount = 100 })).Items.Any(m => m.Id == meetup.Id)
            || (await stranger.Api.Meetups.SearchAsync(new SearchMeetupsDto { Keyword = title })).TotalCount > 0;
        (await PubliclyListedAsync()).ShouldBeTrue();

        await using var context = await host.NewContextAsync();
        var page = await AdminPageAsync(context);
        await page.ClickAsync("nav.nav a[href='/admin/meetups']");
        await page.FillAsync("input[name=filter]", title);
        await page.ClickAsync("form.search button");
        await page.Locator($"table[data-test=meetups] a:has-text('{title}')").WaitForAsync();
        await host.ScreenshotAsync(page, "desktop-meetups");
        await page.ClickAsync($"table[data-test=meetups] a:has-text('{title}')");
        page.Url.ShouldEndWith("/admin/meetups/" + meetup.Id);

        await page.FillAsync("[data-test=hide-form] input[name=reason]", "광고성 모임");
        await page.ClickAsync("[data-test=hide-form] button");
        await page.Locator("[data-test=hidden]").WaitForAsync();
        await host.ScreenshotAsync(page, "desktop-meetup-hidden");
        (await PubliclyListedAsync()).ShouldBeFalse("a hidden meetup is gone from the public list and search");
        (await Should.ThrowAsync<MoyeoraApiException>(() => stranger.Api.Meetups.GetAsync(meetup.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hostMember.Api.Meetups.GetAsync(meetup.Id)).Title.ShouldBe(title, "its members still see it");

        await page.FillAsync("[data-test=unhide-form] input[name=reason]", "확인 완료");
        await page.ClickAsync("[data-test=unhide-form] button");
        await page.Locator("[data-test=hide-form]").WaitForAsync();
        (await PubliclyListedAsync()).ShouldBeTrue("unhidden: back in the public list");
    }

    [Fact]
    public async Task Report_Context_Jobs_And_Settings_Screens_Work()
    {
        var (first, second, reported) = (await host.SignUpAsync(), await host.SignUpAsync(), await host.SignUpAsync());
        await first.Api.Reports.CreateAsync(new CreateReportDto { TargetType = ReportTargetType.User, TargetId = reported.Id.ToString(), Reason = ReportReason.Spam });
        await second.Api.Reports.CreateAsync(new CreateReportDto
        {
            TargetType = ReportTargetType.User, TargetId = reported.Id.ToString(), Reason = ReportReason.Harassment, Text = "두 번째 신고입니다",
        });

        await using var context = await host.NewContextAsync();
        var page = await AdminPageAsync(context);
        await page.GotoAsync("/admin/reports");
        var report = page.Locator("li.report", new PageLocatorOptions { HasText = "두 번째 신고입니다" });
        (await report.Locator("[data-test=context]").TextContentAsync())!.ShouldContain(reported.Nickname);
        (await report.Locator("[data-test=earlier] li").CountAsync()).ShouldBe(1, "the first report about the same person");
        await host.ScreenshotAsync(page, "desktop-report-context");

        await page.ClickAsync("nav.nav a[href='/admin/scheduled-jobs']");
        (await page.Locator("table[data-test=jobs] tbody tr").CountAsync()).ShouldBeGreaterThanOrEqualTo(7);
        (await page.GetAttributeAsync("[data-test=hangfire]", "href")).ShouldBe("/admin/jobs");
        await page.Locator("tr[data-job='expire-positions'] button").ClickAsync();
        (await page.TextContentAsync(".alert.ok"))!.ShouldContain("expire-positions");
        await host.ScreenshotAsync(page, "desktop-scheduled-jobs");

        await page.ClickAsync("nav.nav a[href='/admin/settings']");
        var radius = await page.InputValueAsync("input[data-field=defaultRadiusMeters]");
        await page.FillAsync("input[data-field=maxFailedLogins]", "1");
        await page.FillAsync("[data-test=settings-form] input[name='Input.Reason']", "잘못된 값");
        var refused = page.WaitForResponseAsync(r => r.Url.EndsWith("/admin/settings", StringComparison.Ordinal) && r.Request.Method == "POST");
        await page.ClickAsync("[data-test=settings-form] button[type=submit]");
        (await refused).Status.ShouldBe(400);
        (await page.TextContentAsync("[data-error=maxFailedLogins]"))!.ShouldContain("3~50");
        await host.ScreenshotAsync(page, "desktop-settings-invalid");

        await page.FillAsync("input[data-field=maxFailedLogins]", "5");
        await page.FillAsync("[data-test=settings-form] input[name='Input.Reason']", "기본값 저장");
        await page.ClickAsync("[data-test=settings-form] button[type=submit]");
        (await page.TextContentAsync(".alert.ok"))!.ShouldContain("저장했습니다");
        var stored = await (await host.AdminApiAsync()).Settings.GetAsync();
        stored.IsStored.ShouldBeTrue();
        stored.MaxFailedLogins.ShouldBe(5);
        stored.DefaultRadiusMeters.ShouldBe(double.Parse(radius, System.Globalization.CultureInfo.InvariantCulture));
        await host.ScreenshotAsync(page, "desktop-settings");

        await using var phone = await host.NewContextAsync(390, 844);
        var phonePage = await AdminPageAsync(phone);
        foreach (var (path, name) in new[]
                 {
                     ("/admin/roles", "phone-roles"), ("/admin/meetups", "phone-meetups"), ("/admin/scheduled-jobs", "phone-scheduled-jobs"),
                     ("/admin/settings", "phone-settings"),
                 })
        {
            (await phonePage.GotoAsync(path))!.Status.ShouldBe(200, path);
            (await phonePage.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, $"{path} scrolls sideways on a phone");
            await host.ScreenshotAsync(phonePage, name);
        }
    }
}
