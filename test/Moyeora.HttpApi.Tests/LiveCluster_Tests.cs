using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Moyeora.Hosting;
using Moyeora.Meetups;
using Moyeora.ClientProxies;
using Moyeora.Account;
using Moyeora.Chat;
using Moyeora.Live;
using Moyeora.Outbound;
using Moyeora.TestBase.Servers;
using Moyeora.Verification;

namespace Moyeora.HttpApi.Tests;

/// <summary>
/// Two host processes (the built host, as production runs it) sharing PostgreSQL and Redis behind nginx,
/// all on loopback, configured by etc/cluster/nginx.conf.template — the set-up etc/cluster/run.sh starts.
/// </summary>
public sealed class ProcessClusterFixture : IAsyncLifetime
{
    private const string AdminPhone = "010-0000-0000";
    private const string AdminPassword = "cluster-admin-1";
    private readonly List<Process> _processes = [];
    private string _directory = string.Empty;

    public Uri NodeA { get; private set; } = null!;

    public Uri NodeB { get; private set; } = null!;

    public Uri Balancer { get; private set; } = null!;

    public string RedisConfiguration { get; private set; } = string.Empty;

    /// <summary>This cluster's own backplane channel prefix (Redis:ChannelPrefix), so its channels can be told apart on the shared Redis.</summary>
    public string ChannelPrefix { get; } = "moyeora-cluster-" + Guid.NewGuid().ToString("N")[..8];

    public async Task InitializeAsync()
    {
        var database = await (await PostgreSqlServer.GetAsync()).CreateDatabaseAsync();
        var redis = await RedisServer.GetAsync();
        RedisConfiguration = redis.Configuration;
        _directory = Directory.CreateTempSubdirectory("moyeora-cluster-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_directory, (UnixFileMode)0b111_101_101);
        }
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Default"] = database,
            ["Redis__Configuration"] = redis.Configuration,
            ["Redis__ChannelPrefix"] = ChannelPrefix,
            ["Jwt__Issuer"] = "moyeora", ["Jwt__Audience"] = "moyeora",
            ["Jwt__SigningKey"] = "cluster-test-signing-key-0123456789-abcdefgh",
            ["Seed__Admin__PhoneNumber"] = AdminPhone, ["Seed__Admin__Password"] = AdminPassword,
            ["Outbound__Provider"] = "Outbox",
            ["RateLimiting__AccountPermitsPerMinute"] = "100000",
            ["RateLimiting__LogInAttemptsPerPhonePerTenMinutes"] = "100000",
            ["RateLimiting__RefreshesPerSessionPerMinute"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var (portA, portB, portLb) = (ProcessRunner.FreeLoopbackPort(), ProcessRunner.FreeLoopbackPort(), ProcessRunner.FreeLoopbackPort());
        (NodeA, NodeB, Balancer) = (new Uri($"http://127.0.0.1:{portA}"), new Uri($"http://127.0.0.1:{portB}"), new Uri($"http://127.0.0.1:{portLb}"));

        // Node A applies the migrations; node B starts once A is ready, as a rolling deployment would.
        await StartNodeAsync(NodeA, new Dictionary<string, string>(environment) { ["Database__MigrateOnStartup"] = "true" });
        await StartNodeAsync(NodeB, new Dictionary<string, string>(environment) { ["Database__MigrateOnStartup"] = "false" });

        var template = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "etc", "cluster", "nginx.conf.template"));
        var config = Path.Combine(_directory, "nginx.conf");
        await File.WriteAllTextAsync(config, template.Replace("@DIR@", _directory, StringComparison.Ordinal)
            .Replace("@PORT@", portLb.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("@NODE_A@", portA.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("@NODE_B@", portB.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed. Run the README's test command, which installs it: apt-get install -y nginx.");
        var process = ProcessRunner.StartWatched(nginx, ["-c", config, "-p", _directory], Path.Combine(_directory, "nginx-run"));
        _processes.Add(process);
        await ProcessRunner.WaitForPortAsync(portLb, process, TimeSpan.FromSeconds(30));
    }

    private async Task StartNodeAsync(Uri node, IReadOnlyDictionary<string, string> environment)
    {
        var host = await HostProcess.StartAsync(_directory, environment, node.Port);
        _processes.Add(host.Watchdog);
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Moyeora.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Moyeora.sln not found above the test's folder.");
    }

    public MoyeoraApiClient Api(Uri root) => new(new HttpClient { BaseAddress = root });

    public async Task<MoyeoraApiClient> AdminAsync(Uri root)
    {
        var admin = Api(root);
        await admin.SignInAsync(AdminPhone, AdminPassword);
        return admin;
    }

    /// <summary>Signs a new person up through <paramref name="root"/>, reading the code from the shared outbox.</summary>
    public async Task<(MoyeoraApiClient Api, AuthTokensDto Tokens)> SignUpAsync(Uri root, MoyeoraApiClient admin)
    {
        var client = Api(root);
        var phone = TestData.NewPhone();
        await client.Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp });
        var code = await MoyeoraWebApplicationFactory.ReadCodeAsync(admin, phone);
        var verified = await client.Account.VerifyCodeAsync(new VerifyCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp, Code = code });
        var tokens = await client.Account.RegisterAsync(new RegisterDto
        {
            VerificationToken = verified.VerificationToken, Name = "김모임", Nickname = TestData.NewNickname(), Password = "cluster-pass-1",
        });
        client.UseTokens(tokens);
        return (client, tokens);
    }

