using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Moyeora.Chat;
using Moyeora.Meetups;

namespace Moyeora.EntityFrameworkCore;

internal sealed class MeetupConfiguration : IEntityTypeConfiguration<Meetup>
{
    public const string CapacityCheckName = "CK_Meetups_MemberCount";

    /// <summary>The capacity rule in the quoting of the provider (ANSI double quotes; MySQL back-ticks).</summary>
    public static string CapacityCheck(char quote) => $"{quote}MemberCount{quote} >= 0 AND {quote}MemberCount{quote} <= {quote}MaxMembers{quote}";

    public void Configure(EntityTypeBuilder<Meetup> builder)
    {
        // The database itself refuses a member count above capacity, whatever the code does.
        builder.ToTable("Meetups", t => t.HasCheckConstraint(CapacityCheckName, CapacityCheck('"')));
        builder.ConfigureAggregate();
        builder.Property(m => m.Title).HasMaxLength(MeetupConsts.MaxTitleLength).IsRequired();
        builder.Property(m => m.NormalizedTitle).HasMaxLength(MeetupConsts.MaxTitleLength).IsRequired();
        builder.Property(m => m.Description).HasMaxLength(MeetupConsts.MaxDescriptionLength);
        builder.Property(m => m.ImageUrl).HasMaxLength(MeetupConsts.MaxImageUrlLength);
        builder.Property(m => m.Place).HasMaxLength(MeetupConsts.MaxPlaceLength);
        builder.Property(m => m.WhatToBring).HasMaxLength(MeetupConsts.MaxWhatToBringLength);
        builder.Property(m => m.CancelReason).HasMaxLength(MeetupConsts.MaxCancelReasonLength);
        builder.Ignore(m => m.IsFull);
        builder.Ignore(m => m.IsHidden);
        builder.Ignore(m => m.Tags);
        builder.Ignore(m => m.Participants);
        builder.Ignore(m => m.Invitations);
        builder.Ignore(m => m.Notices);
        builder.HasIndex(m => new { m.Status, m.StartTime });
        builder.HasIndex(m => new { m.Latitude, m.Longitude });
        builder.HasIndex(m => m.HostId);

        builder.HasMany<MeetupParticipant>("_participants").WithOne().HasForeignKey(p => p.MeetupId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation("_participants").AutoInclude();
        builder.HasMany<MeetupTag>("_tags").WithOne().HasForeignKey(t => t.MeetupId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation("_tags").AutoInclude();
        builder.HasMany<MeetupKick>("_kicks").WithOne().HasForeignKey(k => k.MeetupId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation("_kicks").AutoInclude();
        builder.HasMany<MeetupInvitation>("_invitations").WithOne().HasForeignKey(i => i.MeetupId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation("_invitations").AutoInclude();
        builder.HasMany<MeetupNotice>("_notices").WithOne().HasForeignKey(n => n.MeetupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetupParticipantConfiguration : IEntityTypeConfiguration<MeetupParticipant>
{
    public void Configure(EntityTypeBuilder<MeetupParticipant> builder)
    {
        builder.ToTable("MeetupParticipants");
        builder.HasKey(p => new { p.MeetupId, p.UserId });
        builder.HasIndex(p => p.UserId);
    }
}

internal sealed class MeetupTagConfiguration : IEntityTypeConfiguration<MeetupTag>
{
    public void Configure(EntityTypeBuilder<MeetupTag> builder)
    {
        builder.ToTable("MeetupTags");
        builder.HasKey(t => new { t.MeetupId, t.Position });
        builder.Property(t => t.Value).HasMaxLength(MeetupConsts.MaxTagLength).IsRequired();
        builder.Property(t => t.NormalizedValue).HasMaxLength(MeetupConsts.MaxTagLength).IsRequired();
        builder.HasIndex(t => t.NormalizedValue);
    }
}

internal sealed class MeetupKickConfiguration : IEntityTypeConfiguration<MeetupKick>
{
    public void Configure(EntityTypeBuilder<MeetupKick> builder)
    {
        builder.ToTable("MeetupKicks");
        builder.HasKey(k => new { k.MeetupId, k.UserId });
    }
}

internal sealed class MeetupInvitationConfiguration : IEntityTypeConfiguration<MeetupInvitation>
{
    public void Configure(EntityTypeBuilder<MeetupInvitation> builder)
    {
        builder.ToTable("MeetupInvitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasIndex(i => new { i.InviteeId, i.Status });
        builder.HasIndex(i => i.MeetupId);
    }
}

internal sealed class MeetupNoticeConfiguration : IEntityTypeConfiguration<MeetupNotice>
{
    public void Configure(EntityTypeBuilder<MeetupNotice> builder)
    {
        builder.ToTable("MeetupNotices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Title).HasMaxLength(MeetupConsts.MaxNoticeTitleLength).IsRequired();
        builder.Property(n => n.Body).HasMaxLength(MeetupConsts.MaxNoticeBodyLength).IsRequired();
        builder.HasIndex(n => new { n.MeetupId, n.CreationTime });
    }
}

internal sealed class ChatMessageConfiguration : IEntityTypeConfiguration<ChatMessage>
{
    public void Configure(EntityTypeBuilder<ChatMessage> builder)
    {
        builder.ToTable("ChatMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedOnAdd();
        builder.Property(m => m.Text).HasMaxLength(Moyeora.Chat.ChatConsts.MaxMessageLength).IsRequired();
        builder.HasIndex(m => new { m.MeetupId, m.Id });
        builder.HasOne<Meetup>().WithMany().HasForeignKey(m => m.MeetupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChatReadMarkerConfiguration : IEntityTypeConfiguration<ChatReadMarker>
{
    public void Configure(EntityTypeBuilder<ChatReadMarker> builder)
    {
        builder.ToTable("ChatReadMarkers");
        builder.HasKey(r => new { r.MeetupId, r.UserId });
        builder.HasOne<Meetup>().WithMany().HasForeignKey(r => r.MeetupId).OnDelete(DeleteBehavior.Cascade);
    }
}
