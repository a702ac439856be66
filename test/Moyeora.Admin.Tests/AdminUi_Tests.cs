using System.Net;
using Microsoft.Playwright;
using Moyeora.ClientProxies;
using Moyeora.Reports;
using Moyeora.Users;

namespace Moyeora.Admin.Tests;

/// <summary>The admin UI in a real browser against a real host process.</summary>
public sealed partial class AdminUi_Tests(AdminHostFixture host) : IClassFixture<AdminHostFixture>
{
    private static async Task SignInAsync(IPage page, string phone, string password)
    {
        await page.GotoAsync("/admin/signin");
        await page.FillAsync("#Input_PhoneNumber", phone);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("form.stack button[type=submit]");
    }

    private static async Task<bool> HasAdminCookieAsync(IBrowserContext context) =>
        (await context.CookiesAsync()).Any(c => c.Name == "Moyeora.Admin");

    [Fact]
    public async Task Administrator_Finds_A_Person_Locks_Them_So_Their_Token_Gets_401_Then_Unlocks_Them()
    {
        var person = await host.SignUpAsync();
        (await person.Api.Profile.GetAsync()).Id.ShouldBe(person.Id, "the person's token works before the lock");
        // The person is on the live map, over a real WebSocket, while the administrator locks them.
        await using var live = await Moyeora.Live.LiveClient.ConnectAsync(host.Root, person.Api.AccessToken!);
        live.Closed.IsCompleted.ShouldBeFalse();

        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, AdminHostFixture.AdminPhone, AdminHostFixture.AdminPassword);
        page.Url.ShouldEndWith("/admin");
        (await page.TextContentAsync("h1")).ShouldBe("대시보드");
        (await page.TextContentAsync("[data-figure=users-total]"))!.Trim().ShouldNotBe("0");
        (await page.Locator("svg.chart polyline").CountAsync()).ShouldBe(4);
        await host.ScreenshotAsync(page, "desktop-dashboard");
        var jobs = await context.APIRequest.GetAsync("/admin/jobs");
        (jobs.Status, await jobs.TextAsync()).ShouldSatisfyAllConditions(r => r.Status.ShouldBe(200), r => r.Item2.ShouldContain("Moyeora jobs"));

        await page.ClickAsync("nav.nav a[href='/admin/users']");
        await page.FillAsync("input[name=filter]", person.Nickname);
        await page.ClickAsync("form.search button");
        await page.Locator($"table.list a:has-text('{person.Nickname}')").WaitForAsync();
        (await page.Locator("table.list tbody tr").CountAsync()).ShouldBe(1);
        await host.ScreenshotAsync(page, "desktop-users");
        await page.ClickAsync($"table.list a:has-text('{person.Nickname}')");
        page.Url.ShouldEndWith("/admin/users/" + person.Id);

        await page.FillAsync("[data-test=lock-form] input[name=days]", "3");
        await page.FillAsync("[data-test=lock-form] input[name=reason]", "반복된 스팸 신고");
        await page.ClickAsync("[data-test=lock-form] button");
        await page.Locator("[data-test=locked]").WaitForAsync();
        (await page.TextContentAsync(".alert.ok"))!.ShouldContain("잠갔습니다");
        await host.ScreenshotAsync(page, "desktop-user-locked");

        // Their live connection is closed by the server (on whichever node holds it), at once rather than at the next call.
        await live.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        var refused = await Should.ThrowAsync<MoyeoraApiException>(() => person.Api.Profile.GetAsync());
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Code.ShouldBe(MoyeoraErrorCodes.SessionEnded);
        var login = await Should.ThrowAsync<MoyeoraApiException>(() => host.Api().SignInAsync(person.Phone, AdminHostFixture.MemberPassword));
        login.Code.ShouldBe(MoyeoraErrorCodes.AccountLocked);

