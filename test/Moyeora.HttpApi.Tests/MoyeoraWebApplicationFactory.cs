using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moyeora.Account;
using Moyeora.ClientProxies;
using Moyeora.EntityFrameworkCore;
using Moyeora.Outbound;
using Moyeora.Verification;

namespace Moyeora.HttpApi.Tests;

/// <summary>The real host (Program) on its own SQLite file, configured only through configuration.</summary>
public class MoyeoraWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("moyeora-http-").FullName;

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimiting:AccountPermitsPerMinute"] = "100000",
        ["RateLimiting:SearchesPerMinute"] = "100000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in TestData.Configuration($"Data Source={Path.Combine(_directory, "moyeora.db")}").Concat(Settings))
        {
            builder.UseSetting(key, value);
        }
    }

    public MoyeoraApiClient CreateApiClient() => new(CreateClient());

    public async Task<MoyeoraApiClient> CreateAdminClientAsync()
    {
        var admin = CreateApiClient();
        await admin.SignInAsync(TestData.AdminPhone, TestData.AdminPassword);
        return admin;
    }

    public async Task<T> WithDbAsync<T>(Func<MoyeoraDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MoyeoraDbContext>());
    }

    /// <summary>Counts of every table an account operation can write.</summary>
    public Task<string> RowCountsAsync() => WithDbAsync(async d =>
        $"users={await d.Users.CountAsync()} codes={await d.VerificationCodes.CountAsync()} tokens={await d.RefreshTokens.CountAsync()} outbox={await d.OutboxMessages.CountAsync()} roles={await d.Roles.CountAsync()} " +
        $"meetups={await d.Meetups.CountAsync()} chat={await d.ChatMessages.CountAsync()} notices={await d.Set<Moyeora.Meetups.MeetupNotice>().CountAsync()} " +
        $"friendRequests={await d.Set<Moyeora.Friends.FriendRequest>().CountAsync()} blocks={await d.Set<Moyeora.Friends.Block>().CountAsync()} " +
        $"reports={await d.Set<Moyeora.Reports.Report>().CountAsync()} ratings={await d.Set<Moyeora.Ratings.PeerRating>().CountAsync()} " +
        $"hidden={await d.ChatMessages.CountAsync(m => m.HiddenTime != null)}");

    /// <summary>Signs a new person up exactly as a newcomer would, reading the code from the outbox as an administrator.</summary>
    public async Task<(MoyeoraApiClient Client, string Phone, string Password, AuthTokensDto Tokens)> SignUpAsync(MoyeoraApiClient? admin = null)
    {
        admin ??= await CreateAdminClientAsync();
        var client = CreateApiClient();
        var phone = TestData.NewPhone();
        const string password = "http-pass-12";
        await client.Account.SendVerificationCodeAsync(new SendVerificationCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp });
        var code = await ReadCodeAsync(admin, phone);
        var verified = await client.Account.VerifyCodeAsync(new VerifyCodeDto { PhoneNumber = phone, Purpose = VerificationPurpose.SignUp, Code = code });
        var tokens = await client.Account.RegisterAsync(new RegisterDto
        {
            VerificationToken = verified.VerificationToken,
            Name = "김모임",
            Nickname = TestData.NewNickname(),
            Password = password,
        });
        client.UseTokens(tokens);
        return (client, phone, password, tokens);
    }

    public static async Task<string> ReadCodeAsync(MoyeoraApiClient admin, string phone)
    {
        var messages = await admin.Outbox.GetListAsync(new GetOutboxMessagesDto { Recipient = phone, MaxResultCount = 1 });
        return Regex.Match(messages.Items.Single().Text, @"\[(\d{6})\]").Groups[1].Value;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
