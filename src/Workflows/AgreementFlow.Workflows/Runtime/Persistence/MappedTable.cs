using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AgreementFlow.Workflows.Runtime.Persistence;

/// <summary>A column as the model maps it: delimited name, the type mapping that makes its parameters, and how to read it.</summary>
internal sealed record MappedColumn(IProperty Property, string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter, bool IsKey, bool IsConcurrencyToken);

/// <summary>
/// An entity type's table as the EF model maps it, for the statements the engine writes past the change tracker
/// (<see cref="BulkInsert"/>, <see cref="StepRowWriter"/>): so they name, convert and bind every column as EF would.
/// Read from the model once per model and type.
/// </summary>
internal sealed record MappedTable(StoreObjectIdentifier Store, string Name, MappedColumn[] Columns, bool HasShadowProperties, bool HasGeneratedValues)
{
    private static readonly ConcurrentDictionary<(IModel Model, Type Type), MappedTable> Tables = new();

    /// <summary>"INSERT INTO table (every column) VALUES (": the start of a row's insert.</summary>
    public string InsertPrefix { get; } = $"INSERT INTO {Name} ({string.Join(", ", Columns.Select(c => c.Name))}) VALUES (";

    public static MappedTable Of(DbContext context, Type type) => Tables.GetOrAdd((context.Model, type), key => Read(context, key.Type));

    private static MappedTable Read(DbContext context, Type type)
    {
        var entityType = context.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
        var sql = context.GetService<ISqlGenerationHelper>();
        var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().ToList();
        var columns = properties
            .Select(p => new MappedColumn(p, sql.DelimitIdentifier(p.GetColumnName(store)!), (RelationalTypeMapping)p.GetTypeMapping(), p.GetGetter(), p.IsKey(), p.IsConcurrencyToken))
            .ToArray();
        return new MappedTable(
            store,
            sql.DelimitIdentifier(store.Name, store.Schema),
            columns,
            HasShadowProperties: properties.Any(p => p.IsShadowProperty()),
            HasGeneratedValues: properties.Any(p => p.ValueGenerated != ValueGenerated.Never && !p.IsKey()));
    }
}