        await page.FillAsync("[data-test=unlock-form] input[name=reason]", "소명 확인");
        await page.ClickAsync("[data-test=unlock-form] button");
        await page.Locator("[data-test=active]").WaitForAsync();
        (await host.Api().SignInAsync(person.Phone, AdminHostFixture.MemberPassword)).UserId.ShouldBe(person.Id, "unlocked: the person signs in again");
        (await (await host.AdminApiAsync()).UserAdministration.GetSecurityAsync(person.Id)).LockedUntil.ShouldBeNull();
    }

    [Fact]
    public async Task A_Moderator_Sees_The_Reports_Queue_But_Gets_The_Refusal_Page_On_Users()
    {
        var (reporter, reported) = (await host.SignUpAsync(), await host.SignUpAsync());
        await reporter.Api.Reports.CreateAsync(new CreateReportDto
        {
            TargetType = ReportTargetType.User, TargetId = reported.Id.ToString(), Reason = ReportReason.Harassment, Text = "계속 불쾌한 메시지를 보냅니다",
        });
        var moderator = await host.ModeratorAsync();

        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, moderator.Phone, AdminHostFixture.MemberPassword);
        (await HasAdminCookieAsync(context)).ShouldBeTrue();
        (await page.Locator("nav.nav a[href='/admin/users']").CountAsync()).ShouldBe(0, "the menu offers only what the permissions open");

        await page.ClickAsync("nav.nav a[href='/admin/reports']");
        var report = page.Locator("li.report", new PageLocatorOptions { HasText = "계속 불쾌한 메시지를 보냅니다" });
        (await report.CountAsync()).ShouldBe(1);
        await host.ScreenshotAsync(page, "desktop-reports");
        await report.Locator("button:has-text('검토 시작')").ClickAsync();
        page.Url.ShouldEndWith("/admin/reports?status=InReview");
        (await page.Locator("li.report", new PageLocatorOptions { HasText = "계속 불쾌한 메시지를 보냅니다" }).Locator(".badge").TextContentAsync()).ShouldBe("검토 중");

        var users = await page.GotoAsync("/admin/users");
        users!.Status.ShouldBe(403);
        (await page.TextContentAsync("h1")).ShouldBe("접근 권한이 없습니다");
        await host.ScreenshotAsync(page, "desktop-users-refused-for-moderator");
        (await page.GotoAsync("/admin/users/" + reported.Id))!.Status.ShouldBe(403);
        (await page.GotoAsync("/admin/jobs"))!.Status.ShouldBe(403, "the job dashboard takes the cookie, and a moderator lacks Moyeora.Jobs.Manage");

        // Locked by an administrator: signed out at the next request.
        await (await host.AdminApiAsync()).UserAdministration.LockAsync(moderator.Id, new LockUserDto { Days = 1, Reason = "권한 회수" });
        await page.GotoAsync("/admin/reports");
        page.Url.ShouldContain("/admin/signin", Case.Insensitive);
        (await HasAdminCookieAsync(context)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_Plain_Member_Cannot_Sign_In()
    {
        var member = await host.SignUpAsync();
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        var answer = page.WaitForResponseAsync(r => r.Url.EndsWith("/admin/signin", StringComparison.Ordinal) && r.Request.Method == "POST");
        await SignInAsync(page, member.Phone, AdminHostFixture.MemberPassword);
        (await answer).Status.ShouldBe(403);
        (await page.Locator("[data-test=refused]").TextContentAsync())!.ShouldContain("일반 회원은 모여라 앱을 이용해 주세요");
        (await HasAdminCookieAsync(context)).ShouldBeFalse();
        await host.ScreenshotAsync(page, "desktop-signin-refused");

        await page.GotoAsync("/admin");
        page.Url.ShouldContain("/admin/signin", Case.Insensitive, "without a session the admin area sends to sign-in");

        await SignInAsync(page, member.Phone, "wrong-pass-9");
        (await page.TextContentAsync(".alert.error"))!.ShouldContain("올바르지 않습니다");
    }

    [Fact]
    public async Task A_Form_Posted_Without_Its_Anti_Forgery_Token_Is_Refused()
    {
        var person = await host.SignUpAsync();
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, AdminHostFixture.AdminPhone, AdminHostFixture.AdminPassword);
        (await HasAdminCookieAsync(context)).ShouldBeTrue();

        // The admin's own cookies go along (as with a forged cross-site form), but no token.
        var forged = await context.APIRequest.PostAsync($"/admin/users/{person.Id}?handler=Lock", new APIRequestContextOptions
        {
            Form = context.APIRequest.CreateFormData().Append("days", "30").Append("reason", "forged"),
            MaxRedirects = 0,
        });
        forged.Status.ShouldBe(400);
        (await (await host.AdminApiAsync()).UserAdministration.GetSecurityAsync(person.Id)).LockedUntil.ShouldBeNull("nothing happened");
        (await person.Api.Profile.GetAsync()).Id.ShouldBe(person.Id);

        var signIn = await context.APIRequest.PostAsync("/admin/signin", new APIRequestContextOptions
        {
            Form = context.APIRequest.CreateFormData().Append("Input.PhoneNumber", AdminHostFixture.AdminPhone).Append("Input.Password", AdminHostFixture.AdminPassword),
            MaxRedirects = 0,
        });
        signIn.Status.ShouldBe(400);
    }

    [Fact]
    public async Task Korean_Renders_First_And_The_English_Switch_Shows_English()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/signin");
        (await page.GetAttributeAsync("html", "lang")).ShouldBe("ko");
        (await page.TextContentAsync("h1")).ShouldBe("관리자 로그인");
        await host.ScreenshotAsync(page, "desktop-signin-ko");

        await page.ClickAsync("form.lang button[value=en]");
        (await page.TextContentAsync("h1")).ShouldBe("Administrator sign-in");
        (await page.GetAttributeAsync("html", "lang")).ShouldBe("en");
        await SignInAsync(page, AdminHostFixture.AdminPhone, AdminHostFixture.AdminPassword);
        (await page.TextContentAsync("h1")).ShouldBe("Dashboard");
        await host.ScreenshotAsync(page, "desktop-dashboard-en");
        await page.ClickAsync("form.lang button[value=ko]");
        (await page.TextContentAsync("h1")).ShouldBe("대시보드");

        // Without the switch's cookie the browser's language decides.
        await using var english = await host.NewContextAsync(locale: "en-US");
        var englishPage = await english.NewPageAsync();
        await englishPage.GotoAsync("/admin/signin");
        (await englishPage.TextContentAsync("h1")).ShouldBe("Administrator sign-in");
    }

    [Fact]
    public async Task Every_Screen_Fits_A_Phone()
    {
        var (reporter, reported) = (await host.SignUpAsync(), await host.SignUpAsync());
        await reporter.Api.Reports.CreateAsync(new CreateReportDto { TargetType = ReportTargetType.User, TargetId = reported.Id.ToString(), Reason = ReportReason.Spam });
        await using var context = await host.NewContextAsync(390, 844);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/signin");
        await host.ScreenshotAsync(page, "phone-signin");
        await SignInAsync(page, AdminHostFixture.AdminPhone, AdminHostFixture.AdminPassword);
        foreach (var (path, name) in new[]
                 {
                     ("/admin", "phone-dashboard"), ("/admin/users", "phone-users"), ($"/admin/users/{reported.Id}", "phone-user-detail"),
                     ("/admin/reports", "phone-reports"),
                 })
        {
            (await page.GotoAsync(path))!.Status.ShouldBe(200, path);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            width.ShouldBeLessThanOrEqualTo(390, $"{path} scrolls sideways on a phone");
            await host.ScreenshotAsync(page, name);
        }
    }
}
