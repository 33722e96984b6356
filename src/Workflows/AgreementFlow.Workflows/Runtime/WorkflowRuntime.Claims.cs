using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    // Which pending rows a take reads: the condition of its partial index, word for word (see TimerIndexes).
    private const string ReminderKinds = TimerIndexes.RemindersFilter;
    private const string StepKinds = TimerIndexes.StepsFilter;

    private bool IsPostgres => db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    /// <summary>
    /// The one statement that takes due rows: an <c>UPDATE … WHERE "Id" IN (SELECT … ORDER BY "DueAtUtc" LIMIT n) RETURNING</c>.
    /// </summary>
    /// <remarks>
    /// On PostgreSQL the inner select locks with <c>FOR UPDATE SKIP LOCKED</c>, so two nodes sweeping at once take
    /// disjoint rows without waiting on each other; it is written <c>= ANY(ARRAY(SELECT …))</c>, evaluated once,
    /// because the planner may re-scan an <c>IN (SELECT … LIMIT n)</c> and then update more than n rows. On SQLite
    /// the statement runs under the database's single write lock. The outer condition re-checks each row either way.
    /// <paramref name="pending"/> is the condition of the partial index the inner select walks in due order
    /// (<see cref="TimerIndexes"/>). <paramref name="set"/> and <paramref name="pending"/> are constant SQL of this class, never input.
    /// </remarks>
    private string ClaimSql(string set, string pending, string returning) =>
        $"""
        UPDATE "WorkflowTimers" SET {set}
        WHERE "Id" {(IsPostgres ? "= ANY(ARRAY(" : "IN (")}
            SELECT "Id" FROM "WorkflowTimers"
            WHERE {pending} AND "DueAtUtc" <= {"{0}"} AND ("ClaimedUntilUtc" IS NULL OR "ClaimedUntilUtc" < {"{0}"})
            ORDER BY "DueAtUtc"
            LIMIT {"{1}"}{(IsPostgres ? " FOR UPDATE SKIP LOCKED))" : ")")}
        AND "Status" = 'Pending' AND ("ClaimedUntilUtc" IS NULL OR "ClaimedUntilUtc" < {"{0}"})
        RETURNING {returning}
        """;

    /// <summary>Claims up to <paramref name="limit"/> due pending timers (<paramref name="pending"/>: which kinds) for this node until the claim lapses.</summary>
    private async Task<List<ClaimedTimer>> ClaimAsync(string pending, int limit, CancellationToken cancellationToken)
    {
        var now = Now;
        var sql = ClaimSql("\"ClaimedBy\" = {2}, \"ClaimedUntilUtc\" = {3}", pending, "\"Id\", \"DueAtUtc\"");
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

    /// <summary>
    /// What a batch of reminders loaded at once (the assignments, how many overdue reminders of each have fired, the
    /// batch's included) and what it writes: rows that are only inserted, kept out of the change tracker.
    /// </summary>
    private sealed class ReminderBatch(IReadOnlyDictionary<Guid, Tasks.TaskAssignment> assignments, IReadOnlyDictionary<Guid, int> overdueFired)
    {
        public IReadOnlyDictionary<Guid, Tasks.TaskAssignment> Assignments { get; } = assignments;

        public IReadOnlyDictionary<Guid, int> OverdueFired { get; } = overdueFired;

        /// <summary>Each organisation's time, asked once per batch.</summary>
        public Dictionary<Guid, Extensions.OrganizationTime> Times { get; } = [];

        public List<Outbox.OutboxMessage> Messages { get; } = [];

        public List<WorkflowTimer> Timers { get; } = [];
    }

    /// <summary>A row the claim returned.</summary>
    private sealed record ClaimedTimer(Guid Id, DateTime DueAtUtc);
}
