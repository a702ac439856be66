using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Moyeora.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Moyeora.Migrations;

/// <summary>Meetups with members, tags, kicks, invitations and notices; chat messages and read markers.</summary>
[DbContext(typeof(MoyeoraDbContext))]
[Migration("20261121010000_Meetups")]
public sealed class Meetups : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Meetups",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                HostId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 100, nullable: false),
                NormalizedTitle = table.Column<string>(maxLength: 100, nullable: false),
                Description = table.Column<string>(maxLength: 1000, nullable: true),
                ImageUrl = table.Column<string>(maxLength: 2000, nullable: true),
                MaxMembers = table.Column<int>(nullable: false),
                MemberCount = table.Column<int>(nullable: false),
                StartTime = table.Column<DateTime>(nullable: false),
                EndTime = table.Column<DateTime>(nullable: false),
                IsOnline = table.Column<bool>(nullable: false),
                Place = table.Column<string>(maxLength: 255, nullable: true),
                Latitude = table.Column<double>(nullable: true),
                Longitude = table.Column<double>(nullable: true),
                WhatToBring = table.Column<string>(maxLength: 255, nullable: true),
                Status = table.Column<int>(nullable: false),
                ConfirmationTime = table.Column<DateTime>(nullable: true),
                CancellationTime = table.Column<DateTime>(nullable: true),
                CancelReason = table.Column<string>(maxLength: 255, nullable: true),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Meetups", x => x.Id);
                table.CheckConstraint("CK_Meetups_MemberCount", MeetupConfiguration.CapacityCheck);
            });

        migrationBuilder.CreateTable(
            name: "MeetupParticipants",
            columns: table => new
            {
                MeetupId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                JoinTime = table.Column<DateTime>(nullable: false),
                ConfirmationTime = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeetupParticipants", x => new { x.MeetupId, x.UserId });
                table.ForeignKey("FK_MeetupParticipants_Meetups_MeetupId", x => x.MeetupId, "Meetups", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MeetupTags",
            columns: table => new
            {
                MeetupId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Value = table.Column<string>(maxLength: 30, nullable: false),
                NormalizedValue = table.Column<string>(maxLength: 30, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeetupTags", x => new { x.MeetupId, x.Position });
                table.ForeignKey("FK_MeetupTags_Meetups_MeetupId", x => x.MeetupId, "Meetups", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MeetupKicks",
            columns: table => new
            {
                MeetupId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                KickTime = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeetupKicks", x => new { x.MeetupId, x.UserId });
                table.ForeignKey("FK_MeetupKicks_Meetups_MeetupId", x => x.MeetupId, "Meetups", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MeetupInvitations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MeetupId = table.Column<Guid>(nullable: false),
                InviterId = table.Column<Guid>(nullable: false),
                InviteeId = table.Column<Guid>(nullable: false),
                Status = table.Column<int>(nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
                AnswerTime = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeetupInvitations", x => x.Id);
                table.ForeignKey("FK_MeetupInvitations_Meetups_MeetupId", x => x.MeetupId, "Meetups", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MeetupNotices",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MeetupId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 100, nullable: false),
                Body = table.Column<string>(maxLength: 1000, nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeetupNotices", x => x.Id);
                table.ForeignKey("FK_MeetupNotices_Meetups_MeetupId", x => x.MeetupId, "Meetups", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ChatMessages",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                MeetupId = table.Column<Guid>(nullable: false),
                SenderId = table.Column<Guid>(nullable: true),
                Kind = table.Column<int>(nullable: false),
                SubjectUserId = table.Column<Guid>(nullable: true),
                Text = table.Column<string>(maxLength: 1000, nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ChatMessages", x => x.Id);
                table.ForeignKey("FK_ChatMessages_Meetups_MeetupId", x => x.MeetupId, "Meetups", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ChatReadMarkers",
            columns: table => new
            {
                MeetupId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                LastReadMessageId = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ChatReadMarkers", x => new { x.MeetupId, x.UserId });
                table.ForeignKey("FK_ChatReadMarkers_Meetups_MeetupId", x => x.MeetupId, "Meetups", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Meetups_Status_StartTime", "Meetups", ["Status", "StartTime"]);
        migrationBuilder.CreateIndex("IX_Meetups_Latitude_Longitude", "Meetups", ["Latitude", "Longitude"]);
        migrationBuilder.CreateIndex("IX_Meetups_HostId", "Meetups", "HostId");
        migrationBuilder.CreateIndex("IX_MeetupParticipants_UserId", "MeetupParticipants", "UserId");
        migrationBuilder.CreateIndex("IX_MeetupTags_NormalizedValue", "MeetupTags", "NormalizedValue");
        migrationBuilder.CreateIndex("IX_MeetupInvitations_InviteeId_Status", "MeetupInvitations", ["InviteeId", "Status"]);
        migrationBuilder.CreateIndex("IX_MeetupInvitations_MeetupId", "MeetupInvitations", "MeetupId");
        migrationBuilder.CreateIndex("IX_MeetupNotices_MeetupId_CreationTime", "MeetupNotices", ["MeetupId", "CreationTime"]);
        migrationBuilder.CreateIndex("IX_ChatMessages_MeetupId_Id", "ChatMessages", ["MeetupId", "Id"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "ChatReadMarkers", "ChatMessages", "MeetupNotices", "MeetupInvitations", "MeetupKicks", "MeetupTags", "MeetupParticipants", "Meetups" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
