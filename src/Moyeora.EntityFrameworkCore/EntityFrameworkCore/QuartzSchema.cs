using System.Text.RegularExpressions;

namespace Moyeora.EntityFrameworkCore;

/// <summary>
/// The tables Quartz.NET's clustered job store needs on PostgreSQL, as the Quartz package itself describes
/// them (its embedded, idempotent creation script), so our migrations create them and the scheduler only
/// validates them at start-up.
/// </summary>
public static partial class QuartzSchema
{
    /// <summary>The table prefix the host configures the job store with.</summary>
    public const string TablePrefix = "qrtz_";

    private const string PostgresResource = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    [GeneratedRegex(@"^--;;\s*$", RegexOptions.Multiline)]
    private static partial Regex StatementSeparator();

    public static IReadOnlyList<string> PostgresStatements()
    {
        using var stream = typeof(Quartz.IJob).Assembly.GetManifestResourceStream(PostgresResource)
            ?? throw new InvalidOperationException($"The Quartz package no longer embeds {PostgresResource}.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd();
        return StatementSeparator().Split(script)
            .Select(s => string.Join('\n', s.Split('\n').Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim())
            .Where(s => s.Length > 0)
            .Select(s => s.Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", TablePrefix, StringComparison.Ordinal))
            .ToList();
    }
}
