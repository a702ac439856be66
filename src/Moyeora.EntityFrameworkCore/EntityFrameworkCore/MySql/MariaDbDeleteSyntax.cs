using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Moyeora.EntityFrameworkCore;

/// <summary>
/// <c>ExecuteDelete</c> on MySql.EntityFrameworkCore writes <c>DELETE FROM `T` AS `t` WHERE ...</c>, an alias that
/// MySQL 8.0.16+ accepts and MariaDB 10.11 rejects as a syntax error. The multi-table form
/// <c>DELETE `t` FROM `T` AS `t` WHERE ...</c> means the same on both, so every such statement is rewritten to it.
/// (Its one restriction, no ORDER BY/LIMIT, never applies: a bounded delete selects its ids first.)
/// </summary>
internal sealed partial class MariaDbDeleteSyntax : DbCommandInterceptor
{
    public static readonly MariaDbDeleteSyntax Instance = new();

    [GeneratedRegex(@"^DELETE FROM (`[^`]+`) AS (`[^`]+`)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex AliasedDelete();

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Rewrite(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Rewrite(command);
        return ValueTask.FromResult(result);
    }

    internal static string Rewrite(string sql) => AliasedDelete().Replace(sql, "DELETE $2 FROM $1 AS $2");

    private static void Rewrite(DbCommand command)
    {
        if (command.CommandText.Contains("DELETE FROM ", StringComparison.Ordinal))
        {
            command.CommandText = Rewrite(command.CommandText);
        }
    }
}
