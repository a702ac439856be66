using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Moyeora.EntityFrameworkCore;

namespace Moyeora.Migrations;

/// <summary>Pending friend requests (one per sender and recipient).</summary>
[DbContext(typeof(MoyeoraDbContext))]
[Migration("20261121040000_FriendRequests")]
public sealed class FriendRequests : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "FriendRequests",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SenderId = table.Column<Guid>(nullable: false),
                RecipientId = table.Column<Guid>(nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_FriendRequests", x => x.Id));
        migrationBuilder.CreateIndex("IX_FriendRequests_SenderId_RecipientId", "FriendRequests", ["SenderId", "RecipientId"], unique: true);
        migrationBuilder.CreateIndex("IX_FriendRequests_RecipientId", "FriendRequests", "RecipientId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("FriendRequests");
}
