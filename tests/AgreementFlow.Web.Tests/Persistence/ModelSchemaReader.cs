using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AgreementFlow.Web.Tests.Persistence;

/// <summary>The schema the EF model describes, for the provider of the context.</summary>
internal static class ModelSchemaReader
{
    public static SchemaShape Read(DbContext db)
    {
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        return new SchemaShape([.. model.Tables.OrderBy(t => t.Name, StringComparer.Ordinal).Select(ReadTable)]);
    }

    private static TableShape ReadTable(ITable table) => new(
        table.Name,
        [.. table.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new ColumnShape(c.Name, c.StoreType.ToLowerInvariant(), c.IsNullable))],
        [.. table.PrimaryKey!.Columns.Select(c => c.Name)],
        [.. table.Indexes.OrderBy(i => i.Name, StringComparer.Ordinal).Select(i => new IndexShape(i.Name, string.Join(",", i.Columns.Select(c => c.Name)), i.IsUnique))],
        [.. table.ForeignKeyConstraints.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => new ForeignKeyShape(
            f.Name!,
            string.Join(",", f.Columns.Select(c => c.Name)),
            f.PrincipalTable.Name,
            string.Join(",", f.PrincipalColumns.Select(c => c.Name)),
            f.OnDeleteAction.ToString()))]);
}
