using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Moyeora.EntityFrameworkCore;

namespace Moyeora.Migrations;

/// <summary>
/// The development SMS outbox becomes the outbox of every channel (SMS, push, webhook). Its rows are development
/// records of what would have been sent, so the old table is dropped rather than converted. The permission to read
/// it is renamed.
/// </summary>
[DbContext(typeof(MoyeoraDbContext))]
[Migration("20261122030000_Outbox")]
public sealed class Outbox : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("SmsMessages");
        migrationBuilder.CreateTable(
            name: "OutboxMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Channel = table.Column<int>(nullable: false),
                Recipient = table.Column<string>(maxLength: 100, nullable: false),
                Text = table.Column<string>(maxLength: 1000, nullable: false),
                Payload = table.Column<string>(maxLength: 4000, nullable: true),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_OutboxMessages", x => x.Id));
        migrationBuilder.CreateIndex("IX_OutboxMessages_Recipient_CreationTime", "OutboxMessages", ["Recipient", "CreationTime"]);
        migrationBuilder.CreateIndex("IX_OutboxMessages_CreationTime", "OutboxMessages", "CreationTime");
        migrationBuilder.Sql("""UPDATE "RoleClaims" SET "ClaimValue" = 'Moyeora.Outbox.View' WHERE "ClaimValue" = 'Moyeora.Sms.ViewOutbox'""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""UPDATE "RoleClaims" SET "ClaimValue" = 'Moyeora.Sms.ViewOutbox' WHERE "ClaimValue" = 'Moyeora.Outbox.View'""");
        migrationBuilder.DropTable("OutboxMessages");
        migrationBuilder.CreateTable(
            name: "SmsMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PhoneNumber = table.Column<string>(maxLength: 16, nullable: false),
                Text = table.Column<string>(maxLength: 500, nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SmsMessages", x => x.Id));
        migrationBuilder.CreateIndex("IX_SmsMessages_PhoneNumber_CreationTime", "SmsMessages", ["PhoneNumber", "CreationTime"]);
        migrationBuilder.CreateIndex("IX_SmsMessages_CreationTime", "SmsMessages", "CreationTime");
    }
}
