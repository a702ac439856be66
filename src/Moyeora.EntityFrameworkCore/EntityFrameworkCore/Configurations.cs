using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Moyeora.Domain;
using Moyeora.Roles;
using Moyeora.Outbound;
using Moyeora.Users;
using Moyeora.Verification;

namespace Moyeora.EntityFrameworkCore;

internal static class AggregateConfiguration
{
    public static void ConfigureAggregate<T>(this EntityTypeBuilder<T> builder)
        where T : AggregateRoot
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ConcurrencyStamp).HasMaxLength(40).IsRequired().IsConcurrencyToken();
        builder.Ignore(e => e.DomainEvents);
    }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("Users");
        builder.ConfigureAggregate();
        builder.Property(u => u.PhoneNumber).HasMaxLength(UserConsts.MaxPhoneNumberLength).IsRequired();
        builder.Property(u => u.Name).HasMaxLength(UserConsts.MaxNameLength).IsRequired();
        builder.Property(u => u.Nickname).HasMaxLength(UserConsts.MaxNicknameLength).IsRequired();
        builder.Property(u => u.NormalizedNickname).HasMaxLength(UserConsts.MaxNicknameLength).IsRequired();
        builder.Property(u => u.PasswordHash).HasMaxLength(UserConsts.MaxPasswordHashLength).IsRequired();
        builder.Property(u => u.ProfileImageUrl).HasMaxLength(UserConsts.MaxProfileImageUrlLength);
        builder.Property(u => u.StatusMessage).HasMaxLength(UserConsts.MaxStatusMessageLength);
        builder.Ignore(u => u.IsActive);
        builder.Ignore(u => u.Interests);
        builder.Ignore(u => u.RoleIds);
        builder.HasIndex(u => u.PhoneNumber).IsUnique();
        builder.HasIndex(u => u.NormalizedNickname).IsUnique();
        builder.HasIndex(u => u.DeactivationTime);

        builder.HasMany<UserInterest>("_interests").WithOne().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation("_interests").AutoInclude();
        builder.HasMany<UserRole>("_roles").WithOne().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation("_roles").AutoInclude();
    }
}

internal sealed class UserInterestConfiguration : IEntityTypeConfiguration<UserInterest>
{
    public void Configure(EntityTypeBuilder<UserInterest> builder)
    {
        builder.ToTable("UserInterests");
        builder.HasKey(i => new { i.UserId, i.Position });
        builder.Property(i => i.Value).HasMaxLength(UserConsts.MaxInterestLength).IsRequired();
    }
}

internal sealed class UserRoleConfiguration : IEntityTypeConfiguration<UserRole>
{
    public void Configure(EntityTypeBuilder<UserRole> builder)
    {
        builder.ToTable("UserRoles");
        builder.HasKey(r => new { r.UserId, r.RoleId });
        builder.HasOne<Role>().WithMany().HasForeignKey(r => r.RoleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.RoleId);
    }
}

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> builder)
    {
        builder.ToTable("Roles");
        builder.ConfigureAggregate();
        builder.Property(r => r.Name).HasMaxLength(UserConsts.MaxRoleNameLength).IsRequired();
        builder.Property(r => r.NormalizedName).HasMaxLength(UserConsts.MaxRoleNameLength).IsRequired();
        builder.HasIndex(r => r.NormalizedName).IsUnique();
        builder.Ignore(r => r.Permissions);
        builder.HasMany<RoleClaim>("_claims").WithOne().HasForeignKey(c => c.RoleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation("_claims").AutoInclude();
    }
}

internal sealed class RoleClaimConfiguration : IEntityTypeConfiguration<RoleClaim>
{
    public void Configure(EntityTypeBuilder<RoleClaim> builder)
    {
        builder.ToTable("RoleClaims");
        builder.HasKey(c => new { c.RoleId, c.ClaimType, c.ClaimValue });
        builder.Ignore(c => c.Id);
        builder.Property(c => c.ClaimType).HasMaxLength(64).IsRequired();
        builder.Property(c => c.ClaimValue).HasMaxLength(UserConsts.MaxPermissionNameLength).IsRequired();
    }
}

internal sealed class VerificationCodeConfiguration : IEntityTypeConfiguration<VerificationCode>
{
    public void Configure(EntityTypeBuilder<VerificationCode> builder)
    {
        builder.ToTable("VerificationCodes");
        builder.ConfigureAggregate();
        builder.Property(c => c.PhoneNumber).HasMaxLength(UserConsts.MaxPhoneNumberLength).IsRequired();
        builder.Property(c => c.CodeHash).HasMaxLength(VerificationConsts.MaxHashLength).IsRequired();
        builder.Property(c => c.CodeSalt).HasMaxLength(VerificationConsts.MaxHashLength).IsRequired();
        builder.Property(c => c.TokenHash).HasMaxLength(VerificationConsts.MaxHashLength);
        builder.Property(c => c.ClientIp).HasMaxLength(VerificationConsts.MaxClientIpLength);
        builder.HasIndex(c => new { c.PhoneNumber, c.Purpose, c.CreationTime });
        builder.HasIndex(c => new { c.ClientIp, c.CreationTime });
        builder.HasIndex(c => c.TokenHash).IsUnique();
        builder.HasIndex(c => c.ExpirationTime);
        builder.HasIndex(c => c.CreationTime);
    }
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.ToTable("RefreshTokens");
        builder.ConfigureAggregate();
        builder.Property(t => t.TokenHash).HasMaxLength(UserConsts.MaxRefreshTokenHashLength).IsRequired();
        builder.Property(t => t.ClientIp).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => new { t.UserId, t.FamilyId });
        builder.HasIndex(t => t.ExpirationTime);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PendingOutboundMessageConfiguration : IEntityTypeConfiguration<PendingOutboundMessage>
{
    public void Configure(EntityTypeBuilder<PendingOutboundMessage> builder)
    {
        builder.ToTable("PendingOutboundMessages");
        builder.ConfigureAggregate();
        builder.Property(m => m.Recipient).HasMaxLength(OutboundConsts.MaxRecipientLength).IsRequired();
        builder.Property(m => m.Text).HasMaxLength(OutboundConsts.MaxTextLength).IsRequired();
        builder.Property(m => m.Payload).HasMaxLength(OutboundConsts.MaxPayloadLength);
        builder.HasIndex(m => m.CreationTime);
        builder.HasIndex(m => m.ClaimToken);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.ConfigureAggregate();
        builder.Property(m => m.Recipient).HasMaxLength(OutboundConsts.MaxRecipientLength).IsRequired();
        builder.Property(m => m.Text).HasMaxLength(OutboundConsts.MaxTextLength).IsRequired();
        builder.Property(m => m.Payload).HasMaxLength(OutboundConsts.MaxPayloadLength);
        builder.HasIndex(m => new { m.Recipient, m.CreationTime });
        builder.HasIndex(m => m.CreationTime);
    }
}
