using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Moyeora.EntityFrameworkCore;

namespace Moyeora.Migrations;

/// <summary>
/// Accounts, roles, verification codes, refresh tokens and the SMS outbox. Written by hand with
/// provider-neutral column calls (the EF design-time tools do not restore here); a test proves the
/// migrated schema equals the model on SQLite and on PostgreSQL.
/// </summary>
[DbContext(typeof(MoyeoraDbContext))]
[Migration("20261121000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Roles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 64, nullable: false),
                NormalizedName = table.Column<string>(maxLength: 64, nullable: false),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Roles", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Users",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PhoneNumber = table.Column<string>(maxLength: 16, nullable: false),
                Name = table.Column<string>(maxLength: 30, nullable: false),
                Nickname = table.Column<string>(maxLength: 20, nullable: false),
                NormalizedNickname = table.Column<string>(maxLength: 20, nullable: false),
                PasswordHash = table.Column<string>(maxLength: 256, nullable: false),
                ProfileImageUrl = table.Column<string>(maxLength: 2000, nullable: true),
                StatusMessage = table.Column<string>(maxLength: 255, nullable: true),
                Rating = table.Column<int>(nullable: false),
                LocationVisibility = table.Column<int>(nullable: false),
                GhostUntil = table.Column<DateTime>(nullable: true),
                AccessFailedCount = table.Column<int>(nullable: false),
                LockoutEnd = table.Column<DateTime>(nullable: true),
                LastLoginTime = table.Column<DateTime>(nullable: true),
                DeactivationTime = table.Column<DateTime>(nullable: true),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Users", x => x.Id));

        migrationBuilder.CreateTable(
            name: "RoleClaims",
            columns: table => new
            {
                RoleId = table.Column<Guid>(nullable: false),
                ClaimType = table.Column<string>(maxLength: 64, nullable: false),
                ClaimValue = table.Column<string>(maxLength: 128, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoleClaims", x => new { x.RoleId, x.ClaimType, x.ClaimValue });
                table.ForeignKey("FK_RoleClaims_Roles_RoleId", x => x.RoleId, "Roles", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "UserInterests",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Value = table.Column<string>(maxLength: 30, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UserInterests", x => new { x.UserId, x.Position });
                table.ForeignKey("FK_UserInterests_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "UserRoles",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                RoleId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UserRoles", x => new { x.UserId, x.RoleId });
                table.ForeignKey("FK_UserRoles_Roles_RoleId", x => x.RoleId, "Roles", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_UserRoles_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "RefreshTokens",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                FamilyId = table.Column<Guid>(nullable: false),
                TokenHash = table.Column<string>(maxLength: 128, nullable: false),
                ClientIp = table.Column<string>(maxLength: 64, nullable: true),
                ExpirationTime = table.Column<DateTime>(nullable: false),
                RevocationTime = table.Column<DateTime>(nullable: true),
                RevocationReason = table.Column<int>(nullable: true),
                ReplacedByTokenId = table.Column<Guid>(nullable: true),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RefreshTokens", x => x.Id);
                table.ForeignKey("FK_RefreshTokens_Users_UserId", x => x.UserId, "Users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "VerificationCodes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PhoneNumber = table.Column<string>(maxLength: 16, nullable: false),
                Purpose = table.Column<int>(nullable: false),
                CodeHash = table.Column<string>(maxLength: 128, nullable: false),
                CodeSalt = table.Column<string>(maxLength: 128, nullable: false),
                IsDeliverable = table.Column<bool>(nullable: false),
                ClientIp = table.Column<string>(maxLength: 64, nullable: true),
                ExpirationTime = table.Column<DateTime>(nullable: false),
                FailedAttempts = table.Column<int>(nullable: false),
                SupersededTime = table.Column<DateTime>(nullable: true),
                VerifiedTime = table.Column<DateTime>(nullable: true),
                TokenHash = table.Column<string>(maxLength: 128, nullable: true),
                TokenExpirationTime = table.Column<DateTime>(nullable: true),
                TokenUsedTime = table.Column<DateTime>(nullable: true),
                CreationTime = table.Column<DateTime>(nullable: false),
                CreatorId = table.Column<Guid>(nullable: true),
                LastModificationTime = table.Column<DateTime>(nullable: true),
                LastModifierId = table.Column<Guid>(nullable: true),
                ConcurrencyStamp = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_VerificationCodes", x => x.Id));

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

        migrationBuilder.CreateIndex("IX_Roles_NormalizedName", "Roles", "NormalizedName", unique: true);
        migrationBuilder.CreateIndex("IX_Users_PhoneNumber", "Users", "PhoneNumber", unique: true);
        migrationBuilder.CreateIndex("IX_Users_NormalizedNickname", "Users", "NormalizedNickname", unique: true);
        migrationBuilder.CreateIndex("IX_Users_DeactivationTime", "Users", "DeactivationTime");
        migrationBuilder.CreateIndex("IX_UserRoles_RoleId", "UserRoles", "RoleId");
        migrationBuilder.CreateIndex("IX_RefreshTokens_TokenHash", "RefreshTokens", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_RefreshTokens_UserId_FamilyId", "RefreshTokens", ["UserId", "FamilyId"]);
        migrationBuilder.CreateIndex("IX_RefreshTokens_ExpirationTime", "RefreshTokens", "ExpirationTime");
        migrationBuilder.CreateIndex("IX_VerificationCodes_PhoneNumber_Purpose_CreationTime", "VerificationCodes", ["PhoneNumber", "Purpose", "CreationTime"]);
        migrationBuilder.CreateIndex("IX_VerificationCodes_ClientIp_CreationTime", "VerificationCodes", ["ClientIp", "CreationTime"]);
        migrationBuilder.CreateIndex("IX_VerificationCodes_TokenHash", "VerificationCodes", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_VerificationCodes_ExpirationTime", "VerificationCodes", "ExpirationTime");
        migrationBuilder.CreateIndex("IX_SmsMessages_PhoneNumber_CreationTime", "SmsMessages", ["PhoneNumber", "CreationTime"]);
        migrationBuilder.CreateIndex("IX_SmsMessages_CreationTime", "SmsMessages", "CreationTime");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "SmsMessages", "VerificationCodes", "RefreshTokens", "UserRoles", "UserInterests", "RoleClaims", "Users", "Roles" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
