using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Outbox;
using AgreementFlow.Workflows.Runtime.Timers;

namespace AgreementFlow.Workflows.Runtime;

/// <summary>The changes one step is making, gathered before they are committed together.</summary>
internal sealed class Step(WorkflowInstance instance, WorkflowDefinition definition, JsonObject data, DateTime nowUtc)
{
    public WorkflowInstance Instance { get; } = instance;

    public WorkflowDefinition Definition { get; } = definition;

    public JsonObject Data { get; } = data;

    public DateTime NowUtc { get; } = nowUtc;

    public List<JournalEntry> JournalEntries { get; } = [];

    public List<OutboxMessage> Messages { get; } = [];

    /// <summary>Action timers due at once: run right after the commit.</summary>
    public List<WorkflowTimer> ImmediateActions { get; } = [];

    public int ImmediateTransitions { get; set; }

    /// <summary>
    /// Pending timers to cancel in the commit's transaction with one statement each, rather than loaded and updated
    /// one by one: those of an assignment, or (no assignment) every non-action timer of the instance.
    /// </summary>
    public List<Guid?> TimerCancellations { get; } = [];

    /// <summary>Set when every open task of the instance, with its assignments, is tracked: no need to query open work again.</summary>
    public bool OpenWorkLoaded { get; init; }

    /// <summary>Set when a stage-exit guard refused the move: the step is dropped, not committed.</summary>
    public Extensions.StageExitRefusal? Refusal { get; set; }

    public JournalEntry Journal(
        JournalEntryKind kind,
        Guid? actor,
        Guid? actingFor,
        Guid? organizationId,
        string? fromStage = null,
        string? toStage = null,
        string? taskId = null,
        string? outcome = null,
        string? comment = null,
        string? details = null)
    {
        var entry = new JournalEntry
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(NowUtc, TimeSpan.Zero)),
            InstanceId = Instance.Id,
            Sequence = Instance.JournalLength + 1,
            AtUtc = NowUtc,
            Kind = kind,
            ActorPersonId = actor,
            ActingForPersonId = actingFor,
            OrganizationId = organizationId,
            FromStage = fromStage,
            ToStage = toStage,
            TaskId = taskId,
            Outcome = outcome,
            Comment = comment,
            Details = details,
            PreviousHash = Instance.JournalLength == 0 ? JournalChain.Genesis : Instance.JournalHead,
            Hash = "",
        };
        entry.Hash = JournalChain.ComputeHash(entry);
        Instance.JournalLength = entry.Sequence;
        Instance.JournalHead = entry.Hash;
        JournalEntries.Add(entry);
        return entry;
    }
}
