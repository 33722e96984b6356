using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Persistence;

/// <summary>The schema a SQLite database really has, read from its catalogue pragmas.</summary>
internal static class SqliteSchemaReader
{
    public static async Task<SchemaShape> ReadAsync(DbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var tables = await CatalogQuery.ReadAsync(connection,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%' AND name NOT LIKE 'qrtz_%' ORDER BY name",
                r => r.GetString(0));
            var result = new List<TableShape>();
            foreach (var table in tables.Order(StringComparer.Ordinal))
            {
                var columns = await CatalogQuery.ReadAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')",
                    r => (Name: r.GetString(0), Type: r.GetString(1), NotNull: r.GetInt64(2) == 1, Pk: r.GetInt64(3)));
                var indexes = new List<IndexShape>();
                foreach (var (name, unique) in await CatalogQuery.ReadAsync(connection, $"SELECT name, \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c'",
                             r => (r.GetString(0), r.GetInt64(1) == 1)))
                {
                    var indexColumns = await CatalogQuery.ReadAsync(connection, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno", r => r.GetString(0));
                    indexes.Add(new IndexShape(name, string.Join(",", indexColumns), unique));
                }

                var foreignKeys = await CatalogQuery.ReadAsync(connection, $"SELECT id, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}') ORDER BY id, seq",
                    r => (Id: r.GetInt64(0), Table: r.GetString(1), From: r.GetString(2), To: r.GetString(3), OnDelete: r.GetString(4)));

                result.Add(new TableShape(
                    table,
                    [.. columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new ColumnShape(c.Name, c.Type.ToLowerInvariant(), !c.NotNull && c.Pk == 0))],
                    [.. columns.Where(c => c.Pk > 0).OrderBy(c => c.Pk).Select(c => c.Name)],
                    [.. indexes.OrderBy(i => i.Name, StringComparer.Ordinal)],
                    // SQLite keeps no constraint names; the model's names are rebuilt from EF's convention to compare.
                    [.. foreignKeys.GroupBy(f => f.Id).Select(g => new ForeignKeyShape(
                            $"FK_{table}_{g.First().Table}_{string.Join("_", g.Select(f => f.From))}",
                            string.Join(",", g.Select(f => f.From)),
                            g.First().Table,
                            string.Join(",", g.Select(f => f.To)),
                            OnDelete(g.First().OnDelete)))
                        .OrderBy(f => f.Name, StringComparer.Ordinal)]));
            }

            return new SchemaShape(result);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string OnDelete(string action) => action switch
    {
        "CASCADE" => "Cascade",
        "RESTRICT" => "Restrict",
        "SET NULL" => "SetNull",
        _ => "NoAction",
    };
}
