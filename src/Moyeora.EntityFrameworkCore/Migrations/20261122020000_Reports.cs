using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Moyeora.EntityFrameworkCore;

namespace Moyeora.Migrations;

/// <summary>Reports and their moderation; chat messages a moderator hid.</summary>
[DbContext(typeof(MoyeoraDbContext))]
[Migration("20261122020000_Reports")]
public sealed class Reports : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>(name: "HiddenTime", table: "ChatMessages", nullable: true);
        migrationBuilder.CreateTable(
            name: "Reports",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ReporterId = table.Column<Guid>(nullable: false),
                TargetType = table.Column<int>(nullable: false),
                TargetId = table.Column<string>(maxLength: 40, nullable: false),
                TargetUserId = table.Column<Guid>(nullable: true),
                MeetupId = table.Column<Guid>(nullable: true),
                Snapshot = table.Column<string>(maxLength: 1000, nullable: false),
                Reason = table.Column<int>(nullable: false),
                Text = table.Column<string>(maxLength: 1000, nullable: true),
                Status = table.Column<int>(nullable: false),
                OpenKey = table.Column<string>(maxLength: 100, nullable: true),
                ReviewerId = table.Column<Guid>(nullable: true),
                ReviewStartTime = table.Column<DateTime>(nullable: true),
                ResolutionTime = table.Column<DateTime>(nullable: true),
                Action = table.Column<int>(nullable: true),
                ResolutionNote = table.Column<string>(maxLength: 1000, nullable: true),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Reports", x => x.Id));
        migrationBuilder.CreateIndex("IX_Reports_OpenKey", "Reports", "OpenKey", unique: true);
        migrationBuilder.CreateIndex("IX_Reports_Status_CreationTime", "Reports", ["Status", "CreationTime"]);
        migrationBuilder.CreateIndex("IX_Reports_TargetType_TargetId", "Reports", ["TargetType", "TargetId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Reports");
        migrationBuilder.DropColumn(name: "HiddenTime", table: "ChatMessages");
    }
}
