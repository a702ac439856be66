using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Chat;
using Moyeora.ClientProxies;
using Moyeora.Jobs;
using Moyeora.Live;
using Moyeora.Meetups;
using Moyeora.TestBase.Servers;
using OpenTelemetry.Trace;

namespace Moyeora.HttpApi.Tests;

/// <summary>
/// The monitoring tests run alone, after the parallel ones: OpenTelemetry listens to meters by name, process-wide, so a
/// host's figures would mix with (or be shadowed by) those of the other hosts a test run keeps in the same process. In
/// production a process holds one host.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MonitoringCollection
{
    public const string Name = "Monitoring (one host at a time)";
}

/// <summary>A live host on Kestrel with Redis, job figures read every second and a small search limit to run into.</summary>
public sealed class MetricsHostFactory : LiveHostFactory
{
    public const int SearchesPerMinute = 3;

    private readonly Lazy<string> _redis = new(() => RedisServer.GetAsync().GetAwaiter().GetResult().Configuration);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Redis:Configuration"] = _redis.Value,
        ["Redis:ChannelPrefix"] = "moyeora-metrics-" + Guid.NewGuid().ToString("N")[..8],
        ["Metrics:JobSampleSeconds"] = "1",
        ["RateLimiting:SearchesPerMinute"] = SearchesPerMinute.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>Only a network loopback is not in, or a bearer secret, may scrape.</summary>
public sealed class GuardedMetricsHostFactory : LiveHostFactory
{
    public const string Token = "scrape-secret-0123456789";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Metrics:AllowedNetworks:0"] = "192.0.2.0/24",
        ["Metrics:BearerToken"] = Token,
    };
}

/// <summary>Traces go to an OTLP receiver over HTTP, exported quickly; Redis is configured.</summary>
public sealed class TracedHostFactory : LiveHostFactory
{
    private readonly Lazy<string> _redis = new(() => RedisServer.GetAsync().GetAwaiter().GetResult().Configuration);

    public OtlpReceiver Receiver { get; } = OtlpReceiver.Start();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Redis:Configuration"] = _redis.Value,
        ["Redis:ChannelPrefix"] = "moyeora-traces-" + Guid.NewGuid().ToString("N")[..8],
        ["OpenTelemetry:Otlp:Endpoint"] = Receiver.Root.ToString(),
        ["OpenTelemetry:Otlp:Protocol"] = "http/protobuf",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Receiver.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

/// <summary>A minimal OTLP/HTTP collector on loopback: it keeps the bodies posted to /v1/traces.</summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app, Uri root) => (_app, Root) = (app, root);

    public Uri Root { get; }

    public ConcurrentQueue<byte[]> Traces { get; } = new();

    public static OtlpReceiver Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        OtlpReceiver? receiver = null;
        app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            receiver!.Traces.Enqueue(body.ToArray());
            return Results.Ok();
        });
        app.StartAsync().GetAwaiter().GetResult();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver = new OtlpReceiver(app, new Uri(address + "/"));
        return receiver;
    }

    /// <summary>Whether any exported batch holds these UTF-8 bytes (protobuf keeps strings as they are).</summary>
    public bool Saw(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return Traces.Any(t => t.AsSpan().IndexOf(needle) >= 0);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>The Prometheus text a node serves, read into series (name, labels, value).</summary>
public sealed partial class Scrape(string text)
{
    public string Text { get; } = text;

    public IReadOnlyList<(string Name, string Labels, double Value)> Series { get; } = [.. text.Split('\n')
        .Where(l => l.Length > 0 && l[0] != '#')
        .Select(l => SeriesLine().Match(l))
        .Where(m => m.Success)
        .Select(m => (m.Groups["name"].Value, m.Groups["labels"].Value, double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture)))];

    public IEnumerable<string> Names => Series.Select(s => s.Name).Distinct();

    /// <summary>The sum of a metric's series whose labels contain every one of <paramref name="labels"/> (e.g. <c>policy="search"</c>).</summary>
    public double Sum(string name, params string[] labels) =>
        Series.Where(s => s.Name == name && labels.All(l => s.Labels.Contains(l, StringComparison.Ordinal))).Sum(s => s.Value);

    public double Max(string name) => Series.Where(s => s.Name == name).Select(s => s.Value).DefaultIfEmpty(double.NaN).Max();

    public static async Task<Scrape> ReadAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/metrics");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return new Scrape(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Scrapes until <paramref name="done"/> holds (figures read in the background lag a little).</summary>
    public static async Task<Scrape> UntilAsync(HttpClient http, Func<Scrape, bool> done, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var scrape = await ReadAsync(http);
            if (done(scrape) || deadline.Elapsed > (timeout ?? TimeSpan.FromSeconds(20)))
            {
                return scrape;
            }

            await Task.Delay(250);
        }
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})? (?<value>[^ ]+)( \d+)?$")]
    private static partial Regex SeriesLine();
}