    public Task DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            ProcessRunner.StopWatched(process);
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }
}

public sealed class LiveCluster_Tests(ProcessClusterFixture cluster) : IClassFixture<ProcessClusterFixture>
{
    /// <summary>
    /// Through the shipped nginx.conf.template: whatever is too large is refused as ProblemDetails with a code —
    /// by the host (its limits are the lower ones), or by nginx itself in the same shape — never an HTML page.
    /// </summary>
    [Theory]
    [InlineData("body", 70_000, HttpStatusCode.RequestEntityTooLarge, "host")] // over the host's 64 KB, under nginx's 1 MB
    [InlineData("body", 2_000_000, HttpStatusCode.RequestEntityTooLarge, "nginx")] // over nginx's too
    [InlineData("url", 10_000, HttpStatusCode.RequestUriTooLong, "host")] // over the host's 8 KB, under nginx's 32 KB
    [InlineData("url", 40_000, HttpStatusCode.RequestUriTooLong, "nginx")]
    [InlineData("header", 40_000, HttpStatusCode.RequestHeaderFieldsTooLarge, "nginx")]
    public async Task Oversized_Requests_Through_The_Balancer_Get_ProblemDetails_With_A_Code(string what, int size, HttpStatusCode status, string refusedBy)
    {
        using var http = new HttpClient { BaseAddress = cluster.Balancer };
        using var request = what switch
        {
            "body" => new HttpRequestMessage(HttpMethod.Post, "api/app/account/login")
            {
                Content = new StringContent($$"""{"phoneNumber":"010-1234-5678","password":"{{new string('p', size)}}"}""", System.Text.Encoding.UTF8, "application/json"),
            },
            "url" => new HttpRequestMessage(HttpMethod.Get, "api/app/meetups/search?keyword=" + new string('k', size)),
            _ => new HttpRequestMessage(HttpMethod.Get, "health/live") { Headers = { { "X-Padding", new string('h', size) } } },
        };
        using var response = await http.SendAsync(request);
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.RootElement.GetProperty("code").GetString().ShouldBe(what switch
        {
            "url" => MoyeoraErrorCodes.UriTooLong,
            "body" => MoyeoraErrorCodes.PayloadTooLarge,
            _ => MoyeoraErrorCodes.RequestHeadersTooLarge,
        });
        // The host's answers carry its trace id; nginx's do not.
        problem.RootElement.TryGetProperty("traceId", out _).ShouldBe(refusedBy == "host");
    }

    [Fact]
    public async Task A_Node_Answers_A_Long_Url_With_ProblemDetails_Not_Kestrels_Empty_414()
    {
        using var http = new HttpClient { BaseAddress = cluster.NodeA };
        using var response = await http.GetAsync("api/app/meetups/search?keyword=" + new string('k', 20_000));
        response.StatusCode.ShouldBe(HttpStatusCode.RequestUriTooLong);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain(MoyeoraErrorCodes.UriTooLong);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(200_000)]
    public async Task An_Over_Long_Query_Through_Nginx_Gets_A_Coded_414(int length)
    {
        using var http = new HttpClient { BaseAddress = cluster.Balancer };
        using var response = await http.GetAsync("/api/app/meetups/search?keyword=" + new string('7', length));
        var text = await response.Content.ReadAsStringAsync();

        BadQueryInputHttp_Tests.AssertProblem(response, text, 414, MoyeoraErrorCodes.UriTooLong);
    }

