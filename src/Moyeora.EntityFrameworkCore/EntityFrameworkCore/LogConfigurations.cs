using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Moyeora.Auditing;
using Moyeora.Security;

namespace Moyeora.EntityFrameworkCore;

/// <summary>No foreign keys: the logs outlive the accounts, reports and meetups they name.</summary>
internal sealed class AuditLogEntryConfiguration : IEntityTypeConfiguration<AuditLogEntry>
{
    public void Configure(EntityTypeBuilder<AuditLogEntry> builder)
    {
        builder.ToTable("AuditLogEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorNickname).HasMaxLength(AuditConsts.MaxNicknameLength);
        builder.Property(e => e.IpAddress).HasMaxLength(AuditConsts.MaxIpAddressLength);
        builder.Property(e => e.Action).HasMaxLength(AuditConsts.MaxActionLength).IsRequired();
        builder.Property(e => e.TargetType).HasMaxLength(AuditConsts.MaxTargetTypeLength).IsRequired();
        builder.Property(e => e.TargetId).HasMaxLength(AuditConsts.MaxTargetIdLength).IsRequired();
        builder.Property(e => e.Reason).HasMaxLength(AuditConsts.MaxReasonLength);
        builder.Property(e => e.Changes).HasMaxLength(AuditConsts.MaxChangesLength).IsRequired();
        builder.HasIndex(e => e.Time);
        builder.HasIndex(e => new { e.ActorId, e.Time });
        builder.HasIndex(e => new { e.TargetType, e.TargetId, e.Time });
        builder.HasIndex(e => new { e.Action, e.Time });
    }
}

internal sealed class SecurityLogEntryConfiguration : IEntityTypeConfiguration<SecurityLogEntry>
{
    public void Configure(EntityTypeBuilder<SecurityLogEntry> builder)
    {
        builder.ToTable("SecurityLogEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.IpAddress).HasMaxLength(SecurityLogConsts.MaxIpAddressLength);
        builder.Property(e => e.UserAgent).HasMaxLength(SecurityLogConsts.MaxUserAgentLength);
        builder.Property(e => e.Detail).HasMaxLength(SecurityLogConsts.MaxDetailLength);
        builder.HasIndex(e => e.Time);
        builder.HasIndex(e => new { e.UserId, e.Time });
        builder.HasIndex(e => new { e.Kind, e.Time });
    }
}
