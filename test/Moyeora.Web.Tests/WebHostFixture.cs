using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Moyeora.ClientProxies;
using Moyeora.Outbound;
using Moyeora.TestBase.Servers;

namespace Moyeora.Web.Tests;

/// <summary>
/// A real host process (Development, its own SQLite file) serving the built web app at / on a free loopback port, and
/// Debian's chromium driven by Playwright (WebGL through SwiftShader, so MapLibre draws). Screenshots go to the test
/// output folder's <c>screenshots</c> directory.
/// </summary>
public sealed partial class WebHostFixture : IAsyncLifetime
{
    public const string AdminPhone = "010-0000-0000";
    public const string AdminPassword = "admin1234!";

    /// <summary>The host's limit on reports per person and hour.</summary>
    public const int ReportsPerHour = 3;

    /// <summary>Debian's chromium; the tests never download a browser.</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("MOYEORA_CHROMIUM") ?? "/usr/bin/chromium";

    private Process? _host;
    private string _directory = string.Empty;
    private IPlaywright? _playwright;

    public Uri Root { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>The built app (src/Moyeora.Web/dist), which building the host project produces.</summary>
    public static string WebAppRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Moyeora.sln")))
            {
                return Path.Combine(dir.FullName, "src", "Moyeora.Web", "dist");
            }
        }

        throw new InvalidOperationException("Moyeora.sln not found above " + AppContext.BaseDirectory);
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing. Run etc/test.sh, which installs Debian's chromium and fonts-noto-cjk.");
        }

        var webApp = WebAppRoot();
        if (!File.Exists(Path.Combine(webApp, "index.html")))
        {
            throw new InvalidOperationException($"{webApp}/index.html is missing: build the host without -p:SkipWebApp=true (it runs npm ci and npm run build).");
        }

        Directory.CreateDirectory(Screenshots);
        _directory = Directory.CreateTempSubdirectory("moyeora-web-").FullName;
        var port = ProcessRunner.FreeLoopbackPort();
        Root = new Uri($"http://127.0.0.1:{port}");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(_directory, "moyeora.db")}",
            ["Jwt__SigningKey"] = "web-test-signing-key-0123456789-abcdefghij",
            ["Seed__Admin__PhoneNumber"] = AdminPhone,
            ["Seed__Admin__Password"] = AdminPassword,
            ["Seed__Admin__Nickname"] = "관리자",
            ["Outbound__Provider"] = "Outbox",
            ["WebApp__Root"] = webApp,
            ["RateLimiting__AccountPermitsPerMinute"] = "100000",
            ["RateLimiting__LogInAttemptsPerPhonePerTenMinutes"] = "100000",
            ["RateLimiting__CodeRequestsPerAddressPerHour"] = "100000",
            // Small enough that one person's fourth report is refused: the 429 test reads its retry time on the page.
            ["RateLimiting__ReportsPerHour"] = ReportsPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var hostDll = Path.Combine(AppContext.BaseDirectory, "Moyeora.HttpApi.Host.dll");
        _host = ProcessRunner.StartWatched("dotnet", [hostDll, "--urls", Root.ToString().TrimEnd('/'), "--contentRoot", _directory],
            Path.Combine(_directory, "host"), environment: environment);
        await WaitUntilReadyAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // As root chromium needs --no-sandbox; SwiftShader gives MapLibre its WebGL without a GPU; the rest keeps it
            // off the (closed) network.
            Args =
            [
                "--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Root };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_host!.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_host.ExitCode}.");
            }

            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The host on {Root} did not become ready.");
    }

    /// <summary>A browser context in Korean; a phone (390×844, touch) unless a desktop size is given.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 390, int height = 844, string locale = "ko-KR")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Root.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            TimezoneId = "Asia/Seoul",
            IsMobile = width < 600,
            HasTouch = width < 600,
        });
        context.SetDefaultTimeout(15_000);
        // The browser's console and uncaught errors go to screenshots/console.log, to read when a step fails.
        var log = Path.Combine(Screenshots, "console.log");
        context.Console += (_, message) => File.AppendAllText(log, $"{DateTime.UtcNow:HH:mm:ss.fff} {message.Type}: {message.Text}{Environment.NewLine}");
        context.WebError += (_, error) => File.AppendAllText(log, $"{DateTime.UtcNow:HH:mm:ss.fff} error: {error.Error}{Environment.NewLine}");
        return context;
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png") });

    public MoyeoraApiClient Api() => new(new HttpClient { BaseAddress = Root });

    /// <summary>The development administrator, signed in (outbox, moderation queue, jobs).</summary>
    public async Task<MoyeoraApiClient> AdminAsync()
    {
        var admin = Api();
        await admin.SignInAsync(AdminPhone, AdminPassword);
        return admin;
    }

    /// <summary>The sign-up code the host "sent" to a phone, read from the development outbox as the administrator.</summary>
    public async Task<string> SignUpCodeAsync(string phone)
    {
        var admin = Api();
        await admin.SignInAsync(AdminPhone, AdminPassword);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var sms = await admin.Outbox.GetListAsync(new GetOutboxMessagesDto { Recipient = phone, MaxResultCount = 1 });
            if (sms.Items.FirstOrDefault() is { } message && CodePattern().Match(message.Text) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new TimeoutException("No sign-up code in the outbox for " + phone);
            }

            await Task.Delay(200);
        }
    }

    [GeneratedRegex(@"\[(\d{6})\]")]
    private static partial Regex CodePattern();

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        ProcessRunner.StopWatched(_host);
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