    [Fact]
    public async Task Chat_From_A_Client_On_Node_A_Reaches_A_Client_On_Node_B()
    {
        var admin = await cluster.AdminAsync(cluster.Balancer);
        var (hostApi, host) = await cluster.SignUpAsync(cluster.Balancer, admin);
        var (memberApi, member) = await cluster.SignUpAsync(cluster.Balancer, admin);
        var meetup = await hostApi.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup());
        await memberApi.Meetups.JoinAsync(meetup.Id);
        await using var onA = await LiveClient.ConnectAsync(cluster.NodeA, host.AccessToken);
        await using var onB = await LiveClient.ConnectAsync(cluster.NodeB, member.AccessToken);

        var sent = await onA.InvokeAsync<ChatMessageDto>("SendChatMessage", meetup.Id, "A에서 B로");
        (await onB.NextAsync<ChatMessageDto>(LiveClientMethods.ChatMessage, m => m.Id == sent!.Id)).Text.ShouldBe("A에서 B로");
        var back = await onB.InvokeAsync<ChatMessageDto>("SendChatMessage", meetup.Id, "B에서 A로");
        (await onA.NextAsync<ChatMessageDto>(LiveClientMethods.ChatMessage, m => m.Id == back!.Id)).SenderId.ShouldBe(member.UserId);

