namespace AgreementFlow.Web.Tests.Persistence;

/// <summary>A database schema reduced to what the migrations and the model must agree on.</summary>
public sealed record SchemaShape(IReadOnlyList<TableShape> Tables);

public sealed record TableShape(
    string Name,
    IReadOnlyList<ColumnShape> Columns,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<IndexShape> Indexes,
    IReadOnlyList<ForeignKeyShape> ForeignKeys);

public sealed record ColumnShape(string Name, string StoreType, bool Nullable);

public sealed record IndexShape(string Name, string Columns, bool Unique);

public sealed record ForeignKeyShape(string Name, string Columns, string PrincipalTable, string PrincipalColumns, string OnDelete);
