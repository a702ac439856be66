using Microsoft.AspNetCore.Identity;
using Moyeora.Data;
using Moyeora.Domain;
using Moyeora.Users;

namespace Moyeora.TestBase.Infrastructure;

/// <summary>Adds the fixed test people through the real aggregate and password hasher.</summary>
public sealed class TestDataSeeder(IUserRepository users, IUnitOfWork unitOfWork, IPasswordHasher<User> hasher, TimeProvider clock) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await AddAsync(TestData.AliceId, TestData.AlicePhoneE164, "앨리스", TestData.AliceNickname, TestData.AlicePassword, ["등산", "보드게임"], cancellationToken);
        await AddAsync(TestData.BobId, TestData.BobPhoneE164, "Bob Kim", TestData.BobNickname, TestData.BobPassword, ["coffee"], cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task AddAsync(Guid id, string phone, string name, string nickname, string password, string[] interests, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(id, cancellationToken) is not null)
        {
            return;
        }

        var user = new User(id, phone, name, nickname, clock.GetUtcNow().UtcDateTime);
        user.SetInterests(interests);
        user.SetPasswordHash(hasher.HashPassword(user, password), isChange: false);
        await users.InsertAsync(user, cancellationToken);
    }
}
