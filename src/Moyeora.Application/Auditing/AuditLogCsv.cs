using System.Globalization;
using System.Text;

namespace Moyeora.Auditing;

/// <summary>
/// The audit log as CSV (RFC 4180: comma-separated, CRLF line ends, a cell with a comma, quote or line break quoted and
/// its quotes doubled). A cell a spreadsheet would run as a formula — one starting with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return — is prefixed with an apostrophe, so a reason typed by a moderator or a nickname
/// chosen by a member can never execute in the reader's spreadsheet.
/// </summary>
public static class AuditLogCsv
{
    public static readonly IReadOnlyList<string> Header =
        ["time", "actorId", "actorNickname", "ipAddress", "action", "targetType", "targetId", "reason", "changes"];

    public static string Write(IEnumerable<AuditLogEntryDto> entries)
    {
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var e in entries)
        {
            AppendRow(csv,
            [
                e.Time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                e.ActorId?.ToString("D"),
                e.ActorNickname,
                e.IpAddress,
                e.Action,
                e.TargetType,
                e.TargetId,
                e.Reason,
                string.Join("; ", e.Changes.Select(c => $"{c.Field}: {c.Before ?? "—"} → {c.After ?? "—"}")),
            ]);
        }

        return csv.ToString();
    }

    /// <summary>One cell, neutralised and quoted as needed.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || value[0] == ' ' || value[^1] == ' '
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Cell(cells[i]));
        }

        csv.Append("\r\n");
    }
}
