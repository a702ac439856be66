using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moyeora.Account;
using Moyeora.ClientProxies;
using Moyeora.EntityFrameworkCore;
using Moyeora.Meetups;
using Moyeora.Users;

// The benchmark's helper: seeds a database, signs users in for tokens, and drives join/leave load.
// Used by etc/bench/run.sh; every target is a host on this machine (loopback).
var command = args.FirstOrDefault() ?? "help";
var options = ParseOptions(args.Skip(1));
return command switch
{
    "seed" => await SeedAsync(options),
    "mint" => await MintAsync(options),
    "tokens" => await TokensAsync(options),
    "joinleave" => await Moyeora.Bench.JoinLeaveBench.RunAsync(options),
    "live" => await LiveBench.PositionsAsync(options),
    "chat" => await LiveBench.ChatAsync(options),
    "chatrooms" => await ChatRoomsBench.RunAsync(options),
    "soak" => await Moyeora.Bench.Soak.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          Moyeora.Bench seed --connection <cs> [--users 2000] [--meetups 300] --out <dir>
          Moyeora.Bench tokens --url http://127.0.0.1:port [--count 200] --out <dir>
          Moyeora.Bench joinleave --url http://127.0.0.1:port --dir <dir> [--concurrency 50] [--spread 5|N] [--seconds 30]
          Moyeora.Bench live --url http://127.0.0.1:port --dir <dir> [--clients 10000] [--seconds 60] [--host-pid N] [--redis-pid N]
          Moyeora.Bench chat --url http://127.0.0.1:port --dir <dir> [--members 50] [--rates 500,1000,2000,3000] [--seconds 15] [--host-pid N]
          Moyeora.Bench chatrooms --url http://127.0.0.1:port --dir <dir> [--rooms 500] [--members 10] [--rates 2000] [--seconds 30] [--host-pid N] [--redis-pid N]
          Moyeora.Bench soak --url http://127.0.0.1:port --dir <dir> --admin-phone P --admin-password W [--clients 2000] [--seconds 1800]
                             [--members 20] [--chat-rate 5] [--rest-rate 20] [--sample 10] [--pids name=pid,...] [--logs file,...]
          Moyeora.Bench mint --connection <cs> --signing-key <key> --out <dir>
        (seed with --signing-key <key> also writes live-tokens.txt: one access token per seeded user, for live and chat;
         they are valid 15 minutes, and mint writes fresh ones for every seeded user, in the same order, for later phases)
        """);
    return 2;
}

static Dictionary<string, string> ParseOptions(IEnumerable<string> args)
{
    var list = args.ToList();
    var result = new Dictionary<string, string>();
    for (var i = 0; i + 1 < list.Count; i += 2)
    {
        result[list[i].TrimStart('-')] = list[i + 1];
    }

    return result;
}

static string Phone(int i) => $"+8210{7000_0000 + i}";

// Seeds users and recruiting meetups around Seoul (lat 37.45–37.65, lng 126.85–127.15) through the domain
// model, so every row is as valid as one the product writes, plus five wide meetups for join/leave.
static async Task<int> SeedAsync(Dictionary<string, string> o)
{
    var users = int.Parse(o.GetValueOrDefault("users", "2000"), CultureInfo.InvariantCulture);
    var meetupCount = int.Parse(o.GetValueOrDefault("meetups", "300"), CultureInfo.InvariantCulture);
    var outDir = o["out"];
    await using var services = Services(o["connection"], outDir);
    var clock = TimeProvider.System;
    var now = clock.GetUtcNow().UtcDateTime;
    var random = new Random(42);
    var stopwatch = Stopwatch.StartNew();

    var hasher = new PasswordHasher<User>();
    var hash = hasher.HashPassword(null!, "bench-pass-1");
    var ids = new List<Guid>();
    for (var batch = 0; batch < users; batch += 500)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MoyeoraDbContext>();
        for (var i = batch; i < Math.Min(users, batch + 500); i++)
        {
            var user = new User(Guid.NewGuid(), Phone(i), "벤치사용자", $"bench{i}", now);
            user.SetPasswordHash(hash, isChange: false);
            user.SetInterests(["러닝", "보드게임"]);
            db.Users.Add(user);
            ids.Add(user.Id);
        }

        await ((Moyeora.Domain.IUnitOfWork)db).SaveChangesAsync();
    }

    string[] tagPool = ["러닝", "보드게임", "스터디", "커피", "등산", "맛집", "영화", "코딩", "독서", "사진"];
    var meetupIds = new List<Guid>();
    var wideIds = new List<Guid>();
    await using (var scope = services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<MoyeoraDbContext>();
        for (var i = 0; i < meetupCount + 5; i++)
        {
            var wide = i >= meetupCount;
            var start = now.AddHours(2 + random.NextDouble() * 24 * 6);
            var capacity = wide ? 255 : random.Next(4, 21);
            var details = new MeetupDetails(
                wide ? $"참여/나가기 벤치 {i}" : $"서울 모임 {i}", "벤치마크용 모임입니다.", null, capacity,
                start, start.AddHours(2), false, "서울", 37.45 + random.NextDouble() * 0.2, 126.85 + random.NextDouble() * 0.3, null,
                tagPool.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList());
            var host = ids[random.Next(ids.Count)];
            var meetup = new Meetup(Guid.NewGuid(), host, details, now);
            var joiners = wide ? 0 : random.Next(0, capacity - 1);
            foreach (var member in ids.Where(id => id != host).OrderBy(_ => random.Next()).Take(joiners))
            {
                meetup.Join(member, now);
            }

            meetup.ClearDomainEvents(); // no system chat messages for seeded joins
            db.Meetups.Add(meetup);
            (wide ? wideIds : meetupIds).Add(meetup.Id);
        }

        await ((Moyeora.Domain.IUnitOfWork)db).SaveChangesAsync();
    }

    Directory.CreateDirectory(outDir);
    if (o.TryGetValue("signing-key", out var signingKey))
    {
        await WriteLiveTokensAsync(services, signingKey, outDir);
    }

    await File.WriteAllLinesAsync(Path.Combine(outDir, "meetups.txt"), meetupIds.Select(i => i.ToString()));
    await File.WriteAllLinesAsync(Path.Combine(outDir, "wide-meetups.txt"), wideIds.Select(i => i.ToString()));
    Console.WriteLine($"seeded {users} users and {meetupCount} recruiting meetups (+5 wide ones) in {stopwatch.Elapsed.TotalSeconds:0.0} s");
    return 0;
}

static ServiceProvider Services(string connection, string dataDir)
{
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Default"] = connection,
        ["Jwt:SigningKey"] = "bench-seeder-issues-no-tokens-0000000000",
    }).Build();
    return new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
        .AddMoyeoraApplication(configuration)
        .AddMoyeoraEntityFrameworkCore(configuration, dataDir)
        .BuildServiceProvider();
}

// Tokens minted with the host's own key (as log-in would issue them) so that thousands of live clients need no
// thousands of password hashes; valid 15 minutes. One line per seeded user, in seeding order (the phone numbers).
static async Task<int> WriteLiveTokensAsync(IServiceProvider services, string signingKey, string outDir)
{
    var issuer = new Moyeora.Account.AccessTokenIssuer(Microsoft.Extensions.Options.Options.Create(
        new Moyeora.Account.JwtOptions { SigningKey = signingKey }), TimeProvider.System);
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<MoyeoraDbContext>();
    var seeded = await db.Users.AsNoTracking().Where(u => u.PhoneNumber.StartsWith("+8210")).ToListAsync();
    var tokens = seeded.OrderBy(u => u.PhoneNumber, StringComparer.Ordinal).Select(u => issuer.Issue(u).Token).ToList();
    await File.WriteAllLinesAsync(Path.Combine(outDir, "live-tokens.txt"), tokens);
    return tokens.Count;
}

// Fresh live tokens for every seeded user (a long run outlives the ones seed wrote).
static async Task<int> MintAsync(Dictionary<string, string> o)
{
    await using var services = Services(o["connection"], o["out"]);
    var count = await WriteLiveTokensAsync(services, o["signing-key"], o["out"]);
    Console.WriteLine($"minted {count} fresh live tokens");
    return 0;
}

static async Task<int> TokensAsync(Dictionary<string, string> o)
{
    var count = int.Parse(o.GetValueOrDefault("count", "200"), CultureInfo.InvariantCulture);
    using var http = new HttpClient { BaseAddress = new Uri(o["url"]) };
    var account = new AccountClientProxy(http);
    var tokens = new string[count];
    await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
    {
        var result = await account.LoginAsync(new LoginDto { PhoneNumber = Phone(i), Password = "bench-pass-1" }, ct);
        tokens[i] = result.AccessToken;
    });
    await File.WriteAllLinesAsync(Path.Combine(o["out"], "tokens.txt"), tokens);
    Console.WriteLine($"signed in {count} users");
    return 0;
}
