using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Persistence;

/// <summary>The schema a PostgreSQL database really has, read from its catalogues.</summary>
internal static class PostgresSchemaReader
{
    public static async Task<SchemaShape> ReadAsync(DbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var tables = await CatalogQuery.ReadAsync(connection,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_\\_EF%' AND table_name NOT LIKE 'qrtz_%'",
                r => r.GetString(0));
            var result = new List<TableShape>();
            foreach (var table in tables.Order(StringComparer.Ordinal))
            {
                var columns = await CatalogQuery.ReadAsync(connection,
                    $"SELECT column_name, data_type, character_maximum_length, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'",
                    r => new ColumnShape(
                        r.GetString(0),
                        r.IsDBNull(2) ? r.GetString(1) : $"{r.GetString(1)}({r.GetInt32(2)})",
                        r.GetString(3) == "YES"));
                var indexes = await CatalogQuery.ReadAsync(connection, $"""
                    SELECT i.relname, ix.indisunique, ix.indisprimary,
                           string_agg(a.attname, ',' ORDER BY k.n)
                    FROM pg_class t
                    JOIN pg_index ix ON t.oid = ix.indrelid
                    JOIN pg_class i ON i.oid = ix.indexrelid
                    CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, n)
                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                    WHERE t.relname = '{table}' AND t.relnamespace = 'public'::regnamespace
                    GROUP BY i.relname, ix.indisunique, ix.indisprimary
                    """,
                    r => (Name: r.GetString(0), Unique: r.GetBoolean(1), Primary: r.GetBoolean(2), Columns: r.GetString(3)));
                var foreignKeys = await CatalogQuery.ReadAsync(connection, $"""
                    SELECT c.conname, p.relname, c.confdeltype,
                           (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
                              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum),
                           (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
                              JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum)
                    FROM pg_constraint c
                    JOIN pg_class t ON t.oid = c.conrelid
                    JOIN pg_class p ON p.oid = c.confrelid
                    WHERE c.contype = 'f' AND t.relname = '{table}' AND t.relnamespace = 'public'::regnamespace
                    """,
                    r => new ForeignKeyShape(r.GetString(0), r.GetString(3), r.GetString(1), r.GetString(4), OnDelete(r.GetChar(2))));

                result.Add(new TableShape(
                    table,
                    [.. columns.OrderBy(c => c.Name, StringComparer.Ordinal)],
                    [.. indexes.Single(i => i.Primary).Columns.Split(',')],
                    [.. indexes.Where(i => !i.Primary).Select(i => new IndexShape(i.Name, i.Columns, i.Unique)).OrderBy(i => i.Name, StringComparer.Ordinal)],
                    [.. foreignKeys.OrderBy(f => f.Name, StringComparer.Ordinal)]));
            }

            return new SchemaShape(result);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string OnDelete(char action) => action switch
    {
        'c' => "Cascade",
        'r' => "Restrict",
        'n' => "SetNull",
        _ => "NoAction",
    };
}
