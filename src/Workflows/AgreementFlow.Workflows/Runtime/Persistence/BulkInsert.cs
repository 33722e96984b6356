using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace AgreementFlow.Workflows.Runtime.Persistence;

/// <summary>
/// Inserts many rows of one entity type in the context's current transaction, bypassing the change tracker.
/// </summary>
/// <remarks>
/// Columns, names and parameter conversions come from the EF model (each property's relational type mapping
/// creates its parameter, as <c>SaveChanges</c> would), so the rows read back exactly as if EF had written them,
/// on SQLite and PostgreSQL alike. On PostgreSQL one <c>INSERT … SELECT * FROM unnest(@p0, @p1, …)</c> takes
/// every row in one round trip, one array parameter per column. SQLite has no round trips and looks each bound
/// parameter up by name in a linear scan, so there one prepared single-row statement runs once per row with its parameters re-bound (measured against
/// prepared statements of 4 and 16 rows and against multi-row statements of literals, which were all slower there).
/// </remarks>
internal static class BulkInsert
{
    public static async Task RunAsync<T>(IWorkflowDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = MappedTable.Of(db.Database.GetService<ICurrentDbContext>().Context, typeof(T));
        if (table.HasShadowProperties)
        {
            throw new InvalidOperationException($"{typeof(T).Name} has shadow properties, which a bulk insert cannot fill.");
        }

        // A nullable column without a default that is null in every row is left out: it is null either way, and
        // fewer columns are fewer parameters to convert and bind (a reminder's row leaves out about half of them).
        var columns = table.Columns.Where(c => !c.Property.IsNullable || c.Property.GetDefaultValueSql(table.Store) is not null
            || c.Property.GetDefaultValue(table.Store) is not null || rows.Any(r => c.Getter.GetClrValue(r) is not null)).ToList();

        var sql = db.Database.GetService<ISqlGenerationHelper>();
        var prefix = $"INSERT INTO {table.Name} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ";
        var sqlite = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk insert runs inside the step's transaction.");
        if (sqlite)
        {
            await using var prepared = connection.CreateCommand();
            prepared.Transaction = transaction;
            prepared.CommandText = prefix + "(" + string.Join(", ", columns.Select((_, c) => sql.GenerateParameterNamePlaceholder("p" + c.ToString(CultureInfo.InvariantCulture)))) + ")";
            for (var c = 0; c < columns.Count; c++)
            {
                prepared.Parameters.Add(columns[c].Mapping.CreateParameter(prepared, sql.GenerateParameterName("p" + c.ToString(CultureInfo.InvariantCulture)), columns[c].Getter.GetClrValue(rows[0]), columns[c].Property.IsNullable));
            }

            await prepared.PrepareAsync(cancellationToken);
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; r > 0 && c < columns.Count; c++)
                {
                    var value = columns[c].Getter.GetClrValue(rows[r]);
                    prepared.Parameters[c].Value = (value is null ? null : columns[c].Mapping.Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
                }

                await prepared.ExecuteNonQueryAsync(cancellationToken);
            }

            return;
        }

        // PostgreSQL: one array parameter per column, unnested into rows. One statement with a handful of parameters,
        // however many rows: a multi-row VALUES of 30,000 parameters cost about 60 µs a row to bind, parse and plan.
        // The arrays hold each property's provider values (after its EF converter), of the provider's CLR type, so
        // the driver types them as EF types the scalar (uuid, text, timestamptz, integer).
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var placeholders = new List<string>(columns.Count);
        for (var c = 0; c < columns.Count; c++)
        {
            var providerType = columns[c].Mapping.Converter?.ProviderClrType ?? columns[c].Mapping.ClrType;
            providerType = Nullable.GetUnderlyingType(providerType) ?? providerType;
            var elementType = columns[c].Property.IsNullable && providerType.IsValueType ? typeof(Nullable<>).MakeGenericType(providerType) : providerType;
            var values = Array.CreateInstance(elementType, rows.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                var value = columns[c].Getter.GetClrValue(rows[r]);
                values.SetValue(value is null ? null : columns[c].Mapping.Converter?.ConvertToProvider(value) ?? value, r);
            }

            var name = "p" + c.ToString(CultureInfo.InvariantCulture);
            var parameter = command.CreateParameter();
            parameter.ParameterName = sql.GenerateParameterName(name);
            parameter.Value = values;
            command.Parameters.Add(parameter);
            placeholders.Add(sql.GenerateParameterNamePlaceholder(name));
        }

        command.CommandText = $"{prefix.Replace(" VALUES ", " ", StringComparison.Ordinal)}SELECT * FROM unnest({string.Join(", ", placeholders)})";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
