using Microsoft.Playwright;
using Moyeora.Users;

namespace Moyeora.Admin.Tests;

/// <summary>The audit log, the security log and the outbox in a real browser against a real host process.</summary>
public sealed class AdminLogsUi_Tests(AdminHostFixture host) : IClassFixture<AdminHostFixture>
{
    private static async Task SignInAsync(IPage page, string phone, string password)
    {
        await page.GotoAsync("/admin/signin");
        await page.FillAsync("#Input_PhoneNumber", phone);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("form.stack button[type=submit]");
    }

    [Fact]
    public async Task A_Lock_And_An_Unlock_In_The_Admin_Area_Appear_On_The_Audit_Page_With_Before_And_After()
    {
        var person = await host.SignUpAsync();
        var lockReason = "감사 잠금 " + Guid.NewGuid().ToString("N")[..6];
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, AdminHostFixture.AdminPhone, AdminHostFixture.AdminPassword);

        await page.GotoAsync("/admin/users/" + person.Id);
        await page.FillAsync("[data-test=lock-form] input[name=days]", "3");
        await page.FillAsync("[data-test=lock-form] input[name=reason]", lockReason);
        await page.ClickAsync("[data-test=lock-form] button");
        await page.Locator("[data-test=locked]").WaitForAsync();
        await page.FillAsync("[data-test=unlock-form] input[name=reason]", "소명 확인");
        await page.ClickAsync("[data-test=unlock-form] button");
        await page.Locator("[data-test=active]").WaitForAsync();

        await page.ClickAsync("nav.nav a[href='/admin/audit']");
        (await page.TextContentAsync("h1")).ShouldBe("감사 기록");
        await page.FillAsync("input[name=targetId]", person.Id.ToString());
        await page.ClickAsync("[data-test=audit-filters] button");
        var rows = page.Locator("table[data-test=audit] tbody tr");
        (await rows.CountAsync()).ShouldBe(2);
        var locked = page.Locator("tr[data-action='User.Lock']");
        (await locked.TextContentAsync())!.ShouldSatisfyAllConditions(t => t.ShouldContain(lockReason), t => t.ShouldContain("관리자"));
        var lockedUntil = locked.Locator("li[data-field=lockedUntil]");
        (await lockedUntil.Locator("del").TextContentAsync()).ShouldBe("—", "no lock before");
        var until = await lockedUntil.Locator("ins").TextContentAsync();
        until.ShouldNotBeNullOrEmpty();
        until.ShouldNotBe("—");
        var unlocked = page.Locator("tr[data-action='User.Unlock']");
        (await unlocked.TextContentAsync())!.ShouldContain("소명 확인");
        (await unlocked.Locator("li[data-field=lockedUntil] del").TextContentAsync()).ShouldBe(until, "the unlock shows the lock it lifted");
        (await unlocked.Locator("li[data-field=lockedUntil] ins").TextContentAsync()).ShouldBe("—");
        (await unlocked.Locator("td.mono").Last.TextContentAsync())!.ShouldContain("127.0.0.1", Case.Sensitive, "the address the action came from");
        await host.ScreenshotAsync(page, "desktop-audit");

        await page.SelectOptionAsync("select[name=action]", "User.Lock");
        await page.ClickAsync("[data-test=audit-filters] button");
        (await rows.CountAsync()).ShouldBe(1);

        var csv = await context.APIRequest.GetAsync(await page.GetAttributeAsync("[data-test=csv]", "href"));
        csv.Status.ShouldBe(200);
        csv.Headers["content-type"].ShouldStartWith("text/csv");
        var text = await csv.TextAsync();
        text.ShouldContain(lockReason);
        text.ShouldNotContain("소명 확인", Case.Sensitive, "the export follows the filters");
    }

    [Fact]
    public async Task The_Security_Log_Shows_The_Admin_Sign_In_Overall_And_A_Persons_Events_On_Their_Page()
    {
        var person = await host.SignUpAsync();
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, AdminHostFixture.AdminPhone, AdminHostFixture.AdminPassword);

        await page.ClickAsync("nav.nav a[href='/admin/security']");
        (await page.TextContentAsync("h1")).ShouldBe("보안 기록");
        await page.SelectOptionAsync("select[name=kind]", "AdminSignedIn");
        await page.ClickAsync("form.filters button");
        var newest = page.Locator("table[data-test=security-log] tbody tr").First;
        (await newest.TextContentAsync())!.ShouldSatisfyAllConditions(t => t.ShouldContain("관리 화면 로그인"), t => t.ShouldContain("관리자"), t => t.ShouldContain("127.0.0.1"));
        (await newest.Locator("td.agent").TextContentAsync())!.ShouldContain("Chrome", Case.Insensitive, "the browser's user agent is kept");
        await host.ScreenshotAsync(page, "desktop-security");

        await page.GotoAsync("/admin/users/" + person.Id);
        var own = page.Locator("[data-test=user-security-log]");
        (await own.Locator("tr[data-kind=SignedUp]").CountAsync()).ShouldBe(1);
        await host.ScreenshotAsync(page, "desktop-user-security-log");
    }

    [Fact]
    public async Task The_Outbox_Shows_What_Development_Recorded_And_Every_New_Screen_Fits_A_Phone()
    {
        var person = await host.SignUpAsync();
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, AdminHostFixture.AdminPhone, AdminHostFixture.AdminPassword);
        await page.ClickAsync("nav.nav a[href='/admin/outbox']");
        (await page.TextContentAsync("h1")).ShouldBe("발송함");
        await page.ClickAsync("[data-test=recorded] nav.tabs a[href='/admin/outbox?channel=Sms']");
        (await page.Locator("[data-test=recorded] tbody tr", new PageLocatorOptions { HasText = PhoneNumber.Normalize(person.Phone) }).CountAsync())
            .ShouldBeGreaterThanOrEqualTo(1, "the sign-up code sent to the person");
        (await page.TextContentAsync("[data-test=failed]"))!.ShouldContain("실패한 발송");
        await host.ScreenshotAsync(page, "desktop-outbox");

        await using var phone = await host.NewContextAsync(390, 844);
        var small = await phone.NewPageAsync();
        await SignInAsync(small, AdminHostFixture.AdminPhone, AdminHostFixture.AdminPassword);
        foreach (var (path, name) in new[] { ("/admin/audit", "phone-audit"), ("/admin/security", "phone-security"), ("/admin/outbox", "phone-outbox") })
        {
            (await small.GotoAsync(path))!.Status.ShouldBe(200, path);
            var width = await small.EvaluateAsync<int>("document.documentElement.scrollWidth");
            width.ShouldBeLessThanOrEqualTo(390, $"{path} scrolls sideways on a phone");
            await host.ScreenshotAsync(small, name);
        }
    }

    [Fact]
    public async Task A_Moderator_Gets_The_Refusal_Page_On_The_Logs_And_The_Outbox()
    {
        var moderator = await host.ModeratorAsync();
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, moderator.Phone, AdminHostFixture.MemberPassword);
        (await page.Locator("nav.nav a[href='/admin/audit']").CountAsync()).ShouldBe(0);
        foreach (var path in new[] { "/admin/audit", "/admin/audit?handler=Csv", "/admin/security", "/admin/outbox" })
        {
            (await page.GotoAsync(path))!.Status.ShouldBe(403, path);
        }

        (await page.TextContentAsync("h1")).ShouldBe("접근 권한이 없습니다");
    }
}
