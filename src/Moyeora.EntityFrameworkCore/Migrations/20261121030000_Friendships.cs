using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Moyeora.EntityFrameworkCore;

namespace Moyeora.Migrations;

/// <summary>Friendships (one row per pair, smaller id first): who sees a "friends only" position on the live map.</summary>
[DbContext(typeof(MoyeoraDbContext))]
[Migration("20261121030000_Friendships")]
public sealed class Friendships : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Friendships",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                FriendId = table.Column<Guid>(nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Friendships", x => new { x.UserId, x.FriendId }));
        migrationBuilder.CreateIndex("IX_Friendships_FriendId", "Friendships", "FriendId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Friendships");
}
