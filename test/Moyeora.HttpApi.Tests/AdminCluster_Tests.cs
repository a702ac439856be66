using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moyeora.ClientProxies;
using Moyeora.Live;
using Moyeora.TestBase.Servers;
using StackExchange.Redis;

namespace Moyeora.HttpApi.Tests;

/// <summary>
/// One node of a two-node deployment on real sockets (live connections are WebSockets), with its own Redis prefix so
/// no other test's nodes share its key ring or its node counts, and a fast node-count cadence.
/// </summary>
public sealed class AdminClusterNodeFactory : MoyeoraWebApplicationFactory
{
    private readonly string _connectionString;
    private readonly string _redis;
    private readonly string _prefix;

    public AdminClusterNodeFactory(string connectionString, string redis, string prefix)
    {
        (_connectionString, _redis, _prefix) = (connectionString, redis, prefix);
        UseKestrel(0);
    }

    public static readonly TimeSpan CountLifetime = TimeSpan.FromSeconds(3);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["ConnectionStrings:Default"] = _connectionString,
        ["Redis:Configuration"] = _redis,
        ["Redis:ChannelPrefix"] = _prefix,
        ["Live:ConnectionCountInterval"] = "00:00:00.500",
        ["Live:ConnectionCountLifetime"] = CountLifetime.ToString(),
    };

    public Uri Root => CreateClient().BaseAddress!;
}

/// <summary>The admin area behind a load balancer: any node accepts another's cookie and forms, and the dashboard counts every node.</summary>
public sealed class AdminCluster_Tests : IAsyncLifetime
{
    private readonly string _prefix = "moyeora-admin-" + Guid.NewGuid().ToString("N")[..8];
    private AdminClusterNodeFactory _nodeA = null!;
    private AdminClusterNodeFactory _nodeB = null!;
    private ConnectionMultiplexer _redis = null!;

    public async Task InitializeAsync()
    {
        var database = await (await PostgreSqlServer.GetAsync()).CreateDatabaseAsync();
        var redis = (await RedisServer.GetAsync()).Configuration;
        _redis = await ConnectionMultiplexer.ConnectAsync(redis);
        _nodeA = new AdminClusterNodeFactory(database, redis, _prefix);
        _nodeB = new AdminClusterNodeFactory(database, redis, _prefix);
        _nodeA.CreateClient().Dispose(); // node A migrates and seeds first
        _nodeB.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        await _nodeA.DisposeAsync();
        await _nodeB.DisposeAsync();
        await _redis.CloseAsync();
        _redis.Dispose();
    }

    [Fact]
    public async Task An_Admin_Signed_In_On_Node_A_Is_Accepted_With_Node_As_Form_Tokens_On_Node_B()
    {
        // Both nodes of this test run in one process and could share the machine's local key ring: the keys must be in Redis.
        foreach (var node in new[] { _nodeA, _nodeB })
        {
            (node.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository?.GetType().Name).ShouldBe("RedisXmlRepository");
        }

        using var onA = new CookieBrowser(_nodeA);
        using var onB = new CookieBrowser(_nodeB, onA.Cookies); // one browser, whichever node nginx picks

        var signInPage = await onA.GetStringAsync("/admin/signin");
        using var signedIn = await onA.PostFormAsync("/admin/signin", new()
        {
            ["__RequestVerificationToken"] = FormToken(signInPage),
            ["Input.PhoneNumber"] = TestData.AdminPhone,
            ["Input.Password"] = TestData.AdminPassword,
        });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        onA.Cookies.ShouldContainKey("Moyeora.Admin");
        (await _redis.GetDatabase().ListLengthAsync(_prefix + ":data-protection-keys")).ShouldBeGreaterThan(0, "the key ring is in Redis");

        // Node A's dashboard, with node A's anti-forgery token in its sign-out form.
        var dashboardOnA = await onA.GetStringAsync("/admin");
        dashboardOnA.ShouldContain("data-figure=\"live-connections\"");
        var tokenFromA = FormToken(dashboardOnA);

        using var dashboardOnB = await onB.GetAsync("/admin");
        dashboardOnB.StatusCode.ShouldBe(HttpStatusCode.OK, "node B reads node A's cookie");
        (await dashboardOnB.Content.ReadAsStringAsync()).ShouldContain("data-figure=\"people-on-map\"");

        // Every screen of the admin area answers through the real host on PostgreSQL (the browser tests drive them on SQLite).
        var adminApi = await _nodeA.CreateAdminClientAsync();
        var adminId = (await adminApi.Profile.GetAsync()).Id;
        var meetup = await adminApi.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup());
        foreach (var path in new[]
                 {
                     "/admin/users", $"/admin/users/{adminId}", "/admin/roles", "/admin/meetups", $"/admin/meetups/{meetup.Id}", "/admin/reports",
                     "/admin/scheduled-jobs", "/admin/audit", "/admin/security", "/admin/outbox", "/admin/settings",
                 })
        {
            using var screen = await onB.GetAsync(path);
            screen.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        }

