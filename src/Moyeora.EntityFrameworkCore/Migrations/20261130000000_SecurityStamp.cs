using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Moyeora.EntityFrameworkCore;

namespace Moyeora.Migrations;

/// <summary>
/// A per-user security stamp carried by access tokens (they stop working when it moves on), and a moderator's lock
/// kept apart from the wrong-password lock-out. Locks set by moderators before this lived in LockoutEnd and move over
/// (a wrong-password lock-out moved with them still ends when it would have: it is at most 15 minutes).
/// </summary>
[DbContext(typeof(MoyeoraDbContext))]
[Migration("20261130000000_SecurityStamp")]
public sealed class SecurityStamp : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "SecurityStamp", table: "Users", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTime>(name: "ModerationLockEnd", table: "Users", nullable: true);
        migrationBuilder.Sql("""UPDATE "Users" SET "ModerationLockEnd" = "LockoutEnd", "LockoutEnd" = NULL WHERE "LockoutEnd" IS NOT NULL""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "SecurityStamp", table: "Users");
        migrationBuilder.DropColumn(name: "ModerationLockEnd", table: "Users");
    }
}
