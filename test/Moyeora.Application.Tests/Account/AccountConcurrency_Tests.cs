using Microsoft.EntityFrameworkCore;
using Moyeora.Account;

namespace Moyeora.Application.Tests.Account;

/// <summary>Races that the database, not only the code, must settle.</summary>
public abstract class AccountConcurrency_Tests(DatabaseFixture db) : ApplicationTestBase(db)
{
    [Fact]
    public async Task Parallel_Sign_Ups_With_One_Nickname_Create_One_Account()
    {
        var nickname = TestData.NewNickname();
        var tokens = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            tokens.Add(await VerifyPhoneAsync(TestData.NewPhone()));
        }

        var attempts = tokens.Select(token => Task.Run(async () =>
        {
            try
            {
                await Db.Service<IAccountAppService>().RegisterAsync(new RegisterDto { VerificationToken = token, Name = "경쟁자", Nickname = nickname, Password = "race-pass-1" });
                return "ok";
            }
            catch (BusinessException ex)
            {
                return ex.Code;
            }
        })).ToList();
        var results = await Task.WhenAll(attempts);

        results.Count(r => r == "ok").ShouldBe(1);
        results.Where(r => r != "ok").ShouldAllBe(r => r == MoyeoraErrorCodes.NicknameTaken || r == MoyeoraErrorCodes.ConcurrencyConflict);
        var normalized = nickname.ToUpperInvariant();
        (await Db.WithDbAsync(d => d.Users.CountAsync(u => u.NormalizedNickname == normalized))).ShouldBe(1);
    }

    [Fact]
    public async Task Parallel_Refreshes_Of_One_Token_Rotate_It_Once()
    {
        var (_, _, tokens) = await SignUpAsync();
        var attempts = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            try
            {
                return (await Db.Service<IAccountAppService>().RefreshAsync(new RefreshTokenDto { RefreshToken = tokens.RefreshToken })).RefreshToken;
            }
            catch (BusinessException ex)
            {
                return ex.Code;
            }
        })).ToList();
        var results = await Task.WhenAll(attempts);

        var issued = results.Where(r => !r.StartsWith("Moyeora:", StringComparison.Ordinal)).ToList();
        issued.Count.ShouldBeLessThanOrEqualTo(1);
        var family = await Db.WithDbAsync(d => d.RefreshTokens.Where(t => t.UserId == tokens.UserId).ToListAsync());
        family.Count(t => t.RevocationTime == null).ShouldBeLessThanOrEqualTo(1);
    }
}

public sealed class AccountConcurrency_Sqlite_Tests(SqliteFixture db) : AccountConcurrency_Tests(db), IClassFixture<SqliteFixture>;

public sealed class AccountConcurrency_PostgreSql_Tests(PostgreSqlFixture db) : AccountConcurrency_Tests(db), IClassFixture<PostgreSqlFixture>;

public sealed class AccountConcurrency_MariaDb_Tests(MariaDbFixture db) : AccountConcurrency_Tests(db), IClassFixture<MariaDbFixture>;
