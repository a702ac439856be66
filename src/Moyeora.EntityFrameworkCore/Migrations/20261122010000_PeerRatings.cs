using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Moyeora.EntityFrameworkCore;

namespace Moyeora.Migrations;

/// <summary>Trust votes after confirmed meetups: one per meetup, rater and person rated.</summary>
[DbContext(typeof(MoyeoraDbContext))]
[Migration("20261122010000_PeerRatings")]
public sealed class PeerRatings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PeerRatings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MeetupId = table.Column<Guid>(nullable: false),
                RaterId = table.Column<Guid>(nullable: false),
                RateeId = table.Column<Guid>(nullable: false),
                Vote = table.Column<int>(nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PeerRatings", x => x.Id));
        migrationBuilder.CreateIndex("IX_PeerRatings_MeetupId_RaterId_RateeId", "PeerRatings", ["MeetupId", "RaterId", "RateeId"], unique: true);
        migrationBuilder.CreateIndex("IX_PeerRatings_RateeId", "PeerRatings", "RateeId");
        migrationBuilder.CreateIndex("IX_PeerRatings_RaterId", "PeerRatings", "RaterId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("PeerRatings");
}
