using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Moyeora.EntityFrameworkCore;

namespace Moyeora.Migrations;

/// <summary>
/// Notifications, job records, per-member reminder marks. (On PostgreSQL this once also created Quartz.NET's cluster
/// tables; Quartz is gone, databases migrated back then lose them in <see cref="DropQuartz"/>.)
/// </summary>
[DbContext(typeof(MoyeoraDbContext))]
[Migration("20261121020000_Jobs")]
public sealed class Jobs : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>(name: "ReminderTime", table: "MeetupParticipants", nullable: true);
        migrationBuilder.CreateIndex("IX_VerificationCodes_CreationTime", "VerificationCodes", "CreationTime");

        migrationBuilder.CreateTable(
            name: "Notifications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                Text = table.Column<string>(maxLength: 200, nullable: false),
                MeetupId = table.Column<Guid>(nullable: true),
                ActorId = table.Column<Guid>(nullable: true),
                CreationTime = table.Column<DateTime>(nullable: false),
                ReadTime = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Notifications", x => x.Id));
        migrationBuilder.CreateIndex("IX_Notifications_UserId_CreationTime", "Notifications", ["UserId", "CreationTime"]);
        migrationBuilder.CreateIndex("IX_Notifications_MeetupId", "Notifications", "MeetupId");

        migrationBuilder.CreateTable(
            name: "JobRecords",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 64, nullable: false),
                LastStartTime = table.Column<DateTime>(nullable: true),
                LastDurationMilliseconds = table.Column<long>(nullable: false),
                LastSucceeded = table.Column<bool>(nullable: true),
                LastCounts = table.Column<string>(maxLength: 1000, nullable: true),
                LastError = table.Column<string>(maxLength: 2000, nullable: true),
                LastSuccessTime = table.Column<DateTime>(nullable: true),
                ConsecutiveFailures = table.Column<int>(nullable: false),
                RunCount = table.Column<long>(nullable: false),
                FailureCount = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_JobRecords", x => x.Name));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("JobRecords");
        migrationBuilder.DropTable("Notifications");
        migrationBuilder.DropIndex("IX_VerificationCodes_CreationTime", "VerificationCodes");
        migrationBuilder.DropColumn("ReminderTime", "MeetupParticipants");
    }
}
