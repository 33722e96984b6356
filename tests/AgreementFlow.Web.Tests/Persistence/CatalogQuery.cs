using System.Data.Common;

namespace AgreementFlow.Web.Tests.Persistence;

/// <summary>Runs a catalogue query on an open connection and reads every row.</summary>
internal static class CatalogQuery
{
    public static async Task<List<T>> ReadAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
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