        // Node B checks anti-forgery for real: a forged token is refused, node A's is accepted.
        using var forged = await onB.PostFormAsync("/admin/signout", new() { ["__RequestVerificationToken"] = "CfDJ8forged" });
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var signedOut = await onB.PostFormAsync("/admin/signout", new() { ["__RequestVerificationToken"] = tokenFromA });
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedOut.Headers.Location!.OriginalString.ShouldContain("/admin/signin");
        onA.Cookies.ShouldNotContainKey("Moyeora.Admin", "node B signed the browser out");
        using var afterSignOut = await onA.GetAsync("/admin");
        afterSignOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_Dashboard_Counts_Every_Nodes_Connections_And_People_On_The_Map_And_Drops_A_Node_That_Is_Gone()
    {
        var admin = await _nodeA.CreateAdminClientAsync();
        var adminOnB = new MoyeoraApiClient(_nodeB.CreateClient());
        await adminOnB.SignInAsync(TestData.AdminPhone, TestData.AdminPassword);
        var (_, _, _, first) = await _nodeA.SignUpAsync(admin);
        var (_, _, _, second) = await _nodeA.SignUpAsync(admin);

        await using var liveOnA = await LiveClient.ConnectAsync(_nodeA.Root, first.AccessToken);
        await using var liveOnB = await LiveClient.ConnectAsync(_nodeB.Root, second.AccessToken);
        await liveOnA.InvokeAsync("ReportPosition", 37.5663, 126.9779);
        await liveOnB.InvokeAsync("ReportPosition", 35.1796, 129.0756);

        await WaitForAsync(admin, d => d.LiveConnections == 2 && d.PeopleOnMap == 2, "node A counts node B's connection and position");
        await WaitForAsync(adminOnB, d => d.LiveConnections == 2 && d.PeopleOnMap == 2, "node B counts node A's connection and position");

        // A node that died without a word (here, an entry written as a node would): counted while its entry lives, then gone.
        var db = _redis.GetDatabase();
        await db.SetAddAsync(_prefix + ":live-nodes", "crashed");
        await db.StringSetAsync(_prefix + ":live-nodes:crashed", "5", TimeSpan.FromSeconds(2));
        (await admin.Dashboard.GetAsync()).LiveConnections.ShouldBe(7);
        await WaitForAsync(admin, d => d.LiveConnections == 2, "the crashed node's entry expired");
        (await db.SetContainsAsync(_prefix + ":live-nodes", "crashed")).ShouldBeFalse("the dead node is pruned from the set");

        // Node B stops: its connection leaves the total within the entry's lifetime.
        await liveOnB.DisposeAsync();
        await _nodeB.DisposeAsync();
        await WaitForAsync(admin, d => d.LiveConnections == 1, "node B's count is gone", AdminClusterNodeFactory.CountLifetime + TimeSpan.FromSeconds(2));
    }

    private static async Task WaitForAsync(MoyeoraApiClient admin, Func<Moyeora.Administration.DashboardDto, bool> condition, string because, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        var dashboard = await admin.Dashboard.GetAsync();
        while (!condition(dashboard) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            dashboard = await admin.Dashboard.GetAsync();
        }

        condition(dashboard).ShouldBeTrue($"{because} (live connections {dashboard.LiveConnections}, on the map {dashboard.PeopleOnMap})");
    }

    private static string FormToken(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"") is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("The page has no anti-forgery token.");

    /// <summary>A browser's cookie jar over one node; two of them may share the jar, as one browser behind a load balancer.</summary>
    private sealed class CookieBrowser(AdminClusterNodeFactory node, Dictionary<string, string>? cookies = null) : IDisposable
    {
        // On a real socket the factory's client options do not apply: a plain client that neither follows redirects nor keeps cookies.
        private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = node.Root };

        public Dictionary<string, string> Cookies { get; } = cookies ?? [];

        public async Task<string> GetStringAsync(string path)
        {
            using var response = await GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            return await response.Content.ReadAsStringAsync();
        }

        public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

        public Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> form) =>
            SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) });

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        {
            using (request)
            {
                if (Cookies.Count > 0)
                {
                    request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(c => c.Key + "=" + c.Value)));
                }

                var response = await _http.SendAsync(request);
                foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
                {
                    var pair = header.Split(';', 2)[0];
                    var (name, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
                    // A cookie set empty or already expired is a deletion.
                    if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                    {
                        Cookies.Remove(name);
                    }
                    else
                    {
                        Cookies[name] = value;
                    }
                }

                return response;
            }
        }

        public void Dispose() => _http.Dispose();
    }
}
