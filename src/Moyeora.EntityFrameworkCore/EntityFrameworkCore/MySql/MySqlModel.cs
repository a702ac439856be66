using Microsoft.EntityFrameworkCore;
using Moyeora.Meetups;

namespace Moyeora.EntityFrameworkCore;

/// <summary>What the model needs on MySQL/MariaDB to behave as on PostgreSQL.</summary>
internal static class MySqlModel
{
    /// <summary>
    /// Every table's text is 4-byte UTF-8 (Korean, emoji) and compares byte for byte: case-sensitive tokens and hashes
    /// stay unique and ordering matches PostgreSQL's C collation, not MySQL's case-insensitive default. Tables take the
    /// database's defaults (the provider writes no COLLATE into migrations, and a table-level charset alone would bring
    /// back utf8mb4's case-insensitive default), so the migrator sets them on the database before creating any table.
    /// </summary>
    public const string CharSet = "utf8mb4";

    public const string Collation = "utf8mb4_bin";

    public static void Apply(ModelBuilder modelBuilder)
    {
        // MySQL reads "..." as a string literal unless ANSI_QUOTES is on: quote the raw SQL with back-ticks.
        modelBuilder.Entity<Meetup>().ToTable(t => t.HasCheckConstraint(MeetupConfiguration.CapacityCheckName, MeetupConfiguration.CapacityCheck('`')));
    }
}