[Collection(MonitoringCollection.Name)]
public sealed class Metrics_Tests(MetricsHostFactory factory) : IClassFixture<MetricsHostFactory>
{
    private const double Lat = 37.5663;
    private const double Lng = 126.9779;

    /// <summary>Series that appear only once something has failed (a counter with nothing counted is not written).</summary>
    private static readonly HashSet<string> OnlyAfterFailures =
    [
        "moyeora_live_push_failures_total", "moyeora_live_publish_failures_total", "moyeora_chat_delivery_failures_total",
        "moyeora_db_connection_failures_total", "moyeora_redis_connection_failures_total",
    ];

    [Fact]
    public async Task Real_Traffic_Shows_In_The_Metrics_Of_Every_Feature()
    {
        using var http = new HttpClient { BaseAddress = factory.Root };
        var admin = await factory.CreateAdminClientAsync();

        // HTTP through the generated client, up to a rate-limit rejection.
        var (api, _) = await factory.NewUserAsync();
        var rejected = false;
        for (var i = 0; i <= MetricsHostFactory.SearchesPerMinute && !rejected; i++)
        {
            try
            {
                await api.Meetups.SearchAsync(new SearchMeetupsDto { Keyword = "러닝" });
            }
            catch (MoyeoraApiException ex) when (ex.StatusCode == HttpStatusCode.TooManyRequests)
            {
                rejected = true;
            }
        }

        rejected.ShouldBeTrue();

        // Two people over real WebSockets: reports, nearby pushes, a chat message delivered live.
        var (hostApi, _, hostLive) = await factory.ConnectNewUserAsync(admin);
        var (memberApi, _, memberLive) = await factory.ConnectNewUserAsync(admin);
        await using var _1 = hostLive;
        await using var _2 = memberLive;
        var meetup = await hostApi.Meetups.CreateAsync(MeetupHttp_Tests<MoyeoraWebApplicationFactory>.NewMeetup());
        await memberApi.Meetups.JoinAsync(meetup.Id);
        (await hostLive.InvokeAsync<ReportPositionResultDto>("ReportPosition", Lat, Lng))!.Accepted.ShouldBeTrue();
        (await memberLive.InvokeAsync<ReportPositionResultDto>("ReportPosition", Lat + 0.001, Lng))!.Accepted.ShouldBeTrue();
        (await memberLive.InvokeAsync<ReportPositionResultDto>("ReportPosition", Lat + 0.002, Lng))!.Accepted.ShouldBeFalse("closer than a second to the last");
        var sent = await memberLive.InvokeAsync<ChatMessageDto>("SendChatMessage", meetup.Id, "모여라!");
        (await hostLive.NextAsync<ChatMessageDto>(LiveClientMethods.ChatMessage, m => m.Id == sent!.Id)).Text.ShouldBe("모여라!");

        // A job run.
        await admin.Jobs.TriggerAsync(JobNames.ExpireInvitations);

        var scrape = await Scrape.UntilAsync(http, s =>
            s.Sum("moyeora_jobs_runs_total", "job_name=\"expire-invitations\"", "outcome=\"success\"") >= 1
            && s.Max("moyeora_live_connections") >= 2
            && s.Sum("moyeora_jobs_queue_length") >= 0 && s.Names.Contains("moyeora_jobs_consecutive_failures")
            && s.Names.Contains("moyeora_redis_command_duration_seconds_count"));

        // HTTP by route: the search route's answers, the 429 among them.
        scrape.Sum("http_server_request_duration_seconds_count", "http_route=\"api/app/meetups/search\"").ShouldBeGreaterThanOrEqualTo(MetricsHostFactory.SearchesPerMinute + 1);
        scrape.Sum("http_server_request_duration_seconds_count", "http_route=\"api/app/meetups/search\"", "http_response_status_code=\"429\"").ShouldBeGreaterThanOrEqualTo(1);
        scrape.Sum("moyeora_rate_limit_rejections_total", "policy=\"search\"").ShouldBeGreaterThanOrEqualTo(1);

        // Live.
        scrape.Max("moyeora_live_connections").ShouldBeGreaterThanOrEqualTo(2);
        scrape.Sum("moyeora_live_position_reports_total", "result=\"accepted\"").ShouldBeGreaterThanOrEqualTo(2);
        scrape.Sum("moyeora_live_position_reports_total", "result=\"throttled\"").ShouldBeGreaterThanOrEqualTo(1);
        scrape.Sum("moyeora_live_pushes_total", "kind=\"nearby\"").ShouldBeGreaterThanOrEqualTo(2);
        scrape.Sum("moyeora_live_pushes_total", "kind=\"chat\"").ShouldBeGreaterThanOrEqualTo(1);
        scrape.Sum("moyeora_live_report_to_push_duration_seconds_count").ShouldBeGreaterThanOrEqualTo(2);
        scrape.Sum("moyeora_live_report_to_push_duration_seconds_bucket", "le=\"+Inf\"").ShouldBeGreaterThanOrEqualTo(2);

        // Chat: the member's message and the join's system message, each delivered.
        scrape.Sum("moyeora_chat_messages_total", "kind=\"user\"").ShouldBeGreaterThanOrEqualTo(1);
        scrape.Sum("moyeora_chat_messages_total", "kind=\"system\"").ShouldBeGreaterThanOrEqualTo(1);
        scrape.Sum("moyeora_chat_delivery_duration_seconds_count").ShouldBeGreaterThanOrEqualTo(2);

        // Database and Redis calls.
        scrape.Sum("moyeora_db_command_duration_seconds_count", "db_system_name=\"sqlite\"", "db_operation_kind=\"query\"").ShouldBeGreaterThan(0);
        scrape.Sum("moyeora_db_command_duration_seconds_sum", "db_system_name=\"sqlite\"").ShouldBeGreaterThan(0);
        scrape.Max("moyeora_redis_connected").ShouldBe(1);
        scrape.Sum("moyeora_redis_command_duration_seconds_count").ShouldBeGreaterThan(0);

        // Jobs.
        scrape.Sum("moyeora_jobs_runs_total", "job_name=\"expire-invitations\"", "outcome=\"success\"").ShouldBeGreaterThanOrEqualTo(1);
        scrape.Sum("moyeora_jobs_run_duration_seconds_count", "job_name=\"expire-invitations\"").ShouldBeGreaterThanOrEqualTo(1);
        scrape.Series.ShouldContain(s => s.Name == "moyeora_jobs_queue_length" && s.Labels.Contains("state=\"enqueued\""));
        scrape.Series.ShouldContain(s => s.Name == "moyeora_jobs_consecutive_failures" && s.Labels.Contains("job_name=\"end-meetups\""));
        scrape.Names.ShouldContain("moyeora_outbound_failed_deliveries");

        // Runtime.
        scrape.Names.ShouldContain("dotnet_gc_collections_total");
        scrape.Names.ShouldContain("dotnet_process_memory_working_set_bytes");
        scrape.Names.ShouldContain("dotnet_thread_pool_thread_count_total");

        // No user id, nickname or coordinate is a label value anywhere.
        scrape.Text.ShouldNotContain(sent!.SenderId!.Value.ToString());
        scrape.Text.ShouldNotContain(sent.SenderNickname!);
        scrape.Series.ShouldNotContain(s => s.Labels.Contains("37.56", StringComparison.Ordinal) || s.Labels.Contains("126.97", StringComparison.Ordinal));

        // The dashboard and the alert rules read only metrics that exist.
        var monitoring = Path.Combine(MonitoringFiles_Tests.RepositoryRoot(), "etc", "monitoring");
        var referenced = MonitoringFiles_Tests.MetricNamesIn(await File.ReadAllTextAsync(Path.Combine(monitoring, "grafana-dashboard.json")))
            .Concat(MonitoringFiles_Tests.MetricNamesIn(await File.ReadAllTextAsync(Path.Combine(monitoring, "alerts.yml"))))
            .Where(n => n != "up").Distinct().ToList();
        referenced.Count.ShouldBeGreaterThan(20);
        referenced.Where(n => !scrape.Names.Contains(n) && !OnlyAfterFailures.Contains(n)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Prometheus_Scrapes_A_Running_Host_And_Answers_Queries()
    {
        var prometheus = new[] { "/usr/bin/prometheus", "/usr/local/bin/prometheus" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Prometheus is not installed. Run etc/test.sh, which installs it: apt-get install -y prometheus.");
        using var http = new HttpClient { BaseAddress = factory.Root };
        var (api, _) = await factory.NewUserAsync();
        await api.Meetups.GetRecruitingListAsync(new Moyeora.Dtos.PagedRequestDto());

        var directory = Directory.CreateTempSubdirectory("moyeora-prometheus-").FullName;
        var port = ProcessRunner.FreeLoopbackPort();
        var config = Path.Combine(directory, "prometheus.yml");
        await File.WriteAllTextAsync(config, $"""
            global:
              scrape_interval: 1s
              scrape_timeout: 1s
            scrape_configs:
              - job_name: moyeora
                metrics_path: /metrics
                static_configs:
                  - targets: ["{factory.Root.Authority}"]
            """);
        var process = ProcessRunner.StartWatched(prometheus,
            ["--config.file=" + config, "--storage.tsdb.path=" + Path.Combine(directory, "data"), "--web.listen-address=127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture)],
            directory);
        try
        {
            using var prom = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            const string query = "sum(http_server_request_duration_seconds_count{job=\"moyeora\", http_route=\"api/app/meetups/recruiting\"})";
            var deadline = Stopwatch.StartNew();
            double? value = null;
            while (value is null && deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                process.HasExited.ShouldBeFalse("Prometheus stopped");
                await Task.Delay(500);
                try
                {
                    using var answer = JsonDocument.Parse(await prom.GetStringAsync("/api/v1/query?query=" + Uri.EscapeDataString(query)));
                    var result = answer.RootElement.GetProperty("data").GetProperty("result");
                    if (result.GetArrayLength() > 0)
                    {
                        value = double.Parse(result[0].GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture);
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
            }

            value.ShouldNotBeNull("Prometheus never had the host's HTTP metrics");
            value.Value.ShouldBeGreaterThanOrEqualTo(1);
            using var up = JsonDocument.Parse(await prom.GetStringAsync("/api/v1/query?query=" + Uri.EscapeDataString("up{job=\"moyeora\"}")));
            up.RootElement.GetProperty("data").GetProperty("result")[0].GetProperty("value")[1].GetString().ShouldBe("1");
        }
        finally
        {
            ProcessRunner.StopWatched(process);
        }
    }
}

[Collection(MonitoringCollection.Name)]
public sealed class MetricsRefusal_Tests(GuardedMetricsHostFactory factory) : IClassFixture<GuardedMetricsHostFactory>
{
    [Fact]
    public async Task Callers_Outside_The_Allowed_Networks_Without_The_Token_Are_Refused()
    {
        using var http = new HttpClient { BaseAddress = factory.Root };
        async Task<HttpResponseMessage> GetAsync(string? token)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            return await http.SendAsync(request);
        }

        // Loopback is not in Metrics:AllowedNetworks here.
        using var anonymous = await GetAsync(null);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        anonymous.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using (var problem = JsonDocument.Parse(await anonymous.Content.ReadAsStringAsync()))
        {
            problem.RootElement.GetProperty("code").GetString().ShouldBe(MoyeoraErrorCodes.Forbidden);
        }

        using var wrong = await GetAsync("not-the-secret");
        wrong.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await wrong.Content.ReadAsStringAsync()).ShouldNotContain("# TYPE");

        using var allowed = await GetAsync(GuardedMetricsHostFactory.Token);
        allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await allowed.Content.ReadAsStringAsync()).ShouldContain("# TYPE http_server_request_duration_seconds histogram");
    }
}

[Collection(MonitoringCollection.Name)]
public sealed class MetricsBehindBalancer_Tests(LiveHostFactory factory) : IClassFixture<LiveHostFactory>
{
    [Fact]
    public async Task Loopback_May_Scrape_But_A_Client_Forwarded_By_The_Balancer_May_Not()
    {
        using var http = new HttpClient { BaseAddress = factory.Root };
        (await http.GetAsync("/health/live")).EnsureSuccessStatusCode();
        // A request's duration is recorded once its answer has gone out: scrape until the one above shows.
        (await Scrape.UntilAsync(http, s => s.Names.Contains("http_server_request_duration_seconds_count"))).Names
            .ShouldContain("http_server_request_duration_seconds_count");

        // The balancer on loopback passes on an outside client's address: that client is not let in.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var forwarded = await http.SendAsync(request);
        forwarded.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public void Traces_Are_Off_Unless_An_Otlp_Endpoint_Is_Configured() =>
        factory.Services.GetService<TracerProvider>().ShouldBeNull();
}

[Collection(MonitoringCollection.Name)]
public sealed class Tracing_Tests(TracedHostFactory factory) : IClassFixture<TracedHostFactory>
{
    [Fact]
    public async Task Http_Requests_And_Hub_Calls_Are_Traced_Through_The_Database_And_Redis_To_The_Otlp_Endpoint()
    {
        factory.Services.GetService<TracerProvider>().ShouldNotBeNull();
        var admin = await factory.CreateAdminClientAsync();
        var (_, _, live) = await factory.ConnectNewUserAsync(admin);
        await using var _1 = live;
        (await live.InvokeAsync<ReportPositionResultDto>("ReportPosition", 37.5663, 126.9779))!.Accepted.ShouldBeTrue();
        await admin.Jobs.GetListAsync();

        string[] expected = ["api/app/jobs", "ReportPosition", "sqlite", Moyeora.Hosting.RedisMetrics.ActivitySourceName];
        var deadline = Stopwatch.StartNew();
        while (!expected.All(factory.Receiver.Saw) && deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(200);
        }

        factory.Receiver.Saw("api/app/jobs").ShouldBeTrue("the HTTP request's span");
        factory.Receiver.Saw("ReportPosition").ShouldBeTrue("the hub call's span");
        factory.Receiver.Saw("sqlite").ShouldBeTrue("the database calls' spans");
        factory.Receiver.Saw(Moyeora.Hosting.RedisMetrics.ActivitySourceName).ShouldBeTrue("the Redis commands' spans");
    }
}

/// <summary>Logging:Format=json: one JSON object a line, carrying the request's trace id.</summary>
[Collection(MonitoringCollection.Name)]
public sealed class JsonLogs_Tests
{
    [Fact]
    public async Task Json_Log_Lines_Carry_The_Trace_Id_Of_Their_Request()
    {
        var directory = Directory.CreateTempSubdirectory("moyeora-jsonlogs-").FullName;
        var port = ProcessRunner.FreeLoopbackPort();
        var lines = new ConcurrentQueue<string>();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Moyeora.HttpApi.Host.dll"), "--urls", $"http://127.0.0.1:{port}", "--contentRoot", directory })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__Format"] = "json";
        info.Environment["ConnectionStrings__Default"] = $"Data Source={Path.Combine(directory, "moyeora.db")}";
        info.Environment["Jwt__SigningKey"] = "json-logs-test-signing-key-0123456789-abcdef";
        info.Environment["Seed__Admin__PhoneNumber"] = "010-0000-0000";
        info.Environment["Seed__Admin__Password"] = "json-logs-admin-1";
        info.Environment["Outbound__Provider"] = "Outbox";
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lines.Enqueue(e.Data);
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            var deadline = Stopwatch.StartNew();
            while (true)
            {
                process.HasExited.ShouldBeFalse("the host stopped: " + string.Join('\n', lines));
                try
                {
                    using var ready = await http.GetAsync("/health/live");
                    if (ready.IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(60))
                {
                }

                await Task.Delay(250);
            }

            var traceId = ActivityTraceId.CreateRandom().ToHexString();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/app/meetups/recruiting");
            request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
            (await http.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);

            JsonElement? line = null;
            var waited = Stopwatch.StartNew();
            while (line is null && waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100);
                line = lines.Select(Parse).FirstOrDefault(l => l is { } e
                    && e.GetProperty("Category").GetString() == "Moyeora.Hosting.RequestLoggingMiddleware"
                    && e.GetProperty("Scopes").EnumerateArray().Any(s => s.ValueKind == JsonValueKind.Object
                        && s.TryGetProperty("TraceId", out var id) && id.GetString() == traceId));
            }

            line.ShouldNotBeNull("no request log line carried the trace id; output:\n" + string.Join('\n', lines.Take(40)));
            line.Value.GetProperty("LogLevel").GetString().ShouldBe("Information");
            line.Value.GetProperty("Scopes").EnumerateArray().Any(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("SpanId", out var span) && span.GetString()!.Length == 16).ShouldBeTrue();
            // Every line of the host's output is one JSON object.
            lines.ShouldAllBe(l => Parse(l) != null);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static JsonElement? Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>etc/monitoring is valid for the Prometheus that Debian ships, and its alerts fire when they should.</summary>
public sealed partial class MonitoringFiles_Tests
{
    private static string Promtool => new[] { "/usr/bin/promtool", "/usr/local/bin/promtool" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("promtool is not installed. Run etc/test.sh, which installs it: apt-get install -y prometheus.");

    private static string Monitoring => Path.Combine(RepositoryRoot(), "etc", "monitoring");

    [Fact]
    public Task The_Prometheus_Configuration_Is_Valid() =>
        ProcessRunner.RunToEndAsync(ProcessRunner.StartInfo(Promtool, ["check", "config", Path.Combine(Monitoring, "prometheus.yml")]), TimeSpan.FromSeconds(30));

    [Fact]
    public Task The_Alert_Rules_Are_Valid() =>
        ProcessRunner.RunToEndAsync(ProcessRunner.StartInfo(Promtool, ["check", "rules", Path.Combine(Monitoring, "alerts.yml")]), TimeSpan.FromSeconds(30));

    [Fact]
    public Task The_Alerts_Fire_On_Node_Down_Errors_Slow_Pushes_Redis_Down_And_A_Failing_Job() =>
        ProcessRunner.RunToEndAsync(ProcessRunner.StartInfo(Promtool, ["test", "rules", Path.Combine(Monitoring, "alerts.test.yml")]), TimeSpan.FromSeconds(30));

    [Fact]
    public async Task The_Configuration_Scrapes_The_Nodes_Of_The_Cluster_Script()
    {
        var script = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "etc", "cluster", "run.sh"));
        var config = await File.ReadAllTextAsync(Path.Combine(Monitoring, "prometheus.yml"));
        foreach (var node in new[] { "NODE_A", "NODE_B" })
        {
            var port = Regex.Match(script, node + @"=\$\{" + node + @":-(\d+)\}").Groups[1].Value;
            port.ShouldNotBeEmpty();
            config.ShouldContain($"\"127.0.0.1:{port}\"");
        }
    }

    [Fact]
    public async Task The_Dashboard_Covers_Every_Figure_Of_The_Issue()
    {
        using var dashboard = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Monitoring, "grafana-dashboard.json")));
        var expressions = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .Where(p => p.TryGetProperty("targets", out _))
            .SelectMany(p => p.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("expr").GetString()!))
            .ToList();
        var names = MetricNamesIn(string.Join('\n', expressions)).ToHashSet();
        foreach (var figure in new[]
                 {
                     "http_server_request_duration_seconds_count", "http_server_request_duration_seconds_bucket", "moyeora_live_connections",
                     "moyeora_live_position_reports_total", "moyeora_live_pushes_total", "moyeora_live_report_to_push_duration_seconds_bucket",
                     "moyeora_chat_messages_total", "moyeora_chat_delivery_duration_seconds_bucket", "moyeora_db_command_duration_seconds_bucket",
                     "moyeora_redis_command_duration_seconds_bucket", "moyeora_redis_connected", "moyeora_jobs_runs_total", "moyeora_jobs_queue_length",
                     "moyeora_outbound_failed_deliveries", "moyeora_rate_limit_rejections_total", "dotnet_gc_collections_total",
                     "dotnet_process_memory_working_set_bytes", "dotnet_thread_pool_thread_count_total",
                 })
        {
            names.ShouldContain(figure);
        }
    }

    /// <summary>The metric names a PromQL text reads (words followed by a selector or a range).</summary>
    public static IEnumerable<string> MetricNamesIn(string text) =>
        MetricName().Matches(text).Select(m => m.Groups[1].Value).Where(n => n.Contains('_') || n == "up").Distinct();

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Moyeora.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Moyeora.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\b((?:moyeora|http|dotnet|kestrel|signalr|aspnetcore)_[a-z0-9_]+|up)\{")]
    private static partial Regex MetricName();
}
