using System.Data.Common;
using System.Globalization;
using System.Text;
using AgreementFlow.Workflows.Runtime.Idempotency;
using AgreementFlow.Workflows.Runtime.Incidents;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Outbox;
using AgreementFlow.Workflows.Runtime.Tasks;
using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace AgreementFlow.Workflows.Runtime.Persistence;

/// <summary>
/// Writes the engine's rows that a step added or changed — instance, parties, tasks, assignments, timers, journal,
/// incidents, outbox, idempotency records — with statements of its own, in the step's transaction, and marks them saved.
/// What else the step changed (the subject's row, the capabilities' records) is left to <c>SaveChanges</c>.
/// </summary>
/// <remarks>
/// EF's update pipeline costs more per row than the database does: for the dozen rows of a step it builds, logs and
/// executes each statement through its own machinery, which measured about 1 ms of CPU per step on SQLite. The
/// statements here are the same EF would send — columns, names and parameter conversions come from the model (each
/// property's relational type mapping creates its parameter), updates set the modified columns only and check every
/// concurrency token against its original value — so the rows read back exactly as if EF had written them, and a stale
/// revision or a taken unique key fails the same way (<see cref="DbUpdateConcurrencyException"/>,
/// <see cref="DbUpdateException"/>). On PostgreSQL the statements go as one batch (one round trip); SQLite has no
/// round trips and binds parameters by name, so there each statement is a command of its own.
/// A step that deletes one of the engine's rows, or a table with values the database generates, is left to EF.
/// </remarks>
internal static class StepRowWriter
{
    // Parents before children: the foreign keys are checked statement by statement.
    private static readonly Type[] Order =
    [
        typeof(WorkflowInstance), typeof(WorkflowParty), typeof(HumanTask), typeof(TaskAssignment), typeof(WorkflowTimer),
        typeof(JournalEntry), typeof(Incident), typeof(OutboxMessage), typeof(IdempotencyRecord),
    ];

        /// <summary>
    /// Writes the engine's tracked changes in the current transaction; false (nothing written) when they include a
    /// deletion or a table this writer does not handle; OthersChanged tells whether anything else is left for
    /// <c>SaveChanges</c>.
    /// </summary>
    public static async Task<(bool Written, bool OthersChanged)> WriteAsync(IWorkflowDbContext db, CancellationToken cancellationToken)
    {
        var context = db.Database.GetService<ICurrentDbContext>().Context;
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The step's rows are written inside its transaction.");
        var rows = new List<(int Rank, EntityEntry Entry, MappedTable Table)>();
        var othersChanged = false;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var rank = Array.IndexOf(Order, entry.Metadata.ClrType);
            if (rank < 0)
            {
                othersChanged = true;
                continue;
            }

            var table = MappedTable.Of(context, entry.Metadata.ClrType);
            if (entry.State == EntityState.Deleted || table.HasShadowProperties || table.HasGeneratedValues)
            {
                return (false, true);
            }

            rows.Add((rank, entry, table));
        }

        if (rows.Count == 0)
        {
            return (true, othersChanged);
        }

        // Stable: within a table, rows go in the order the step made them (journal entries by sequence).
        rows = [.. rows.OrderBy(r => r.Rank)];
        var connection = db.Database.GetDbConnection();
        var sql = db.Database.GetService<ISqlGenerationHelper>();
        try
        {
            if (connection.CanCreateBatch)
            {
                await WriteBatchAsync(connection, transaction, rows, cancellationToken);
            }
            else
            {
                await WriteEachAsync(connection, transaction, sql, rows, cancellationToken);
            }
        }
        catch (DbException exception)
        {
            throw new DbUpdateException("A step's row could not be saved: " + exception.Message, exception);
        }

        foreach (var (_, entry, _) in rows)
        {
            // What SaveChanges does to each entry it has saved: current values become the original ones, the state unchanged.
#pragma warning disable EF1001 // Internal EF Core API: the per-entry half of ChangeTracker.AcceptAllChanges, which would also accept the rows still to save.
            entry.GetInfrastructure().AcceptChanges();
#pragma warning restore EF1001
        }

