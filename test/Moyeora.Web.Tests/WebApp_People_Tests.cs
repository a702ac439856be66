using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Moyeora.Chat;
using Moyeora.ClientProxies;
using Moyeora.Friends;
using Moyeora.Jobs;
using Moyeora.Live;
using Moyeora.Meetups;
using Moyeora.Profile;
using Moyeora.Reports;
using static Microsoft.Playwright.Assertions;

namespace Moyeora.Web.Tests;

/// <summary>Blocking, reports and their limit, invitations, hand-over, ratings, the default radius and reconnecting, in real browsers.</summary>
public sealed partial class WebApp_Tests
{
    private static readonly TimeSpan Seoul = TimeSpan.FromHours(9);

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];

    private static async Task BefriendAsync(Person one, Person other)
    {
        await one.Api.Friends.SendRequestAsync(new SendFriendRequestDto { UserId = other.Id });
        var request = (await other.Api.Friends.GetIncomingAsync(new Moyeora.Dtos.PagedRequestDto())).Items.Single(r => r.UserId == one.Id);
        await other.Api.Friends.AcceptAsync(request.Id);
    }

    private static Task<MeetupDto> MeetupAsync(Person hostPerson, string title, DateTimeOffset? start = null, TimeSpan? length = null)
    {
        var from = start ?? DateTimeOffset.UtcNow.ToOffset(Seoul).AddHours(5);
        return hostPerson.Api.Meetups.CreateAsync(new CreateMeetupDto
        {
            Title = title, MaxMembers = 6, StartTime = from, EndTime = from + (length ?? TimeSpan.FromHours(2)),
            // Seoul Station, off the map's default view: other tests click the map's centre to set a position.
            Place = "서울역 광장", Latitude = 37.5547, Longitude = 126.9707, Tags = ["모임"],
        });
    }

    /// <summary>A browser context (phone unless sized) with the person logged in on the map.</summary>
    private async Task<(IBrowserContext Context, IPage Page)> LoggedInAsync(Person person, int width = 390, int height = 844, string? initScript = null)
    {
        var context = await host.NewContextAsync(width, height);
        if (initScript is not null)
        {
            await context.AddInitScriptAsync(initScript);
        }

        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await LogInAsync(page, person.Phone);
        return (context, page);
    }

    private async Task ReportAsync(IPage page, string opener, string shot)
    {
        await page.ClickAsync(opener);
        var form = page.Locator("[data-test=report-form]");
        await form.Locator("textarea").FillAsync("테스트 신고입니다");
        await host.ScreenshotAsync(page, shot);
        await form.Locator("[data-test=report-submit]").ClickAsync();
    }

    [Fact]
    public async Task Blocking_Hides_A_Friend_From_Map_Friends_And_Invitations_Reports_Reach_The_Queue_And_The_Limit_Shows_Its_Retry_Time()
    {
        var suffix = Suffix();
        var a = await PersonAsync("가람" + suffix);
        var b = await PersonAsync("나래" + suffix);
        var c = await PersonAsync("다온" + suffix);
        await BefriendAsync(a, b);
        var mine = await MeetupAsync(a, "가람의 산책 " + suffix);
        var theirs = await MeetupAsync(c, "다온의 저녁 " + suffix);
        await a.Api.Meetups.JoinAsync(theirs.Id);
        var message = await c.Api.Chat.SendAsync(theirs.Id, new SendChatMessageDto { Text = "광고: 싸게 팝니다 " + suffix });

        // B is about 1 km from the map's default centre (a cell no other test uses) on a live connection of their own.
        await using var bLive = await LiveClient.ConnectAsync(host.Root, b.AccessToken);
        await bLive.InvokeAsync("ReportPosition", 37.5725, 126.985);

        var (contextA, pageA) = await LoggedInAsync(a);
        await using var _ = contextA;
        // A stands a few hundred metres away, so the two markers do not overlap.
        await pageA.ClickAsync("[data-test=pick-position]");
        await pageA.Locator("[data-test=live-map]").ClickAsync(new() { Position = new() { X = 100, Y = 100 } });
        var bMarker = pageA.Locator($"[data-test=person-marker][data-id='p-{b.Id}']");
        var friendMarker = pageA.Locator($"[data-test=person-marker].friend[data-id='p-{b.Id}']");
        await friendMarker.WaitForAsync(new() { Timeout = 10_000 });
        await host.ScreenshotAsync(pageA, "block-1-friend-on-map");

        // A opens B's card from the marker and blocks B.
        await friendMarker.ClickAsync();
        await pageA.Locator("[data-test=person-card]").WaitForAsync();
        await Expect(pageA.Locator("[data-test=person-card]")).ToContainTextAsync(b.Nickname);
        await pageA.ClickAsync("[data-test=block]");
        await Expect(pageA.Locator("[data-test=blocked-note]")).ToBeVisibleAsync();
        await host.ScreenshotAsync(pageA, "block-2-blocked");

        // B leaves A's map with the next push, the friends list, and the people A can invite.
        await pageA.ClickAsync("[data-test=nav-map]");
        await Expect(bMarker).ToHaveCountAsync(0, new() { Timeout = 10_000 });
        await host.ScreenshotAsync(pageA, "block-3-gone-from-map");
        await pageA.GotoAsync("/friends");
        await Expect(pageA.Locator("h1")).ToBeVisibleAsync();
        await Expect(pageA.Locator("[data-test=friends-list]")).Not.ToContainTextAsync(b.Nickname);
        await pageA.ClickAsync("[data-test=friends-tab-blocks]");
        await Expect(pageA.Locator("[data-test=friends-list]")).ToContainTextAsync(b.Nickname);
        await host.ScreenshotAsync(pageA, "block-4-blocked-list");
        await pageA.GotoAsync($"/meetups/{mine.Id}");
        await pageA.ClickAsync("[data-test=invite]");
        await Expect(pageA.Locator("[data-test=invite-friends]")).ToContainTextAsync("초대할 수 있는 친구가 없습니다.");
        await Expect(pageA.Locator("[data-test=invite-candidate]")).ToHaveCountAsync(0);
        var refused = await Should.ThrowAsync<MoyeoraApiException>(() => b.Api.Meetups.JoinAsync(mine.Id));
        refused.Code.ShouldBe(MoyeoraErrorCodes.MeetupNotFound, "a blocked person cannot even find the blocker's meetup");

        // A reports a person, a meetup and a chat message: each reaches the moderators' queue.
        await pageA.GotoAsync($"/people/{c.Id}");
        await ReportAsync(pageA, "[data-test=report]", "report-1-person");
        await Expect(pageA.Locator("[data-test=toast]")).ToContainTextAsync("신고를 접수했습니다");
        await pageA.GotoAsync($"/meetups/{theirs.Id}");
        await ReportAsync(pageA, "[data-test=report-meetup]", "report-2-meetup");
        await Expect(pageA.Locator("[data-test=report-form]")).ToHaveCountAsync(0);
        await pageA.GotoAsync($"/meetups/{theirs.Id}/chat");
        await pageA.Locator($"[data-test=message][data-id='{message.Id}']").WaitForAsync();
        await ReportAsync(pageA, $"[data-test=message][data-id='{message.Id}'] [data-test=report-message]", "report-3-message");
        await Expect(pageA.Locator("[data-test=report-form]")).ToHaveCountAsync(0);

        var admin = await host.AdminAsync();
        var queue = (await admin.ReportModeration.GetListAsync(new GetReportsDto { MaxResultCount = 100 })).Items.Where(r => r.Reporter.Id == a.Id).ToList();
        queue.Select(r => (r.TargetType, r.TargetId)).ShouldBe(
            [(ReportTargetType.User, c.Id.ToString()), (ReportTargetType.Meetup, theirs.Id.ToString()), (ReportTargetType.ChatMessage, message.Id.ToString())],
            ignoreOrder: true);

        // One more is over the host's limit (3 an hour): the refusal and its retry time show beside the report button.
        await pageA.GotoAsync($"/people/{c.Id}");
        await ReportAsync(pageA, "[data-test=report]", "report-4-form");
        var retry = pageA.Locator("[data-test=report-form] [data-test=retry-after]");
        await Expect(retry).ToHaveTextAsync(new Regex(@"^요청이 너무 많습니다\. (1시간|60분|59분) 후에 다시 시도하세요\.$"));
        await host.ScreenshotAsync(pageA, "report-5-rate-limited");
        (await admin.ReportModeration.GetListAsync(new GetReportsDto { MaxResultCount = 100 })).Items.Count(r => r.Reporter.Id == a.Id).ShouldBe(WebHostFixture.ReportsPerHour);
    }

    [Fact]
    public async Task A_Host_Invites_A_Friend_Who_Sees_It_Live_Declines_One_Accepts_One_And_Then_Takes_Over_As_Host()
    {
        var suffix = Suffix();
        var a = await PersonAsync("라온" + suffix);
        var b = await PersonAsync("마루" + suffix);
        await BefriendAsync(a, b);
        var first = await MeetupAsync(a, "라온의 보드게임 " + suffix);
        var second = await MeetupAsync(a, "라온의 등산 " + suffix);

        var (contextB, pageB) = await LoggedInAsync(b, 1280, 860);
        await using var _b = contextB;
        await pageB.ClickAsync("[data-test=nav-meetups]");
        await pageB.ClickAsync("[data-test=tab-invitations]");
        await Expect(pageB.Locator("[data-test=invitation]")).ToHaveCountAsync(0);

        // A invites B from the meetup page: B's list shows it without a reload.
        var (contextA, pageA) = await LoggedInAsync(a);
        await using var _a = contextA;
        var navigations = 0;
        pageB.FrameNavigated += (_, frame) => navigations += frame == pageB.MainFrame ? 1 : 0;
        foreach (var meetup in new[] { first, second })
        {
            await pageA.GotoAsync($"/meetups/{meetup.Id}");
            await pageA.ClickAsync("[data-test=invite]");
            await pageA.Locator($"[data-test=invite-candidate][data-user='{b.Id}'] [data-test=invite-send]").ClickAsync();
            await Expect(pageA.Locator($"[data-test=invite-candidate][data-user='{b.Id}']")).ToContainTextAsync("초대함");
        }

        await host.ScreenshotAsync(pageA, "invite-1-sent");
        await Expect(pageB.Locator("[data-test=invitation]")).ToHaveCountAsync(2, new() { Timeout = 5_000 });
        navigations.ShouldBe(0, "the invitations arrived live");
        await Expect(pageB.Locator($"[data-test=invitation][data-meetup='{first.Id}']")).ToContainTextAsync(a.Nickname);
        await host.ScreenshotAsync(pageB, "invite-2-received");

        // B declines one and accepts the other (which opens it, B now a member).
        await pageB.Locator($"[data-test=invitation][data-meetup='{second.Id}'] [data-test=decline-invitation]").ClickAsync();
        await Expect(pageB.Locator($"[data-test=invitation][data-meetup='{second.Id}'] [data-test=decline-invitation]")).ToHaveCountAsync(0);
        await pageB.Locator($"[data-test=invitation][data-meetup='{first.Id}'] [data-test=accept-invitation]").ClickAsync();
        await pageB.Locator($"[data-test=meetup-detail][data-id='{first.Id}']").WaitForAsync();
        await Expect(pageB.Locator("[data-test=member-count]")).ToHaveTextAsync("2/6명");
        (await a.Api.Meetups.GetAsync(second.Id)).MemberCount.ShouldBe(1, "the declined meetup was not joined");

        // A's page follows live; A hands the meetup over to B: both pages show B as the host.
        await pageA.GotoAsync($"/meetups/{first.Id}");
        await Expect(pageA.Locator("[data-test=member-count]")).ToHaveTextAsync("2/6명");
        await pageA.Locator($"[data-test=member][data-user='{b.Id}'] [data-test=hand-over]").ClickAsync();
        await host.ScreenshotAsync(pageA, "handover-1-confirm");
        await pageA.ClickAsync("[data-test=handOver-confirm]");
        await Expect(pageA.Locator("[data-test=meetup-host]")).ToContainTextAsync(b.Nickname);
        await Expect(pageB.Locator("[data-test=meetup-host]")).ToContainTextAsync(b.Nickname, new() { Timeout = 5_000 });
        await Expect(pageB.Locator("[data-test=notice-form]")).ToBeVisibleAsync();
        await Expect(pageA.Locator("[data-test=notice-form]")).ToHaveCountAsync(0);
        await host.ScreenshotAsync(pageA, "handover-2-old-host");
        await host.ScreenshotAsync(pageB, "handover-3-new-host");
        (await a.Api.Meetups.GetAsync(first.Id)).Host.Id.ShouldBe(b.Id);
    }

    [Fact]
    public async Task After_A_Confirmed_Meetup_Ends_The_Room_Is_Read_Only_And_A_Member_Rates_The_Other()
    {
        var suffix = Suffix();
        var a = await PersonAsync("바다" + suffix);
        var b = await PersonAsync("사랑" + suffix);
        // A meetup that starts in a few seconds and lasts one: both confirm before it starts, then it is over.
        var start = DateTimeOffset.UtcNow.ToOffset(Seoul).AddSeconds(6);
        var meetup = await MeetupAsync(a, "짧은 모임 " + suffix, start, TimeSpan.FromSeconds(1));
        await b.Api.Meetups.JoinAsync(meetup.Id);
        await b.Api.Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "곧 만나요 " + suffix });
        await b.Api.Meetups.ConfirmAsync(meetup.Id);
        (await a.Api.Meetups.ConfirmAsync(meetup.Id)).Status.ShouldBe(MeetupStatus.Confirmed);
        var over = start.AddSeconds(1.5) - DateTimeOffset.UtcNow;
        if (over > TimeSpan.Zero)
        {
            await Task.Delay(over);
        }

        // The scheduled job ends it (run now, as the admin UI's "run now" does).
        var admin = await host.AdminAsync();
        await admin.Jobs.TriggerAsync(JobNames.EndMeetups);
        var deadline = Stopwatch.StartNew();
        while ((await a.Api.Meetups.GetAsync(meetup.Id)).Status != MeetupStatus.Ended)
        {
            deadline.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20), "the end-meetups job ended the meetup");
            await Task.Delay(200);
        }

        var (contextA, pageA) = await LoggedInAsync(a);
        await using var _ = contextA;
        await pageA.GotoAsync($"/meetups/{meetup.Id}/chat");
        await Expect(pageA.Locator("[data-test=message]", new() { HasText = "곧 만나요 " + suffix })).ToBeVisibleAsync();
        await Expect(pageA.Locator("[data-test=chat-read-only]")).ToBeVisibleAsync();
        await Expect(pageA.Locator("[data-test=chat-input]")).ToHaveCountAsync(0);
        await host.ScreenshotAsync(pageA, "rating-1-room-read-only");

        var before = (await b.Api.Profile.GetAsync()).Rating;
        await pageA.GotoAsync($"/meetups/{meetup.Id}");
        var entry = pageA.Locator($"[data-test=rating-sheet] [data-test=rating-entry][data-user='{b.Id}']");
        await Expect(entry).ToContainTextAsync(b.Nickname);
        await entry.Locator("[data-test=rate-up]").ClickAsync();
        await Expect(entry.Locator("[data-test=rate-up]")).ToHaveAttributeAsync("aria-pressed", "true");
        await host.ScreenshotAsync(pageA, "rating-2-rated");
        (await b.Api.Profile.GetAsync()).Rating.ShouldBeGreaterThan(before);
    }

    [Fact]
    public async Task The_Default_Radius_Saved_In_Settings_Opens_The_Map_On_Another_Device()
    {
        var a = await PersonAsync("아라" + Suffix());
        var (phone, phonePage) = await LoggedInAsync(a);
        await using (phone)
        {
            await Expect(phonePage.Locator("[data-test=radius]")).ToHaveValueAsync("2000");
            await phonePage.ClickAsync("[data-test=nav-me]");
            await phonePage.SelectOptionAsync("[data-test=default-radius]", "5000");
            await phonePage.ClickAsync("[data-test=save-radius]");
            await Expect(phonePage.Locator("[data-test=toast]")).ToContainTextAsync("저장했습니다");
            await host.ScreenshotAsync(phonePage, "radius-1-settings-phone");
        }

        (await a.Api.Profile.GetAsync()).Settings.DefaultRadiusMeters.ShouldBe(5000);
        var (desktop, desktopPage) = await LoggedInAsync(a, 1280, 860);
        await using (desktop)
        {
            await Expect(desktopPage.Locator("[data-test=radius]")).ToHaveValueAsync("5000");
            await host.ScreenshotAsync(desktopPage, "radius-2-other-device");
        }
    }

    /// <summary>
    /// Wraps the page's WebSocket so a test can drop the live transport and keep it from coming back (new sockets go to a
    /// closed port) until it lets it.
    /// </summary>
    private const string SocketSwitch = """
        (() => {
          const Native = window.WebSocket;
          window.__sockets = [];
          window.__blockSockets = false;
          class Switchable extends Native {
            constructor(url, protocols) {
              super(window.__blockSockets ? String(url).replace(/\/\/[^/]+/, '//127.0.0.1:9') : url, protocols);
              window.__sockets.push(this);
            }
          }
          window.WebSocket = Switchable;
        })();
        """;

    [Fact]
    public async Task When_The_Live_Connection_Drops_A_Banner_Shows_And_The_App_Resumes_Position_Room_And_Missed_Messages()
    {
        var suffix = Suffix();
        var a = await PersonAsync("자람" + suffix);
        var b = await PersonAsync("차분" + suffix);
        var meetup = await MeetupAsync(a, "다시 연결 모임 " + suffix);
        await b.Api.Meetups.JoinAsync(meetup.Id);

        var (context, page) = await LoggedInAsync(b, initScript: SocketSwitch);
        await using var owned = context;
        // What the app sends on each live socket (SignalR's JSON frames).
        var sent = new ConcurrentQueue<(int Socket, string Frame)>();
        var sockets = 0;
        page.WebSocket += (_, socket) =>
        {
            var number = Interlocked.Increment(ref sockets);
            socket.FrameSent += (_, frame) => sent.Enqueue((number, frame.Text ?? string.Empty));
        };
        // Away from the centre, where the meetup's own marker stands.
        await page.ClickAsync("[data-test=pick-position]");
        await page.Locator("[data-test=live-map]").ClickAsync(new() { Position = new() { X = 60, Y = 120 } });
        await page.Locator("[data-test=my-marker]").WaitForAsync();
        // Into the room without a page load (the position lives in the page's memory).
        await page.EvaluateAsync("path => { history.pushState(null, '', path); dispatchEvent(new PopStateEvent('popstate')); }", $"/meetups/{meetup.Id}/chat");
        await page.Locator("[data-live=online] [data-test=chat-room]").WaitForAsync();
        await page.Locator("[data-test=system-message]").First.WaitForAsync();

        // The transport drops and cannot come back: the banner shows; A writes meanwhile.
        await page.EvaluateAsync("() => { window.__blockSockets = true; window.__sockets.forEach(s => s.close(4000, 'test')); }");
        await Expect(page.Locator("[data-test=offline-banner]")).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await host.ScreenshotAsync(page, "offline-1-banner");
        var meanwhile = "연결이 끊긴 사이에 " + suffix;
        await a.Api.Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = meanwhile });
        var socketsBefore = Volatile.Read(ref sockets);

        // The network comes back: the app reconnects by itself, fetches what it missed and is in the room again.
        await page.EvaluateAsync("() => { window.__blockSockets = false; }");
        await Expect(page.Locator("[data-test=offline-banner]")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Expect(page.Locator("[data-test=message]", new() { HasText = meanwhile })).ToBeVisibleAsync(new() { Timeout = 5_000 });
        var after = "다시 연결된 뒤에 " + suffix;
        await a.Api.Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = after });
        await Expect(page.Locator("[data-test=message]", new() { HasText = after })).ToBeVisibleAsync(new() { Timeout = 3_000 });
        await host.ScreenshotAsync(page, "offline-2-resumed");

        // The new socket re-sent the radius and the position.
        var resumedFrames = sent.Where(f => f.Socket > socketsBefore).Select(f => f.Frame).ToList();
        resumedFrames.ShouldContain(f => f.Contains("\"target\":\"SetRadius\""), string.Join(Environment.NewLine, resumedFrames));
        resumedFrames.ShouldContain(f => f.Contains("\"target\":\"ReportPosition\""), string.Join(Environment.NewLine, resumedFrames));
    }
}
