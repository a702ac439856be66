using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Moyeora.EntityFrameworkCore;
using MySql.EntityFrameworkCore.Extensions;

namespace Moyeora.EntityFrameworkCore.Tests;

/// <summary>A provider-neutral description of tables, read from a live database or from the EF model.</summary>
public sealed record TableSchema(
    string Name,
    IReadOnlyList<string> Columns,
    string PrimaryKey,
    IReadOnlyList<string> Indexes,
    IReadOnlyList<string> ForeignKeys);

public static class DatabaseSchema
{
    /// <summary>What the EF model says the schema must be (types as the provider names them).</summary>
    public static IReadOnlyList<TableSchema> FromModel(MoyeoraDbContext db)
    {
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        return model.Tables.Select(t => new TableSchema(
                t.Name,
                t.Columns.Select(c => Column(c.Name, c.StoreType, c.IsNullable)).Order(StringComparer.Ordinal).ToList(),
                string.Join(",", t.PrimaryKey!.Columns.Select(c => c.Name)),
                t.Indexes.Select(i => Index(i.Name, i.Columns.Select(c => c.Name), i.IsUnique)).Order(StringComparer.Ordinal).ToList(),
                t.ForeignKeyConstraints.Select(f => ForeignKey(f.Columns.Select(c => c.Name), f.PrincipalTable.Name, f.OnDeleteAction == ReferentialAction.Cascade)).Order(StringComparer.Ordinal).ToList()))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>What the migrated database really has.</summary>
    public static async Task<IReadOnlyList<TableSchema>> FromDatabaseAsync(MoyeoraDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            return db.Database.IsSqlite() ? await ReadSqliteAsync(connection)
                : db.Database.IsMySql() ? await ReadMySqlAsync(connection)
                : await ReadPostgreSqlAsync(connection);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Column(string name, string type, bool nullable) => $"{name} {type.ToLowerInvariant()}{(nullable ? " null" : " not null")}";

    private static string Index(string name, IEnumerable<string> columns, bool unique) => $"{name}({string.Join(",", columns)}){(unique ? " unique" : string.Empty)}";

    private static string ForeignKey(IEnumerable<string> columns, string principal, bool cascade) => $"({string.Join(",", columns)})->{principal}{(cascade ? " cascade" : string.Empty)}";

    private static async Task<IReadOnlyList<TableSchema>> ReadSqliteAsync(DbConnection connection)
    {
        var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF' ORDER BY name",
            r => r.GetString(0));
        var result = new List<TableSchema>();
        foreach (var table in tables)
        {
            var columns = await QueryAsync(connection, $"PRAGMA table_info('{table}')",
                r => (Name: r.GetString(1), Type: r.GetString(2), NotNull: r.GetInt64(3) == 1, Pk: r.GetInt64(5)));
            var indexList = await QueryAsync(connection, $"PRAGMA index_list('{table}')",
                r => (Name: r.GetString(1), Unique: r.GetInt64(2) == 1, Origin: r.GetString(3)));
            var indexes = new List<string>();
            foreach (var index in indexList.Where(i => i.Origin == "c"))
            {
                var indexColumns = await QueryAsync(connection, $"PRAGMA index_info('{index.Name}')", r => (Seq: r.GetInt64(0), Name: r.GetString(2)));
                indexes.Add(Index(index.Name, indexColumns.OrderBy(c => c.Seq).Select(c => c.Name), index.Unique));
            }

            var foreignKeys = await QueryAsync(connection, $"PRAGMA foreign_key_list('{table}')",
                r => (Id: r.GetInt64(0), Seq: r.GetInt64(1), Table: r.GetString(2), From: r.GetString(3), OnDelete: r.GetString(6)));
            result.Add(new TableSchema(
                table,
                columns.Select(c => Column(c.Name, c.Type, !c.NotNull && c.Pk == 0)).Order(StringComparer.Ordinal).ToList(),
                string.Join(",", columns.Where(c => c.Pk > 0).OrderBy(c => c.Pk).Select(c => c.Name)),
                indexes.Order(StringComparer.Ordinal).ToList(),
                foreignKeys.GroupBy(f => f.Id)
                    .Select(g => ForeignKey(g.OrderBy(f => f.Seq).Select(f => f.From), g.First().Table, g.First().OnDelete == "CASCADE"))
                    .Order(StringComparer.Ordinal).ToList()));
        }

        return result;
    }

    private static async Task<IReadOnlyList<TableSchema>> ReadPostgreSqlAsync(DbConnection connection)
    {
        var tables = await QueryAsync(connection,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND left(table_name, 4) <> '__EF' ORDER BY table_name",
            r => r.GetString(0));
        var result = new List<TableSchema>();
        foreach (var table in tables)
        {
            var columns = await QueryAsync(connection,
                $"SELECT column_name, data_type, character_maximum_length, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'",
                r => Column(r.GetString(0), r.IsDBNull(2) ? r.GetString(1) : $"{r.GetString(1)}({r.GetInt32(2)})", r.GetString(3) == "YES"));
            var primaryKey = await QueryAsync(connection,
                $"""
                SELECT a.attname FROM pg_index i
                JOIN pg_class c ON c.oid = i.indrelid
                JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
                WHERE c.relname = '{table}' AND i.indisprimary ORDER BY k.ord
                """,
                r => r.GetString(0));
            var indexes = await QueryAsync(connection,
                $"""
                SELECT ic.relname, i.indisunique, string_agg(a.attname, ',' ORDER BY k.ord) FROM pg_index i
                JOIN pg_class c ON c.oid = i.indrelid
                JOIN pg_class ic ON ic.oid = i.indexrelid
                JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
                WHERE c.relname = '{table}' AND NOT i.indisprimary GROUP BY ic.relname, i.indisunique
                """,
                r => $"{r.GetString(0)}({r.GetString(2)}){(r.GetBoolean(1) ? " unique" : string.Empty)}");
            var foreignKeys = await QueryAsync(connection,
                $"""
                SELECT string_agg(a.attname, ',' ORDER BY k.ord), pc.relname, con.confdeltype FROM pg_constraint con
                JOIN pg_class c ON c.oid = con.conrelid
                JOIN pg_class pc ON pc.oid = con.confrelid
                JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord) ON true
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
                WHERE c.relname = '{table}' AND con.contype = 'f' GROUP BY con.conname, pc.relname, con.confdeltype
                """,
                r => $"({r.GetString(0)})->{r.GetString(1)}{(r.GetChar(2) == 'c' ? " cascade" : string.Empty)}");
            result.Add(new TableSchema(
                table,
                columns.Order(StringComparer.Ordinal).ToList(),
                string.Join(",", primaryKey),
                indexes.Order(StringComparer.Ordinal).ToList(),
                foreignKeys.Order(StringComparer.Ordinal).ToList()));
        }

        return result;
    }

    private static async Task<IReadOnlyList<TableSchema>> ReadMySqlAsync(DbConnection connection)
    {
        var tables = await QueryAsync(connection,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND left(table_name, 4) <> '__EF'",
            r => r.GetString(0));
        tables.Sort(StringComparer.Ordinal); // information_schema sorts case-insensitively
        var result = new List<TableSchema>();
        foreach (var table in tables)
        {
            var columns = await QueryAsync(connection,
                $"SELECT column_name, column_type, is_nullable FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = '{table}'",
                r => Column(r.GetString(0), MySqlType(r.GetString(1)), r.GetString(2) == "YES"));
            var keyParts = await QueryAsync(connection,
                $"SELECT index_name, non_unique, column_name, seq_in_index FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = '{table}'",
                r => (Name: r.GetString(0), Unique: Convert.ToInt64(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture) == 0, Column: r.GetString(2),
                    Seq: Convert.ToInt64(r.GetValue(3), System.Globalization.CultureInfo.InvariantCulture)));
            var indexes = keyParts.Where(k => k.Name != "PRIMARY").GroupBy(k => (k.Name, k.Unique))
                .Select(g => Index(g.Key.Name, g.OrderBy(k => k.Seq).Select(k => k.Column), g.Key.Unique));
            var foreignKeys = await QueryAsync(connection,
                $"""
                SELECT k.constraint_name, k.column_name, k.ordinal_position, k.referenced_table_name, c.delete_rule
                FROM information_schema.key_column_usage k
                JOIN information_schema.referential_constraints c ON c.constraint_schema = k.constraint_schema AND c.constraint_name = k.constraint_name
                WHERE k.table_schema = DATABASE() AND k.table_name = '{table}' AND k.referenced_table_name IS NOT NULL
                """,
                r => (Name: r.GetString(0), Column: r.GetString(1), Seq: Convert.ToInt64(r.GetValue(2), System.Globalization.CultureInfo.InvariantCulture),
                    Table: r.GetString(3), OnDelete: r.GetString(4)));
            result.Add(new TableSchema(
                table,
                columns.Order(StringComparer.Ordinal).ToList(),
                string.Join(",", keyParts.Where(k => k.Name == "PRIMARY").OrderBy(k => k.Seq).Select(k => k.Column)),
                indexes.Order(StringComparer.Ordinal).ToList(),
                foreignKeys.GroupBy(f => f.Name)
                    .Select(g => ForeignKey(g.OrderBy(f => f.Seq).Select(f => f.Column), g.First().Table, g.First().OnDelete == "CASCADE"))
                    .Order(StringComparer.Ordinal).ToList()));
        }

        return result;
    }

    /// <summary>MariaDB reports integer display widths (<c>int(11)</c>) that the model's store types do not carry.</summary>
    private static string MySqlType(string columnType) =>
        System.Text.RegularExpressions.Regex.Replace(columnType, @"^(smallint|mediumint|int|bigint)\(\d+\)", "$1");

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
