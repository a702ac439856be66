using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Moyeora.EntityFrameworkCore;

namespace Moyeora.Migrations;

/// <summary>Blocks (one row per blocker and blocked person).</summary>
[DbContext(typeof(MoyeoraDbContext))]
[Migration("20261121050000_Blocks")]
public sealed class Blocks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Blocks",
            columns: table => new
            {
                BlockerId = table.Column<Guid>(nullable: false),
                BlockedId = table.Column<Guid>(nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Blocks", x => new { x.BlockerId, x.BlockedId }));
        migrationBuilder.CreateIndex("IX_Blocks_BlockedId", "Blocks", "BlockedId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Blocks");
}
