using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Moyeora.Account;
using Moyeora.ClientProxies;
using Moyeora.Hosting;
using Moyeora.TestBase.Servers;
using Moyeora.Verification;

namespace Moyeora.HttpApi.Tests.Faults;

/// <summary>The fault tests share one cluster and run one after the other (each leaves it healthy again).</summary>
[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<FaultCluster>
{
    public const string Name = "Faults";
}

/// <summary>
/// The production set-up in miniature, of the fault tests' own: a private PostgreSQL and a private Redis (both may be
/// stopped and started again on their ports), two real host processes and nginx in front of them with the shipped
/// etc/cluster/nginx.conf.template, all on loopback. Every process is stopped by its id when the tests end.
/// </summary>
public sealed class FaultCluster : IAsyncLifetime
{
    public const string AdminPhone = "010-0000-0000";
    private const string AdminPassword = "fault-admin-1";
    private readonly List<HostProcess> _extraNodes = [];
    private readonly Dictionary<string, string> _environment = [];
    private Process? _nginx;

    public PostgreSqlServer Postgres { get; private set; } = null!;

    public RedisServer Redis { get; private set; } = null!;

    public string Database { get; private set; } = string.Empty;

    public HostProcess NodeA { get; private set; } = null!;

    public HostProcess NodeB { get; private set; } = null!;

    public Uri Balancer { get; private set; } = null!;

    public string Directory { get; private set; } = string.Empty;

    /// <summary>How long a node may take to stop (Hosting:ShutdownTimeoutSeconds), shorter than the default 30 s to keep CI short.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(10);

    public async Task InitializeAsync()
    {
        // Both servers start at once; so do the two nodes' preparations below.
        var postgres = PostgreSqlServer.StartPrivateAsync();
        var redis = RedisServer.StartPrivateAsync();
        (Postgres, Redis) = (await postgres, await redis);
        Database = await Postgres.CreateDatabaseAsync();
        Directory = System.IO.Directory.CreateTempSubdirectory("moyeora-faults-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Directory, (UnixFileMode)0b111_101_101);
        }
        foreach (var (name, value) in BaseEnvironment(Database, Redis.Configuration))
        {
            _environment[name] = value;
        }

        var (portA, portB, portLb) = (ProcessRunner.FreeLoopbackPort(), ProcessRunner.FreeLoopbackPort(), ProcessRunner.FreeLoopbackPort());
        NodeA = await HostProcess.StartAsync(Directory, Environment(("Database__MigrateOnStartup", "true")), portA);
        NodeB = await HostProcess.StartAsync(Directory, Environment(("Database__MigrateOnStartup", "false")), portB);

        var template = await File.ReadAllTextAsync(Path.Combine(ProcessClusterFixture.RepositoryRoot(), "etc", "cluster", "nginx.conf.template"));
        var config = Path.Combine(Directory, "nginx.conf");
        await File.WriteAllTextAsync(config, template.Replace("@DIR@", Directory, StringComparison.Ordinal)
            .Replace("@PORT@", portLb.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("@NODE_A@", portA.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("@NODE_B@", portB.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed. Run the README's test command, which installs it: apt-get install -y nginx.");
        _nginx = ProcessRunner.StartWatched(nginx, ["-c", config, "-p", Directory], Path.Combine(Directory, "nginx-run"));
        Balancer = new Uri($"http://127.0.0.1:{portLb}");
        await ProcessRunner.WaitForPortAsync(portLb, _nginx, TimeSpan.FromSeconds(30));
    }

    /// <summary>What every node of a fault test is started with (the cluster's nodes and the tests' extra ones).</summary>
    public static Dictionary<string, string> BaseEnvironment(string database, string redis) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Default"] = database,
        ["Redis__Configuration"] = redis,
        ["Jwt__Issuer"] = "moyeora", ["Jwt__Audience"] = "moyeora",
        ["Jwt__SigningKey"] = "fault-test-signing-key-0123456789-abcdefgh",
        ["Seed__Admin__PhoneNumber"] = AdminPhone, ["Seed__Admin__Password"] = AdminPassword,
        ["Outbound__Provider"] = "Outbox",
        ["Outbound__OutboxLeaseSeconds"] = "10", // outbox messages a killed node had claimed are taken over after this
        ["RateLimiting__AccountPermitsPerMinute"] = "100000",
        ["RateLimiting__LogInAttemptsPerPhonePerTenMinutes"] = "100000",
        ["RateLimiting__RefreshesPerSessionPerMinute"] = "100000",
        ["RateLimiting__WritePermitsPerMinute"] = "100000",
        ["Hosting__ShutdownTimeoutSeconds"] = ShutdownTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture),
        ["Jobs__PollingIntervalSeconds"] = "0.5",
        // A job a killed node had fetched is handed out again after this (sliding: a live node keeps extending it).
        ["Jobs__InvisibilityTimeoutSeconds"] = "15",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    public IReadOnlyDictionary<string, string> Environment(params (string Name, string Value)[] overrides)
    {
        var environment = new Dictionary<string, string>(_environment);
        foreach (var (name, value) in overrides)
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <summary>Another node on the cluster's database and Redis (not behind nginx), stopped with the cluster.</summary>
    public async Task<HostProcess> StartExtraNodeAsync(params (string Name, string Value)[] overrides)
    {
        var node = await HostProcess.StartAsync(Directory, Environment([("Database__MigrateOnStartup", "false"), .. overrides]));
        _extraNodes.Add(node);
        return node;
    }

    /// <summary>Starts node A again on its port after a test killed it.</summary>
    public async Task RestartNodeAAsync()
    {
        NodeA.Dispose();
        NodeA = await HostProcess.StartAsync(Directory, Environment(("Database__MigrateOnStartup", "false")), NodeA.Root.Port);
    }

    /// <summary>Both servers up and both nodes ready: what every fault test starts from and leaves behind.</summary>
    public async Task EnsureHealthyAsync()
    {
        // A test that failed half-way may have left a node down.
        if (NodeA.HasExited)
        {
            await RestartNodeAAsync();
        }

        if (NodeB.HasExited)
        {
            NodeB.Dispose();
            NodeB = await HostProcess.StartAsync(Directory, Environment(("Database__MigrateOnStartup", "false")), NodeB.Root.Port);
        }

        // Ready is not enough: readiness answers 200 with Redis Degraded. The jobs check may stay Degraded for a minute
        // after a database outage (a job failed runs in a row), which is not what the next test is about.
        (await WithinAsync(TimeSpan.FromSeconds(60), async () => await IsHealthyAsync(NodeA.Root) && await IsHealthyAsync(NodeB.Root), 250))
            .ShouldNotBeNull("both nodes report their database, Redis and job server healthy");
    }

    private static async Task<bool> IsHealthyAsync(Uri node)
    {
        var ready = await ReadinessAsync(node);
        return new[] { "database", "redis", "hangfire-server" }.All(c => ready.Checks.TryGetValue(c, out var status) && status == "Healthy");
    }

    /// <summary>The readiness answer of a node: its HTTP status and, per check, the status it reported.</summary>
    public static async Task<(HttpStatusCode Status, string Overall, IReadOnlyDictionary<string, string> Checks)> ReadinessAsync(Uri node)
    {
        using var http = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(10) };
        using var response = await http.GetAsync("/health/ready");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks").EnumerateObject()
            .ToDictionary(c => c.Name, c => c.Value.GetProperty("status").GetString()!);
        return (response.StatusCode, body.RootElement.GetProperty("status").GetString()!, checks);
    }

    public static MoyeoraApiClient Api(Uri root) => new(new HttpClient { BaseAddress = root, Timeout = TimeSpan.FromSeconds(30) });

    public async Task<MoyeoraApiClient> AdminAsync()
    {
        var admin = Api(Balancer);
        await admin.SignInAsync(AdminPhone, AdminPassword);
        return admin;
    }

    /// <summary>Signs a new person up through the balancer, reading the code from the shared outbox.</summary>
    public async Task<(MoyeoraApiClient Api, AuthTokensDto Tokens)> SignUpAsync(MoyeoraApiClient admin)
    {
        var client = Api(Balancer);
        var phone = TestData.NewPhone();
        await client.Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp });
        var code = await MoyeoraWebApplicationFactory.ReadCodeAsync(admin, phone);
        var verified = await client.Account.VerifyCodeAsync(new VerifyCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp, Code = code });
        var tokens = await client.Account.RegisterAsync(new RegisterDto
        {
            VerificationToken = verified.VerificationToken, Name = "김모임", Nickname = TestData.NewNickname(), Password = "fault-pass-1",
        });
        client.UseTokens(tokens);
        return (client, tokens);
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; returns how long that took (null if not within <paramref name="timeout"/>).</summary>
    public static async Task<TimeSpan?> WithinAsync(TimeSpan timeout, Func<Task<bool>> condition, int pollMilliseconds = 100)
    {
        for (var elapsed = Stopwatch.StartNew(); elapsed.Elapsed < timeout; await Task.Delay(pollMilliseconds))
        {
            try
            {
                if (await condition())
                {
                    return elapsed.Elapsed;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or MoyeoraApiException or TaskCanceledException or JsonException
                or Moyeora.Live.LiveHubException or TimeoutException or InvalidOperationException)
            {
            }
        }

        return null;
    }

    public Task DisposeAsync()
    {
        foreach (var node in _extraNodes)
        {
            node.Dispose();
        }

        NodeA?.Dispose();
        NodeB?.Dispose();
        ProcessRunner.StopWatched(_nginx);
        Redis?.Stop();
        Postgres?.Stop();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }
}