        return (true, othersChanged);
    }

    private static async Task WriteEachAsync(DbConnection connection, DbTransaction transaction, ISqlGenerationHelper sql, List<(int Rank, EntityEntry Entry, MappedTable Table)> rows, CancellationToken cancellationToken)
    {
        foreach (var (_, entry, table) in rows)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var parameters = new List<DbParameter>(table.Columns.Length);
            command.CommandText = Statement(command, parameters, entry, table, index => sql.GenerateParameterNamePlaceholder(Name(index)), index => sql.GenerateParameterName(Name(index)));
            command.Parameters.AddRange(parameters.ToArray());
            if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw Stale(entry);
            }
        }
    }

    private static async Task WriteBatchAsync(DbConnection connection, DbTransaction transaction, List<(int Rank, EntityEntry Entry, MappedTable Table)> rows, CancellationToken cancellationToken)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        // Parameters are made by the type mappings, which need a command to make them with.
        await using var factory = connection.CreateCommand();
        foreach (var (_, entry, table) in rows)
        {
            var command = batch.CreateBatchCommand();
            var parameters = new List<DbParameter>(table.Columns.Length);
            command.CommandText = Statement(factory, parameters, entry, table, index => "$" + (index + 1).ToString(CultureInfo.InvariantCulture), _ => "");
            command.Parameters.AddRange(parameters.ToArray());
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            if (batch.BatchCommands[i].RecordsAffected != 1)
            {
                throw Stale(rows[i].Entry);
            }
        }
    }

    /// <summary>
    /// The row's INSERT, or its UPDATE of the modified columns guarded by key and concurrency tokens. Its parameters,
    /// made with <paramref name="factory"/>, go to <paramref name="parameters"/>.
    /// </summary>
    private static string Statement(DbCommand factory, List<DbParameter> parameters, EntityEntry entry, MappedTable table, Func<int, string> placeholder, Func<int, string> parameterName)
    {
        var entity = entry.Entity;
        void Parameter(MappedColumn column, object? value) =>
            parameters.Add(column.Mapping.CreateParameter(factory, parameterName(parameters.Count), value, column.Property.IsNullable));

        var text = new StringBuilder(256);
        if (entry.State == EntityState.Added)
        {
            text.Append(table.InsertPrefix);
            for (var c = 0; c < table.Columns.Length; c++)
            {
                Parameter(table.Columns[c], table.Columns[c].Getter.GetClrValue(entity));
                text.Append(c == 0 ? "" : ", ").Append(placeholder(c));
            }

            return text.Append(')').ToString();
        }

        text.Append("UPDATE ").Append(table.Name).Append(" SET ");
        var set = 0;
        foreach (var column in table.Columns)
        {
            if (!column.IsKey && entry.Property(column.Property).IsModified)
            {
                Parameter(column, column.Getter.GetClrValue(entity));
                text.Append(set++ == 0 ? "" : ", ").Append(column.Name).Append(" = ").Append(placeholder(parameters.Count - 1));
            }
        }

        if (set == 0)
        {
            // Nothing of the row itself changed (a navigation did): touch the key, so the row is still checked.
            var key = table.Columns.First(c => c.IsKey);
            text.Append(key.Name).Append(" = ").Append(key.Name);
        }

        text.Append(" WHERE ");
        var condition = 0;
        foreach (var column in table.Columns)
        {
            if (!column.IsKey && !column.IsConcurrencyToken)
            {
                continue;
            }

            var value = column.IsKey ? column.Getter.GetClrValue(entity) : entry.OriginalValues[column.Property];
            text.Append(condition++ == 0 ? "" : " AND ").Append(column.Name);
            if (value is null)
            {
                text.Append(" IS NULL");
                continue;
            }

            Parameter(column, value);
            text.Append(" = ").Append(placeholder(parameters.Count - 1));
        }

        return text.ToString();
    }

    private static DbUpdateConcurrencyException Stale(EntityEntry entry) =>
        new($"The {entry.Metadata.ClrType.Name} row was changed or removed by someone else since it was read.");

    private static string Name(int index) => "p" + index.ToString(CultureInfo.InvariantCulture);
}
