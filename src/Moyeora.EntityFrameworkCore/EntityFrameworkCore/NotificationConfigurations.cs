using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Moyeora.Friends;
using Moyeora.Jobs;
using Moyeora.Notifications;

namespace Moyeora.EntityFrameworkCore;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Text).HasMaxLength(NotificationConsts.MaxTextLength).IsRequired();
        builder.HasIndex(n => new { n.UserId, n.CreationTime });
        builder.HasIndex(n => n.MeetupId);
    }
}

internal sealed class JobRecordConfiguration : IEntityTypeConfiguration<JobRecord>
{
    public void Configure(EntityTypeBuilder<JobRecord> builder)
    {
        builder.ToTable("JobRecords");
        builder.HasKey(j => j.Name);
        builder.Property(j => j.Name).HasMaxLength(JobConsts.MaxNameLength);
        builder.Property(j => j.LastCounts).HasMaxLength(JobConsts.MaxCountsLength);
        builder.Property(j => j.LastError).HasMaxLength(JobConsts.MaxErrorLength);
    }
}

internal sealed class FriendshipConfiguration : IEntityTypeConfiguration<Friendship>
{
    public void Configure(EntityTypeBuilder<Friendship> builder)
    {
        builder.ToTable("Friendships");
        builder.HasKey(f => new { f.UserId, f.FriendId });
        builder.HasIndex(f => f.FriendId);
    }
}

internal sealed class FriendRequestConfiguration : IEntityTypeConfiguration<FriendRequest>
{
    public void Configure(EntityTypeBuilder<FriendRequest> builder)
    {
        builder.ToTable("FriendRequests");
        builder.ConfigureAggregate();
        builder.HasIndex(r => new { r.SenderId, r.RecipientId }).IsUnique();
        builder.HasIndex(r => r.RecipientId);
    }
}

internal sealed class BlockConfiguration : IEntityTypeConfiguration<Block>
{
    public void Configure(EntityTypeBuilder<Block> builder)
    {
        builder.ToTable("Blocks");
        builder.HasKey(b => new { b.BlockerId, b.BlockedId });
        builder.HasIndex(b => b.BlockedId);
    }
}

internal sealed class PeerRatingConfiguration : IEntityTypeConfiguration<Moyeora.Ratings.PeerRating>
{
    public void Configure(EntityTypeBuilder<Moyeora.Ratings.PeerRating> builder)
    {
        builder.ToTable("PeerRatings");
        builder.ConfigureAggregate();
        builder.HasIndex(r => new { r.MeetupId, r.RaterId, r.RateeId }).IsUnique();
        builder.HasIndex(r => r.RateeId);
        builder.HasIndex(r => r.RaterId);
    }
}

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Moyeora.Reports.Report>
{
    public void Configure(EntityTypeBuilder<Moyeora.Reports.Report> builder)
    {
        builder.ToTable("Reports");
        builder.ConfigureAggregate();
        builder.Property(r => r.TargetId).HasMaxLength(Moyeora.Reports.ReportConsts.MaxTargetIdLength).IsRequired();
        builder.Property(r => r.Snapshot).HasMaxLength(Moyeora.Reports.ReportConsts.MaxSnapshotLength).IsRequired();
        builder.Property(r => r.Text).HasMaxLength(Moyeora.Reports.ReportConsts.MaxTextLength);
        builder.Property(r => r.ResolutionNote).HasMaxLength(Moyeora.Reports.ReportConsts.MaxNoteLength);
        builder.Property(r => r.OpenKey).HasMaxLength(Moyeora.Reports.ReportConsts.MaxOpenKeyLength);
        builder.HasIndex(r => r.OpenKey).IsUnique();
        builder.HasIndex(r => new { r.Status, r.CreationTime });
        builder.HasIndex(r => new { r.TargetType, r.TargetId });
    }
}
