using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moyeora.Domain;
using Moyeora.Permissions;
using Moyeora.Roles;
using Moyeora.Users;

namespace Moyeora.Data;

/// <summary>Bound from <c>Seed:Admin</c>. The password is a secret: configuration only, never code.</summary>
public sealed class AdminSeedOptions
{
    public const string SectionName = "Seed:Admin";

    public string? PhoneNumber { get; set; }

    public string? Password { get; set; }

    public string Name { get; set; } = "관리자";

    public string Nickname { get; set; } = "관리자";
}

/// <summary>
/// Seeds the built-in roles with their permissions (admin always gets every defined permission, so new
/// permissions reach it on the next start) and the first administrator from configuration. Idempotent.
/// </summary>
public sealed class IdentityDataSeeder(
    IRoleRepository roles,
    IUserRepository users,
    IUnitOfWork unitOfWork,
    IPasswordHasher<User> passwordHasher,
    IOptions<AdminSeedOptions> adminOptions,
    TimeProvider clock,
    ILogger<IdentityDataSeeder> logger) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var admin = await EnsureRoleAsync(MoyeoraRoles.Admin, MoyeoraPermissions.All.Select(p => p.Name), now, cancellationToken);
        await EnsureRoleAsync(MoyeoraRoles.Moderator, MoyeoraPermissions.ModeratorDefaults, now, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);

        var options = adminOptions.Value;
        if (string.IsNullOrWhiteSpace(options.PhoneNumber) || string.IsNullOrEmpty(options.Password))
        {
            logger.LogWarning("No first administrator configured (Seed:Admin:PhoneNumber and Seed:Admin:Password); none was created.");
            return;
        }

        var phone = PhoneNumber.Normalize(options.PhoneNumber, "Seed:Admin:PhoneNumber");
        var user = await users.FindByPhoneNumberAsync(phone, cancellationToken);
        if (user is null)
        {
            UserRules.CheckPassword(options.Password, phone, options.Nickname, "Seed:Admin:Password");
            user = new User(Guid.NewGuid(), phone, options.Name, options.Nickname, now);
            user.SetPasswordHash(passwordHasher.HashPassword(user, options.Password), isChange: false);
            await users.InsertAsync(user, cancellationToken);
            logger.LogInformation("Seeded the first administrator {UserId}", user.Id);
        }

        user.AddRole(admin.Id);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task<Role> EnsureRoleAsync(string name, IEnumerable<string> permissions, DateTime now, CancellationToken cancellationToken)
    {
        var role = await roles.FindByNameAsync(name, cancellationToken);
        var isNew = role is null;
        if (role is null)
        {
            role = new Role(Guid.NewGuid(), name, now);
            await roles.InsertAsync(role, cancellationToken);
        }

        // New roles get their defaults; the admin role is kept complete; a moderator role an
        // administrator has edited is left as it is.
        if (isNew || name == MoyeoraRoles.Admin)
        {
            foreach (var permission in permissions)
            {
                role.Grant(permission);
            }
        }

        return role;
    }
}
