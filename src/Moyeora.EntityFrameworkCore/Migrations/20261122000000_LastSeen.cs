using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Moyeora.EntityFrameworkCore;

namespace Moyeora.Migrations;

/// <summary>When each user last reported a visible location ("last seen" on profiles).</summary>
[DbContext(typeof(MoyeoraDbContext))]
[Migration("20261122000000_LastSeen")]
public sealed class LastSeen : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateTime>(name: "LastSeenTime", table: "Users", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "LastSeenTime", table: "Users");
}
