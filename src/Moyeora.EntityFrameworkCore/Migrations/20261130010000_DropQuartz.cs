using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Moyeora.EntityFrameworkCore;

namespace Moyeora.Migrations;

/// <summary>
/// Hangfire replaced Quartz.NET: PostgreSQL databases migrated before lose Quartz's cluster tables (Hangfire keeps
/// its own in the <c>hangfire</c> schema, see <see cref="HangfireSchema"/>). SQLite never had them.
/// </summary>
[DbContext(typeof(MoyeoraDbContext))]
[Migration("20261130010000_DropQuartz")]
public sealed class DropQuartz : Migration
{
    /// <summary>Every table Quartz's PostgreSQL script created, children first.</summary>
    public static IReadOnlyList<string> QuartzTables { get; } =
    [
        "qrtz_fired_triggers", "qrtz_paused_trigger_grps", "qrtz_scheduler_state", "qrtz_locks", "qrtz_simple_triggers",
        "qrtz_cron_triggers", "qrtz_simprop_triggers", "qrtz_blob_triggers", "qrtz_triggers", "qrtz_job_details", "qrtz_calendars",
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            foreach (var table in QuartzTables)
            {
                migrationBuilder.Sql($"DROP TABLE IF EXISTS \"{table}\" CASCADE;");
            }
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // Nothing to restore: no code reads Quartz's tables any more.
    }
}
