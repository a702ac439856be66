using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Moyeora.Account;
using Moyeora.ClientProxies;
using Moyeora.Outbound;
using Moyeora.Permissions;
using Moyeora.TestBase.Servers;
using Moyeora.Users;
using Moyeora.Verification;

namespace Moyeora.Admin.Tests;

/// <summary>
/// A real host process (Development, its own SQLite file, the development administrator 010-0000-0000) on a free
/// loopback port, and Debian's chromium driven by Playwright. Screenshots go to the test output folder's
/// <c>screenshots</c> directory.
/// </summary>
public sealed partial class AdminHostFixture : IAsyncLifetime
{
    public const string AdminPhone = "010-0000-0000";
    public const string AdminPassword = "admin1234!";
    public const string MemberPassword = "member-pass-1";

    /// <summary>Debian's chromium; the tests never download a browser.</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("MOYEORA_CHROMIUM") ?? "/usr/bin/chromium";

    private Process? _host;
    private string _directory = string.Empty;
    private IPlaywright? _playwright;

    public Uri Root { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing. Run etc/test.sh, which installs Debian's chromium and fonts-noto-cjk.");
        }

        Directory.CreateDirectory(Screenshots);
        _directory = Directory.CreateTempSubdirectory("moyeora-admin-").FullName;
        var port = ProcessRunner.FreeLoopbackPort();
        Root = new Uri($"http://127.0.0.1:{port}");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(_directory, "moyeora.db")}",
            ["Jwt__SigningKey"] = "admin-test-signing-key-0123456789-abcdefgh",
            ["Seed__Admin__PhoneNumber"] = AdminPhone,
            ["Seed__Admin__Password"] = AdminPassword,
            ["Seed__Admin__Nickname"] = "관리자",
            ["Outbound__Provider"] = "Outbox",
            ["RateLimiting__AccountPermitsPerMinute"] = "100000",
            ["RateLimiting__LogInAttemptsPerPhonePerTenMinutes"] = "100000",
            ["RateLimiting__CodeRequestsPerAddressPerHour"] = "100000",
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
            // As root chromium needs --no-sandbox; the rest keeps it off the (closed) network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
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

    /// <summary>A browser context: a desktop window unless a size is given; Korean unless another locale is.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900, string locale = "ko-KR") =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Root.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            IsMobile = width < 600,
            HasTouch = width < 600,
        });

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public MoyeoraApiClient Api() => new(new HttpClient { BaseAddress = Root });

    public async Task<MoyeoraApiClient> AdminApiAsync()
    {
        var admin = Api();
        await admin.SignInAsync(AdminPhone, AdminPassword);
        return admin;
    }

    /// <summary>Signs a new member up over REST (the code read from the development outbox); returns their signed-in client.</summary>
    public async Task<Member> SignUpAsync(string? nickname = null)
    {
        var admin = await AdminApiAsync();
        var client = Api();
        var phone = TestData.NewPhone();
        await client.Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp });
        var sms = await admin.Outbox.GetListAsync(new GetOutboxMessagesDto { Recipient = phone, MaxResultCount = 1 });
        var code = CodePattern().Match(sms.Items.Single().Text).Groups[1].Value;
        var verified = await client.Account.VerifyCodeAsync(new VerifyCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp, Code = code });
        nickname ??= "회원" + Guid.NewGuid().ToString("N")[..8];
        var tokens = await client.Account.RegisterAsync(new RegisterDto
        {
            VerificationToken = verified.VerificationToken, Name = "김모임", Nickname = nickname, Password = MemberPassword,
        });
        client.UseTokens(tokens);
        return new Member(client, phone, nickname, tokens.UserId);
    }

    public async Task<Member> ModeratorAsync()
    {
        var member = await SignUpAsync("운영자" + Guid.NewGuid().ToString("N")[..6]);
        await (await AdminApiAsync()).Permissions.AddUserToRoleAsync(new UserRoleDto { UserId = member.Id, RoleName = MoyeoraRoles.Moderator });
        return member;
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

public sealed record Member(MoyeoraApiClient Api, string Phone, string Nickname, Guid Id);
