using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
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

        // PostgreSQL: one array parameter per column, unnested into rows. One statement with a handful of parameters,
        // however many rows: a multi-row VALUES of 30,000 parameters cost about 60 µs a row to bind, parse and plan.
        // The arrays hold each property's provider values (after its EF converter), of the provider's CLR type, so
        // the driver types them as EF types the scalar (uuid, text, timestamptz, integer).
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var placeholders = new List<string>(properties.Count);
        for (var c = 0; c < properties.Count; c++)
        {
            var providerType = mappings[c].Converter?.ProviderClrType ?? mappings[c].ClrType;
            providerType = Nullable.GetUnderlyingType(providerType) ?? providerType;
            var elementType = properties[c].IsNullable && providerType.IsValueType ? typeof(Nullable<>).MakeGenericType(providerType) : providerType;
            var values = Array.CreateInstance(elementType, rows.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                var value = getters[c].GetClrValue(rows[r]);
                values.SetValue(value is null ? null : mappings[c].Converter?.ConvertToProvider(value) ?? value, r);
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
