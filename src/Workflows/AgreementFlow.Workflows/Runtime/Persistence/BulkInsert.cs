using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AgreementFlow.Workflows.Runtime.Persistence;

/// <summary>
/// Inserts many rows of one entity type with multi-row <c>INSERT … VALUES (…), (…)</c> statements in the context's
/// current transaction, bypassing the change tracker.
/// </summary>
/// <remarks>
/// Columns, names and parameter conversions come from the EF model (each property's relational type mapping
/// creates its parameter, as <c>SaveChanges</c> would), so the rows read back exactly as if EF had written them,
/// on SQLite and PostgreSQL alike. PostgreSQL takes up to 30,000 parameters a statement, one round trip for
/// thousands of rows. SQLite has no round trips and looks each bound parameter up by name in a linear scan, so
/// there one prepared single-row statement runs once per row with its parameters re-bound (measured against
/// prepared statements of 4 and 16 rows and against multi-row statements of literals, which were all slower there).
/// </remarks>
internal static class BulkInsert
{
    private const int MaxParameters = 30_000;

    public static async Task RunAsync<T>(IWorkflowDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var context = db.Database.GetService<ICurrentDbContext>().Context;
        var entityType = context.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var sql = db.Database.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var all = entityType.GetProperties().ToList();
        if (all.Any(p => p.IsShadowProperty()))
        {
            throw new InvalidOperationException($"{typeof(T).Name} has shadow properties, which a bulk insert cannot fill.");
        }

        // A nullable column without a default that is null in every row is left out: it is null either way, and
        // fewer columns are fewer parameters to convert and bind (a reminder's row leaves out about half of them).
        var properties = all.Where(p => !p.IsNullable || p.GetDefaultValueSql(table) is not null || p.GetDefaultValue(table) is not null
            || rows.Any(r => p.GetGetter().GetClrValue(r) is not null)).ToList();

        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var mappings = properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToList();
        var getters = properties.Select(p => p.GetGetter()).ToList();
        var prefix = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ";
        var sqlite = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;
        var rowsPerStatement = sqlite ? 1 : Math.Max(1, MaxParameters / properties.Count);

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk insert runs inside the step's transaction.");
        if (sqlite)
        {
            await using var prepared = connection.CreateCommand();
            prepared.Transaction = transaction;
            prepared.CommandText = prefix + "(" + string.Join(", ", properties.Select((_, c) => sql.GenerateParameterNamePlaceholder("p" + c.ToString(CultureInfo.InvariantCulture)))) + ")";
            for (var c = 0; c < properties.Count; c++)
            {
                prepared.Parameters.Add(mappings[c].CreateParameter(prepared, sql.GenerateParameterName("p" + c.ToString(CultureInfo.InvariantCulture)), getters[c].GetClrValue(rows[0]), properties[c].IsNullable));
            }

            await prepared.PrepareAsync(cancellationToken);
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; r > 0 && c < properties.Count; c++)
                {
                    var value = getters[c].GetClrValue(rows[r]);
                    prepared.Parameters[c].Value = (value is null ? null : mappings[c].Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
                }

                await prepared.ExecuteNonQueryAsync(cancellationToken);
            }

            return;
        }

        for (var start = 0; start < rows.Count; start += rowsPerStatement)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(prefix);
            var end = Math.Min(rows.Count, start + rowsPerStatement);
            var n = 0;
            for (var r = start; r < end; r++)
            {
                text.Append(r == start ? "(" : ", (");
                for (var c = 0; c < properties.Count; c++)
                {
                    var name = "p" + n.ToString(CultureInfo.InvariantCulture);
                    n++;
                    text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                    command.Parameters.Add(mappings[c].CreateParameter(command, sql.GenerateParameterName(name), getters[c].GetClrValue(rows[r]), properties[c].IsNullable));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