        // Through nginx too: the WebSocket is proxied, and REST writes on either node reach it.
        await using var throughBalancer = await LiveClient.ConnectAsync(cluster.Balancer, member.AccessToken);
        (await onB.NextAsync<ConnectionClosingDto>(LiveClientMethods.ConnectionClosing)).Reason.ShouldBe("replaced");
        var overRest = await hostApi.Chat.SendAsync(meetup.Id, new SendChatMessageDto { Text = "REST로" });
        (await throughBalancer.NextAsync<ChatMessageDto>(LiveClientMethods.ChatMessage, m => m.Id == overRest.Id)).Text.ShouldBe("REST로");
    }

    /// <summary>
    /// Chat to a room and a notification to a user cross nodes through the SignalR Redis backplane, on channels under
    /// the configured prefix, and no longer through the home-made live bus.
    /// </summary>
    [Fact]
    public async Task Chat_And_A_Notification_Reach_Node_B_Through_The_SignalR_Backplane_On_Its_Prefixed_Channels()
    {
        using var redis = new RedisConnection(cluster.RedisConfiguration);
        var subscriber = redis.Multiplexer.GetSubscriber();
        var backplane = new ConcurrentQueue<string>();
        var bus = new ConcurrentQueue<string>();
        var busChannel = StackExchange.Redis.RedisChannel.Literal(cluster.ChannelPrefix + ":live");
        var prefixed = StackExchange.Redis.RedisChannel.Pattern(cluster.ChannelPrefix + ":*");
        await subscriber.SubscribeAsync(prefixed, (channel, _) => backplane.Enqueue(channel.ToString()));
        await subscriber.SubscribeAsync(busChannel, (_, message) => bus.Enqueue(message.ToString()));
        try
        {
            var admin = await cluster.AdminAsync(cluster.Balancer);
            var (hostApi, host) = await cluster.SignUpAsync(cluster.NodeA, admin);
            var (memberApi, member) = await cluster.SignUpAsync(cluster.NodeB, admin);
            var (_, invitee) = await cluster.SignUpAsync(cluster.NodeB, admin);
            var meetup = await hostApi.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup());
            await memberApi.Meetups.JoinAsync(meetup.Id);
            await using var onA = await LiveClient.ConnectAsync(cluster.NodeA, host.AccessToken);
            await using var memberOnB = await LiveClient.ConnectAsync(cluster.NodeB, member.AccessToken);
            await using var inviteeOnB = await LiveClient.ConnectAsync(cluster.NodeB, invitee.AccessToken);

            var marker = "backplane-" + Guid.NewGuid().ToString("N");
            var sent = await onA.InvokeAsync<ChatMessageDto>("SendChatMessage", meetup.Id, marker);
            (await memberOnB.NextAsync<ChatMessageDto>(LiveClientMethods.ChatMessage, m => m.Id == sent!.Id)).Text.ShouldBe(marker);
            await hostApi.Meetups.InviteAsync(meetup.Id, new InviteToMeetupDto { UserId = invitee.UserId });
            var pushed = await inviteeOnB.NextAsync<Moyeora.Notifications.NotificationDto>(LiveClientMethods.Notification);
            pushed.Kind.ShouldBe(Moyeora.Notifications.NotificationKind.Invited);
            pushed.MeetupId.ShouldBe(meetup.Id);

            var room = $"{cluster.ChannelPrefix}:Moyeora.Live.LiveHub:group:meetup:{meetup.Id:N}";
            var user = $"{cluster.ChannelPrefix}:Moyeora.Live.LiveHub:user:{invitee.UserId:N}";
            var server = redis.Multiplexer.GetServer(redis.Multiplexer.GetEndPoints()[0]);
            var listened = (await server.SubscriptionChannelsAsync(prefixed)).Select(c => c.ToString()).ToList();
            listened.ShouldContain(room, "node B listens on the room's backplane channel");
            listened.ShouldContain(user, "node B listens on the invitee's backplane channel");
            backplane.ShouldContain(room, "the chat message went out on the room's backplane channel");
            backplane.ShouldContain(user, "the notification went out on the invitee's backplane channel");
            bus.ShouldNotContain(m => m.Contains(marker, StringComparison.Ordinal), "chat no longer crosses the live bus");
            bus.ShouldNotContain(m => m.Contains("\"$type\":\"notification\"", StringComparison.Ordinal) && m.Contains(invitee.UserId.ToString(), StringComparison.OrdinalIgnoreCase),
                "notifications no longer cross the live bus");
            bus.ShouldNotBeEmpty("the membership and connection messages still cross the live bus (so the observer does hear it)");
        }
        finally
        {
            await subscriber.UnsubscribeAllAsync();
        }
    }

    [Fact]
    public async Task Positions_Reported_On_Node_A_Are_Seen_From_Node_B()
    {
        var admin = await cluster.AdminAsync(cluster.Balancer);
        var (_, walker) = await cluster.SignUpAsync(cluster.Balancer, admin);
        var (_, watcher) = await cluster.SignUpAsync(cluster.Balancer, admin);
        await using var onA = await LiveClient.ConnectAsync(cluster.NodeA, walker.AccessToken);
        await using var onB = await LiveClient.ConnectAsync(cluster.NodeB, watcher.AccessToken);
        await onA.InvokeAsync("ReportPosition", 37.5547, 126.9706);
        await onB.InvokeAsync("ReportPosition", 37.5560, 126.9720);
        var seen = (await onB.LatestAsync<NearbyPeopleDto>(LiveClientMethods.Nearby)).People.Single(p => p.UserId == walker.UserId);
        seen.Relationship.ShouldBe(Relationship.Stranger);
        seen.Distance!.Label.ShouldBe("< 500 m");
    }

    [Fact]
    public async Task A_Users_Newer_Connection_On_Node_B_Closes_The_Older_One_On_Node_A()
    {
        var admin = await cluster.AdminAsync(cluster.Balancer);
        var (_, user) = await cluster.SignUpAsync(cluster.Balancer, admin);
        await using var onA = await LiveClient.ConnectAsync(cluster.NodeA, user.AccessToken);
        await onA.InvokeAsync("SetRadius", 1_000.0); // fully connected on A before B opens
        await using var onB = await LiveClient.ConnectAsync(cluster.NodeB, user.AccessToken);
        (await onA.NextAsync<ConnectionClosingDto>(LiveClientMethods.ConnectionClosing)).Reason.ShouldBe("replaced");
        await onA.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        (await onB.InvokeAsync<ReportPositionResultDto>("ReportPosition", 37.5, 127.0))!.Accepted.ShouldBeTrue();
    }

    [Fact]
    public async Task A_Lock_On_Node_A_Stops_The_Persons_Access_Token_On_Node_B_Within_Seconds()
    {
        var admin = await cluster.AdminAsync(cluster.NodeA);
        var (_, user) = await cluster.SignUpAsync(cluster.Balancer, admin);
        var onB = cluster.Api(cluster.NodeB);
        onB.UseTokens(user);
        await onB.Notifications.GetUnreadCountAsync(); // node B now holds the person's stamp in its cache
        await using var live = await LiveClient.ConnectAsync(cluster.NodeB, user.AccessToken);
        await live.InvokeAsync("SetRadius", 1_000.0);

        var locked = Stopwatch.StartNew();
        await admin.UserAdministration.LockAsync(user.UserId, new Moyeora.Users.LockUserDto { Days = 1 });
        (await live.NextAsync<ConnectionClosingDto>(LiveClientMethods.ConnectionClosing)).Reason.ShouldBe("accountLocked");
        MoyeoraApiException? refused = null;
        while (refused is null && locked.Elapsed < TimeSpan.FromSeconds(5))
        {
            try
            {
                await onB.Notifications.GetUnreadCountAsync();
                await Task.Delay(50);
            }
            catch (MoyeoraApiException ex)
            {
                refused = ex;
            }
        }

        refused.ShouldNotBeNull("node B still took the token 5 s after the lock on node A");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Code.ShouldBe(MoyeoraErrorCodes.SessionEnded);
    }

    [Fact]
    public async Task A_Block_Or_Ghost_Switch_On_Node_A_Applies_To_The_Very_Next_Push_On_Node_B()
    {
        var admin = await cluster.AdminAsync(cluster.Balancer);
        var (hiderApi, hider) = await cluster.SignUpAsync(cluster.NodeA, admin);
        var (_, viewer) = await cluster.SignUpAsync(cluster.NodeB, admin);
        await using var onA = await LiveClient.ConnectAsync(cluster.NodeA, hider.AccessToken);
        await using var onB = await LiveClient.ConnectAsync(cluster.NodeB, viewer.AccessToken);
        await onA.InvokeAsync("ReportPosition", 37.6101, 126.9301);
        await onB.InvokeAsync("ReportPosition", 37.6110, 126.9301);
        await onB.NextAsync<NearbyPeopleDto>(LiveClientMethods.Nearby, n => n.People.Any(p => p.UserId == hider.UserId));

        (await LiveHub_Tests<LiveHostFactory>.NextPushAfterAsync(onB, () => hiderApi.Blocks.BlockAsync(viewer.UserId), timed: true))
            .People.ShouldNotContain(p => p.UserId == hider.UserId, "a block on node A applies to the very next push on node B (the timed one, not one a reload gets to later)");
        (await LiveHub_Tests<LiveHostFactory>.NextPushAfterAsync(onB, () => hiderApi.Blocks.UnblockAsync(viewer.UserId), timed: true))
            .People.ShouldContain(p => p.UserId == hider.UserId);
        (await LiveHub_Tests<LiveHostFactory>.NextPushAfterAsync(onB, () => hiderApi.Profile.UpdateSettingsAsync(
                new Moyeora.Profile.UpdateSettingsDto { LocationVisibility = Moyeora.Users.LocationVisibility.Nobody }), timed: true))
            .People.ShouldNotContain(p => p.UserId == hider.UserId, "ghost mode too");
    }

    [Fact]
    public async Task A_Block_On_Node_A_Hides_The_Blockers_Meetups_From_The_Blocked_On_Node_B_And_An_Unblock_Shows_Them()
    {
        var admin = await cluster.AdminAsync(cluster.Balancer);
        var (hostApi, _) = await cluster.SignUpAsync(cluster.NodeA, admin);
        var (_, viewer) = await cluster.SignUpAsync(cluster.NodeB, admin);
        var onB = cluster.Api(cluster.NodeB);
        onB.UseTokens(viewer);
        var meetup = await hostApi.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup(title: "노드 차단"));
        (await onB.Meetups.GetAsync(meetup.Id)).Id.ShouldBe(meetup.Id); // node B now holds the viewer's (empty) blocked set

        await hostApi.Blocks.BlockAsync(viewer.UserId);
        (await SeenWithinAsync(onB, meetup.Id, expected: false)).ShouldBeFalse("node B dropped the cached set when node A's block arrived");
        await hostApi.Blocks.UnblockAsync(viewer.UserId);
        (await SeenWithinAsync(onB, meetup.Id, expected: true)).ShouldBeTrue();
    }

    /// <summary>Whether the detail answers, asked until it gives the expected answer or 2 s pass (Redis carries the change in milliseconds; the cache would otherwise keep it 5 minutes).</summary>
    private static async Task<bool> SeenWithinAsync(MoyeoraApiClient api, Guid meetupId, bool expected)
    {
        var seen = !expected;
        for (var deadline = Stopwatch.StartNew(); deadline.Elapsed < TimeSpan.FromSeconds(2) && seen != expected; await Task.Delay(20))
        {
            try
            {
                await api.Meetups.GetAsync(meetupId);
                seen = true;
            }
            catch (MoyeoraApiException ex) when (ex.Code == MoyeoraErrorCodes.MeetupNotFound)
            {
                seen = false;
            }
        }

        return seen;
    }
}
