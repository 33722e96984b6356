using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    // Kinds as the model stores them (enum names as text).
    private const string ReminderKinds = "('Reminder', 'TaskDue')";
    private const string StepKinds = "('Stage', 'Action')";

    private bool IsPostgres => db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    /// <summary>
    /// The one statement that takes due rows: an <c>UPDATE … WHERE "Id" IN (SELECT … ORDER BY "DueAtUtc" LIMIT n) RETURNING</c>.
    /// </summary>
    /// <remarks>
    /// On PostgreSQL the inner select locks with <c>FOR UPDATE SKIP LOCKED</c>, so two nodes sweeping at once take
    /// disjoint rows without waiting on each other; it is written <c>= ANY(ARRAY(SELECT …))</c>, evaluated once,
    /// because the planner may re-scan an <c>IN (SELECT … LIMIT n)</c> and then update more than n rows. On SQLite
    /// the statement runs under the database's single write lock. The outer condition re-checks each row either way. <paramref name="set"/> and
    /// <paramref name="kinds"/> are constant SQL of this class, never input.
    /// </remarks>
    private string ClaimSql(string set, string kinds, string returning) =>
        $"""
        UPDATE "WorkflowTimers" SET {set}
        WHERE "Id" {(IsPostgres ? "= ANY(ARRAY(" : "IN (")}
            SELECT "Id" FROM "WorkflowTimers"
            WHERE "Status" = 'Pending' AND "DueAtUtc" <= {"{0}"} AND ("ClaimedUntilUtc" IS NULL OR "ClaimedUntilUtc" < {"{0}"}) AND "Kind" IN {kinds}
            ORDER BY "DueAtUtc"
            LIMIT {"{1}"}{(IsPostgres ? " FOR UPDATE SKIP LOCKED))" : ")")}
        AND "Status" = 'Pending' AND ("ClaimedUntilUtc" IS NULL OR "ClaimedUntilUtc" < {"{0}"})
        RETURNING {returning}
        """;

    /// <summary>Claims up to <paramref name="limit"/> due timers of the given kinds for this node until the claim lapses.</summary>
    private async Task<List<ClaimedTimer>> ClaimAsync(string kinds, int limit, CancellationToken cancellationToken)
    {
        var now = Now;
        var sql = ClaimSql("\"ClaimedBy\" = {2}, \"ClaimedUntilUtc\" = {3}", kinds, "\"Id\", \"DueAtUtc\"");
        var claimed = await db.Database.SqlQueryRaw<ClaimedTimer>(sql, now, limit, options.Value.NodeName, now + options.Value.ClaimDuration)
            .ToListAsync(cancellationToken);
        claimed.Sort((a, b) => a.DueAtUtc.CompareTo(b.DueAtUtc));
        return claimed;
    }

    /// <summary>
    /// Marks up to <paramref name="limit"/> due reminder and deadline timers fired, in the caller's transaction, and
    /// returns them: their firing commits or rolls back with what they write.
    /// </summary>
    private async Task<List<WorkflowTimer>> TakeDueRemindersAsync(int limit, CancellationToken cancellationToken)
    {
        var now = Now;
        var sql = ClaimSql("\"Status\" = 'Fired', \"FiredAtUtc\" = {0}, \"Attempts\" = \"Attempts\" + 1, \"ClaimedBy\" = {2}", ReminderKinds, "*");
        return await db.WorkflowTimers.FromSqlRaw(sql, now, limit, options.Value.NodeName).AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>What a batch of reminders loaded at once: the assignments, and how many overdue reminders of this one have fired (this one included).</summary>
    private sealed record ReminderBatch(IReadOnlyDictionary<Guid, Tasks.TaskAssignment> Assignments, int OverdueFired);

    /// <summary>A row the claim returned.</summary>
    private sealed record ClaimedTimer(Guid Id, DateTime DueAtUtc);
}
