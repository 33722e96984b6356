using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AgreementFlow.Data.Persistence;

/// <summary>
/// Lets SQLite itself wait for the write lock (<c>PRAGMA busy_timeout</c>) on every connection EF opens. Without it,
/// Microsoft.Data.Sqlite retries a busy statement after sleeping the thread for a fixed, long interval, so two steps
/// that want to commit at the same moment leave the database idle while the loser sleeps; SQLite's own handler
/// retries within milliseconds. The limit is the connection's command timeout (30 s by default), as before.
/// The setting belongs to the native connection, which the pool hands out again and again: it is set once per native
/// connection, not on every open.
/// </summary>
public sealed class SqliteBusyWait : DbConnectionInterceptor
{
    // Native connections already set; weak, so a connection the pool closes is forgotten with it.
    private readonly ConditionalWeakTable<object, object> _set = [];

    public static SqliteBusyWait Instance { get; } = new();

    private SqliteBusyWait()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = BusyTimeout(connection);
        command?.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = BusyTimeout(connection);
        if (command is not null)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private SqliteCommand? BusyTimeout(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || !_set.TryAdd(handle, handle))
        {
            return null;
        }

        var command = sqlite.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {Math.Max(sqlite.DefaultTimeout, 1) * 1000};";
        return command;
    }
}
