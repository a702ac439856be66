using System.Diagnostics;
using System.Net;
using Microsoft.Playwright;
using Deque.AxeCore.Playwright;
using Moyeora.Account;
using Moyeora.Verification;
using static Microsoft.Playwright.Assertions;

namespace Moyeora.Web.Tests;

/// <summary>The web app in real browsers against a real host process: two people, two browser contexts.</summary>
public sealed partial class WebApp_Tests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private const string Password = "moyeora-pass-1";

    // The app moves to /login with history.replaceState: polled, so a move before the check is not missed.
    private static readonly System.Text.RegularExpressions.Regex LogInUrl = new("/login$");

    /// <summary>Signs a person up through the app's own pages; the code comes from the development outbox.</summary>
    private async Task SignUpAsync(IPage page, string phone, string nickname, string shot)
    {
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(LogInUrl);
        await page.ClickAsync("a[href='/signup']");
        await page.FillAsync("[data-test=signup-phone] input", phone);
        await host.ScreenshotAsync(page, shot + "-1-phone");
        await page.ClickAsync("[data-test=signup-phone] button.primary");
        var code = await host.SignUpCodeAsync(phone);
        await page.FillAsync("[data-test=signup-code] input", code);
        await page.ClickAsync("[data-test=signup-code] button.primary");
        await page.GetByLabel("이름", new() { Exact = true }).FillAsync("김모임");
        await page.GetByLabel("닉네임", new() { Exact = true }).FillAsync(nickname);
        await page.GetByLabel("비밀번호", new() { Exact = true }).FillAsync(Password);
        await host.ScreenshotAsync(page, shot + "-2-profile");
        await page.ClickAsync("[data-test=signup-profile] button.primary");
        await page.Locator("[data-test=live-map] [data-ready=true]").WaitForAsync();
    }

    /// <summary>A member signed up over REST (the code from the outbox); returns their signed-in API client and phone.</summary>
    private async Task<(Moyeora.ClientProxies.MoyeoraApiClient Api, string Phone, string Nickname)> MemberAsync(string nickname)
    {
        var member = await PersonAsync(nickname);
        return (member.Api, member.Phone, member.Nickname);
    }

    /// <summary>A member signed up over REST, with their id and access token (for a live connection of their own).</summary>
    private async Task<Person> PersonAsync(string nickname)
    {
        var phone = TestData.NewPhone();
        var api = host.Api();
        await api.Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp });
        var verified = await api.Account.VerifyCodeAsync(new VerifyCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp, Code = await host.SignUpCodeAsync(phone) });
        var tokens = await api.Account.RegisterAsync(new RegisterDto { VerificationToken = verified.VerificationToken, Name = "이서연", Nickname = nickname, Password = Password });
        api.UseTokens(tokens);
        return new Person(api, phone, nickname, tokens.UserId, tokens.AccessToken);
    }

    private sealed record Person(Moyeora.ClientProxies.MoyeoraApiClient Api, string Phone, string Nickname, Guid Id, string AccessToken);

    private static async Task LogInAsync(IPage page, string phone)
    {
        await page.FillAsync("[data-test=login-form] input[type=tel]", phone);
        await page.FillAsync("[data-test=login-form] input[type=password]", Password);
        await page.ClickAsync("[data-test=login-form] button.primary");
        await page.Locator("[data-test=live-map] [data-ready=true]").WaitForAsync();
    }

    private static async Task<int> BadgeAsync(IPage page)
    {
        var badge = page.Locator("[data-test=notification-badge]");
        return await badge.CountAsync() == 0 ? 0 : int.Parse((await badge.TextContentAsync())!.Trim());
    }

    [Fact]
    public async Task Two_People_Meet_A_Creates_On_The_Map_B_Sees_It_Live_Joins_They_Chat_B_Is_Notified_A_Ghosts_And_Kicks_B()
    {
        await using var contextA = await host.NewContextAsync();
        await using var contextB = await host.NewContextAsync(1280, 860);
        var a = await contextA.NewPageAsync();
        var b = await contextB.NewPageAsync();
        var (phoneA, phoneB) = (TestData.NewPhone(), TestData.NewPhone());
        var suffix = Guid.NewGuid().ToString("N")[..6];

        // A and B sign up through the UI.
        await SignUpAsync(a, phoneA, "민지" + suffix, "a-signup");
        await host.ScreenshotAsync(a, "a-3-map-phone");
        await SignUpAsync(b, phoneB, "준호" + suffix, "b-signup");
        // A's own marker on B's map (people of other tests may be on the map too).
        var aMarker = $"[data-test=person-marker][data-id='p-{(await host.Api().SignInAsync(phoneA, Password)).UserId}']";

        // B sets a position with the "set my position here" click: the own marker and the radius ring appear.
        await b.ClickAsync("[data-test=pick-position]");
        await b.Locator("[data-test=live-map]").ClickAsync();
        await b.Locator("[data-test=my-marker]").WaitForAsync();
        await host.ScreenshotAsync(b, "b-3-position-set-desktop");

        // A sets a position nearby too: B's map shows A as an approximate "stranger" marker (the server's grid cell).
        await a.ClickAsync("[data-test=pick-position]");
        await a.Locator("[data-test=live-map]").ClickAsync(new() { Position = new() { X = 150, Y = 150 } });
        await a.Locator("[data-test=my-marker]").WaitForAsync();
        await b.Locator(aMarker + ".stranger").WaitForAsync(new() { Timeout = 10_000 });
        await host.ScreenshotAsync(b, "b-3b-person-nearby");

        // A creates an in-person meetup: an empty title first (the server's message shows beside the field), then
        // the place picked by a click on the map.
        await a.ClickAsync("[data-test=nav-create]");
        await a.Locator("[data-test=place-picker] [data-ready=true]").WaitForAsync();
        await a.ClickAsync("[data-test=create-submit]");
        await Expect(a.Locator("[data-test=error-title]")).ToBeVisibleAsync();
        await host.ScreenshotAsync(a, "a-4-create-validation");
        await a.GetByLabel("모임 이름").FillAsync("시청 앞 보드게임 " + suffix);
        await a.GetByLabel("장소 이름").FillAsync("서울시청 광장");
        await a.Locator("[data-test=place-picker]").ClickAsync(new() { Position = new() { X = 220, Y = 100 } });
        await a.Locator("[data-test=picked-place]").WaitForAsync();
        await a.GetByLabel("태그 (쉼표로 구분)").FillAsync("보드게임, 시청");
        await host.ScreenshotAsync(a, "a-5-create-filled");
        await a.ClickAsync("[data-test=create-submit]");
        await a.Locator("[data-test=meetup-detail]").WaitForAsync();
        var meetupId = await a.Locator("[data-test=meetup-detail]").GetAttributeAsync("data-id");
        meetupId.ShouldNotBeNullOrEmpty();
        await host.ScreenshotAsync(a, "a-6-meetup-created");

        // B's map shows the new meetup without a reload (the hub's meetupChanged), then B opens it and joins.
        var navigations = 0;
        b.FrameNavigated += (_, frame) => navigations += frame == b.MainFrame ? 1 : 0;
        var marker = b.Locator($"[data-test=meetup-marker][data-id='m-{meetupId}']");
        await marker.WaitForAsync(new() { Timeout = 10_000 });
        navigations.ShouldBe(0, "the marker arrived live, not through a page load");
        (await marker.TextContentAsync()).ShouldBe("1/4");
        await host.ScreenshotAsync(b, "b-4-marker-appeared");
        await marker.ClickAsync();
        await b.Locator($"[data-test=meetup-detail][data-id='{meetupId}']").WaitForAsync();
        await b.ClickAsync("[data-test=join]");
        await Expect(b.Locator("[data-test=member-count]")).ToHaveTextAsync("2/4명");
        await host.ScreenshotAsync(b, "b-5-joined");

        // Both open the room; each message appears in the other's page within 2 s.
        await b.ClickAsync("[data-test=open-chat]");
        await a.ReloadAsync();
        await a.ClickAsync("[data-test=open-chat]");
        await a.Locator("[data-test=chat-room]").WaitForAsync();
        await b.Locator("[data-test=chat-room]").WaitForAsync();

        var fromA = "안녕하세요! 7시에 시청 앞에서 봬요 " + suffix;
        await a.FillAsync("[data-test=chat-input]", fromA);
        var clock = Stopwatch.StartNew();
        await a.ClickAsync("[data-test=chat-send]");
        await Expect(b.Locator("[data-test=message]", new() { HasText = fromA })).ToBeVisibleAsync(new() { Timeout = 2_000 });
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));

        var fromB = "네, 보드게임 챙겨갈게요 " + suffix;
        await b.FillAsync("[data-test=chat-input]", fromB);
        clock.Restart();
        await b.ClickAsync("[data-test=chat-send]");
        await Expect(a.Locator("[data-test=message]", new() { HasText = fromB })).ToBeVisibleAsync(new() { Timeout = 2_000 });
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        await host.ScreenshotAsync(a, "a-7-chat-phone");
        await host.ScreenshotAsync(b, "b-6-chat-desktop");

        // A posts a notice: B's badge goes up live, without a reload.
        var before = await BadgeAsync(b);
        await a.GotoAsync($"/meetups/{meetupId}");
        var notice = a.Locator("[data-test=notice-form]");
        await notice.GetByLabel("공지 제목").FillAsync("준비물 안내");
        await notice.GetByLabel("공지 내용").FillAsync("각자 좋아하는 보드게임 하나씩 가져오세요.");
        await notice.Locator("button").ClickAsync();
        await a.Locator("[data-test=pinned-notice]").WaitForAsync();
        await Expect(b.Locator("[data-test=notification-badge]")).ToHaveTextAsync((before + 1).ToString(), new() { Timeout = 5_000 });
        await Expect(b.Locator("[data-test=system-message]", new() { HasText = "준비물 안내" })).ToBeVisibleAsync();
        await host.ScreenshotAsync(b, "b-7-notified");
        await host.ScreenshotAsync(a, "a-8-notice-posted");

        // A turns on ghost mode: A's marker leaves B's map without a reload.
        await b.ClickAsync("[data-test=nav-map]");
        await a.ClickAsync("[data-test=nav-map]");
        await a.Locator("[data-test=live-map] [data-ready=true]").WaitForAsync();
        await a.ClickAsync("[data-test=pick-position]");
        await a.Locator("[data-test=live-map]").ClickAsync(new() { Position = new() { X = 150, Y = 150 } });
        await b.Locator(aMarker).WaitForAsync(new() { Timeout = 10_000 });
        await a.ClickAsync("[data-test=nav-me]");
        await a.ClickAsync("[data-test=visibility-nobody]");
        await a.ClickAsync("[data-test=save-visibility]");
        await a.Locator("[data-test=ghost-until]").WaitForAsync();
        await host.ScreenshotAsync(a, "a-9-ghost-mode");
        await Expect(b.Locator(aMarker)).ToHaveCountAsync(0, new() { Timeout = 10_000 });
        await host.ScreenshotAsync(b, "b-8-ghost-gone");

        // A kicks B while B is in the room: B's room closes at once and B is told.
        await b.GotoAsync($"/meetups/{meetupId}/chat");
        await b.Locator("[data-live=online] [data-test=chat-room]").WaitForAsync();
        await a.GotoAsync($"/meetups/{meetupId}");
        await a.ClickAsync("[data-test=kick]");
        await host.ScreenshotAsync(a, "a-10-kick-confirm");
        await a.ClickAsync("[data-test=kick-confirm]");
        await Expect(b).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/meetups$"), new() { Timeout = 5_000 });
        await Expect(b.Locator("[data-test=toast]")).ToContainTextAsync("내보내져");
        await host.ScreenshotAsync(b, "b-9-kicked");
        await Expect(a.Locator("[data-test=member-count]")).ToHaveTextAsync("1/4명");
    }

    [Fact]
    public async Task Log_In_Keeps_The_Session_Over_A_Reload_Refreshes_Silently_Logs_Out_And_A_Refused_Refresh_Leads_To_Log_In()
    {
        var (_, phone, nickname) = await MemberAsync("서연" + Guid.NewGuid().ToString("N")[..6]);

        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/me");
        await Expect(page).ToHaveURLAsync(LogInUrl);
        await LogInAsync(page, phone);
        await page.ClickAsync("[data-test=nav-me]");
        await Expect(page.Locator("[data-test=my-nickname]")).ToHaveTextAsync(nickname);
        await host.ScreenshotAsync(page, "me-phone");

        // A reload keeps the session; a refused access token is refreshed silently (the refresh token rotates).
        const string session = "JSON.parse(localStorage.getItem('moyeora.session'))";
        var refreshBefore = await page.EvaluateAsync<string>($"() => {session}.refreshToken");
        await page.EvaluateAsync($"() => {{ const s = {session}; s.accessToken = 'not-a-token'; localStorage.setItem('moyeora.session', JSON.stringify(s)); }}");
        await page.ReloadAsync();
        await Expect(page.Locator("[data-test=my-nickname]")).ToHaveTextAsync(nickname);
        (await page.EvaluateAsync<string>($"() => {session}.refreshToken")).ShouldNotBe(refreshBefore, "the refresh token rotated");
        page.Url.ShouldEndWith("/me");

        // Log out: the tokens are gone and a reload stays on the log-in page.
        await page.ClickAsync("[data-test=logout]");
        await Expect(page).ToHaveURLAsync(LogInUrl);
        (await page.EvaluateAsync<string?>("() => localStorage.getItem('moyeora.session')")).ShouldBeNull();
        await page.GotoAsync("/meetups");
        await Expect(page).ToHaveURLAsync(LogInUrl);

        // A refresh the server refuses ends the session: back to log-in, told why.
        await LogInAsync(page, phone);
        await page.EvaluateAsync($"() => {{ const s = {session}; s.accessToken = 'x'; s.refreshToken = 'y'; localStorage.setItem('moyeora.session', JSON.stringify(s)); }}");
        await page.GotoAsync("/meetups");
        await Expect(page).ToHaveURLAsync(LogInUrl);
        await Expect(page.Locator(".alert.info")).ToHaveTextAsync("세션이 만료되었습니다. 다시 로그인하세요.");
        await host.ScreenshotAsync(page, "session-ended-phone");
    }

    [Fact]
    public async Task The_Host_Serves_The_App_At_Root_With_A_Fallback_That_Leaves_Server_Paths_Alone()
    {
        using var http = new HttpClient { BaseAddress = host.Root };
        foreach (var path in new[] { "/", "/login", "/meetups/3fa85f64-5717-4562-b3fc-2c963f66afa6/chat" })
        {
            using var page = await http.GetAsync(path);
            page.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html", path);
            (await page.Content.ReadAsStringAsync()).ShouldContain("<div id=\"root\"></div>", customMessage: path);
        }

        using var config = await http.GetAsync("/config.json");
        config.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var api = await http.GetAsync("/api/app/no-such-thing");
        api.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        foreach (var path in new[] { "/hubs/nope", "/health/nope", "/openapi/nope", "/asyncapi/nope", "/swagger/nope.json", "/assets/missing-file.js" })
        {
            using var response = await http.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            (response.Content.Headers.ContentType?.MediaType ?? string.Empty).ShouldNotBe("text/html", path);
        }

        using var post = await http.PostAsync("/meetups", new StringContent(""));
        post.StatusCode.ShouldNotBe(HttpStatusCode.OK, "only GET and HEAD fall back to the app");

        using var admin = await http.GetAsync("/admin/signin");
        admin.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.Content.ReadAsStringAsync()).ShouldNotContain("<div id=\"root\"></div>");
    }

    [Fact]
    public async Task Log_In_Page_Is_Korean_First_Switches_To_English_And_Shows_The_Servers_Message_Beside_Nothing_Lost()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(LogInUrl);
        await Expect(page.Locator("h1")).ToHaveTextAsync("로그인");
        await page.FillAsync("[data-test=login-form] input[type=tel]", "010-9999-0000");
        await page.FillAsync("[data-test=login-form] input[type=password]", "wrong-password-1");
        await page.ClickAsync("[data-test=login-form] button.primary");
        await Expect(page.Locator("[data-test=form-error]")).ToBeVisibleAsync();
        (await page.Locator("[data-test=form-error]").TextContentAsync())!.ShouldMatch(@"[\uAC00-\uD7A3]", "the server answers in Korean");
        await host.ScreenshotAsync(page, "login-error-phone");

        await page.ClickAsync("[data-test=language]");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Log in");
        await page.ClickAsync("[data-test=login-form] button.primary");
        // The server's message now comes in English (the client sends Accept-Language: en).
        await Expect(page.Locator("[data-test=form-error]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^[^\uAC00-\uD7A3]+$"));
        await host.ScreenshotAsync(page, "login-error-english");
    }

    [Fact]
    public async Task Main_Pages_Have_No_Serious_Accessibility_Violations_On_A_Phone_And_A_Desktop()
    {
        var (api, phone, _) = await MemberAsync("지우" + Guid.NewGuid().ToString("N")[..6]);
        var seoul = TimeSpan.FromHours(9);
        var start = DateTimeOffset.UtcNow.ToOffset(seoul).AddHours(3);
        var meetup = await api.Meetups.CreateAsync(new Moyeora.Meetups.CreateMeetupDto
        {
            Title = "접근성 점검 모임", MaxMembers = 5, StartTime = start, EndTime = start.AddHours(2), Place = "서울숲", Latitude = 37.5444, Longitude = 127.0374,
            Tags = ["산책"], Description = "천천히 걸어요",
        });

        foreach (var (width, height) in new[] { (390, 844), (1280, 860) })
        {
            await using var context = await host.NewContextAsync(width, height);
            var page = await context.NewPageAsync();
            var failures = new List<string>();
            async Task CheckAsync(string name)
            {
                var result = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
                {
                    RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
                });
                failures.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"{name} ({width}px): {v.Id} [{v.Impact}] {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            }

            await page.GotoAsync("/login");
            await page.Locator("[data-test=login-form]").WaitForAsync();
            await CheckAsync("log-in");
            await page.GotoAsync("/signup");
            await page.Locator("[data-test=signup-phone]").WaitForAsync();
            await CheckAsync("sign-up");
            await page.GotoAsync("/login");
            await LogInAsync(page, phone);
            await CheckAsync("map");
            foreach (var (path, ready, name) in new[]
            {
                ("/meetups", "[data-test=meetup-list] li", "meetups"),
                ("/meetups/new", "[data-test=place-picker] [data-ready=true]", "create"),
                ($"/meetups/{meetup.Id}", "[data-test=meetup-detail]", "detail"),
                ($"/meetups/{meetup.Id}/edit", "[data-test=place-picker] [data-ready=true]", "edit"),
                ($"/meetups/{meetup.Id}/chat", "[data-test=system-message], [data-test=messages] li", "chat"),
                ("/notifications", "h1", "notifications"),
                ("/me", "[data-test=my-nickname]", "me"),
                ("/friends", "h1", "friends"),
                ($"/people/{meetup.Host.Id}", "[data-test=person-card]", "person card"),
            })
            {
                await page.GotoAsync(path);
                await page.Locator(ready).First.WaitForAsync();
                await CheckAsync(name);
            }

            failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        }
    }

    [Fact]
    public async Task Search_Finds_A_Meetup_By_Keyword_And_Seoul_Day()
    {
        var (api, phone, _) = await MemberAsync("도윤" + Guid.NewGuid().ToString("N")[..6]);
        var tag = "검색" + Guid.NewGuid().ToString("N")[..5];
        var start = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).AddDays(2);
        await api.Meetups.CreateAsync(new Moyeora.Meetups.CreateMeetupDto
        {
            Title = "한강 러닝 " + tag, MaxMembers = 6, StartTime = start, EndTime = start.AddHours(1), IsOnline = true, Tags = [tag],
        });

        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await LogInAsync(page, phone);
        await page.ClickAsync("[data-test=nav-meetups]");
        await page.ClickAsync("[data-test=tab-search]");
        await page.FillAsync("[data-test=search-keyword]", tag);
        await page.FillAsync("[data-test=search-date]", start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("form.search button").ClickAsync();
        await Expect(page.Locator("[data-test=meetup-list] li")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-test=meetup-list] li")).ToContainTextAsync("한강 러닝 " + tag);
        await host.ScreenshotAsync(page, "search-phone");

        await page.FillAsync("[data-test=search-date]", start.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("form.search button").ClickAsync();
        await Expect(page.Locator("[data-test=meetup-list] li")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_Person_Card_Sends_A_Friend_Request_And_After_Acceptance_Shows_The_Friend_And_The_Friends_Page()
    {
        var (other, _, otherNickname) = await MemberAsync("하은" + Guid.NewGuid().ToString("N")[..6]);
        var (_, phone, _) = await MemberAsync("시우" + Guid.NewGuid().ToString("N")[..6]);
        var otherId = (await other.Profile.GetAsync()).Id;

        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await LogInAsync(page, phone);
        await page.GotoAsync($"/people/{otherId}");
        var card = page.Locator("[data-test=person-card]");
        await Expect(card).ToContainTextAsync("주변 사람");
        await Expect(card).Not.ToContainTextAsync(otherNickname);
        await host.ScreenshotAsync(page, "person-card-stranger-phone");
        await page.ClickAsync("[data-test=add-friend]");
        await Expect(page.Locator("[data-test=toast]")).ToContainTextAsync("친구 신청을 보냈습니다");

        var request = (await other.Friends.GetIncomingAsync(new Moyeora.Dtos.PagedRequestDto())).Items.Single();
        await other.Friends.AcceptAsync(request.Id);

        await page.ReloadAsync();
        await Expect(card).ToContainTextAsync(otherNickname);
        await Expect(card.Locator(".chip.friend")).ToBeVisibleAsync();
        await host.ScreenshotAsync(page, "person-card-friend-phone");
        await page.GotoAsync("/friends");
        await Expect(page.Locator("[data-test=friends-list]")).ToContainTextAsync(otherNickname);
        await host.ScreenshotAsync(page, "friends-phone");
    }
}
