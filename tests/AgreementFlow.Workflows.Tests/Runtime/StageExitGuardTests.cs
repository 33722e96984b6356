using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Workflows.Tests.Runtime;

/// <summary>The stage-exit hook: guards are asked before a person's answer leaves a stage, and a refusal changes nothing.</summary>
public sealed class StageExitGuardTests : IAsyncLifetime, IDisposable
{
    private const string Route = """
        {
          "id": "guarded", "version": 1, "title": {"ru": "Проверка", "en": "Check"}, "subjectKind": "agreement", "startStage": "drafting",
          "stages": [
            {
              "id": "drafting", "title": {"ru": "Подготовка", "en": "Drafting"},
              "tasks": [{
                "id": "prepare", "title": {"ru": "Подготовить", "en": "Prepare"},
                "assignees": [{"party": "base", "role": "coordinator"}], "completion": "any",
                "outcomes": [{"id": "submit", "title": {"ru": "Направить", "en": "Submit"}}]
              }],
              "transitions": [{"on": {"task": "prepare", "outcome": "submit"}, "to": "review"}]
            },
            {"id": "review", "title": {"ru": "Проверка", "en": "Review"}, "final": true}
          ]
        }
        """;

    private static readonly Guid Coordinator = Guid.NewGuid();
    private static readonly Guid Organization = Guid.NewGuid();

    private EngineHarness _engine = null!;
    private readonly RecordingGuard _guard = new();
    private DbContextOptions<GuardTestDbContext> _options = null!;

    public async Task InitializeAsync()
    {
        _engine = await EngineHarness.OpenAsync();
        _options = _engine.Options;
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    public void Dispose() => _engine?.Dispose();

    [Fact]
    public async Task ARefusal_KeepsTheInstanceInItsStage_TheTaskOpen_AndWritesNothing()
    {
        var (instanceId, assignmentId) = await StartAsync();
        _guard.Refusal = new StageExitRefusal("Нельзя: не указан срок действия договора.", ["не указан срок действия договора"]);

        var result = await CompleteAsync(assignmentId, new JsonObject { ["note"] = "x" });

        result.Status.Should().Be(StepStatus.NotAllowed);
        result.Message.Should().Contain("не указан срок действия договора");
        result.Reasons.Should().Equal("не указан срок действия договора");
        await using var db = new GuardTestDbContext(_options);
        var instance = await db.WorkflowInstances.SingleAsync(i => i.Id == instanceId);
        instance.Stage.Should().Be("drafting");
        instance.Revision.Should().Be(1);
        instance.Data.Should().NotContain("note", "the answer's data is not kept either");
        (await db.TaskAssignments.SingleAsync(a => a.Id == assignmentId)).Status.Should().Be(AssignmentStatus.Open);
        (await db.JournalEntries.CountAsync(j => j.InstanceId == instanceId && j.Kind == JournalEntryKind.TaskCompleted)).Should().Be(0);
    }

    [Fact]
    public async Task TheGuard_IsAskedWithTheMoveAndTheMergedData_AndWhenItAgrees_TheInstanceMovesOn()
    {
        var (instanceId, assignmentId) = await StartAsync();

        var result = await CompleteAsync(assignmentId, new JsonObject { ["term"] = new JsonObject { ["to"] = "2027-06-30" } });

        result.Succeeded.Should().BeTrue(result.Message);
        result.Stage.Should().Be("review");
        var asked = _guard.Asked.Should().ContainSingle().Subject;
        (asked.FromStage, asked.ToStage, asked.ActorPersonId).Should().Be(("drafting", "review", Coordinator));
        asked.Data["term"]!["to"]!.GetValue<string>().Should().Be("2027-06-30");
        asked.Instance.Id.Should().Be(instanceId);
    }

    private async Task<(Guid InstanceId, Guid AssignmentId)> StartAsync()
    {
        await using var db = new GuardTestDbContext(_options);
        var started = await Runtime(db).StartAsync(
            new StartWorkflow("guarded", SubjectKind.Agreement, Guid.NewGuid(), [(Organization, PartyRole.Base)], [], Coordinator), CancellationToken.None);
        started.Succeeded.Should().BeTrue(started.Message);
        var assignment = await db.TaskAssignments.SingleAsync(a => a.InstanceId == started.InstanceId);
        return (started.InstanceId!.Value, assignment.Id);
    }

    private async Task<StepResult> CompleteAsync(Guid assignmentId, JsonObject data)
    {
        await using var db = new GuardTestDbContext(_options);
        return await Runtime(db).CompleteTaskAsync(new CompleteTask(assignmentId, Coordinator, "submit", null, Data: data), CancellationToken.None);
    }

    private WorkflowRuntime Runtime(GuardTestDbContext db) => EngineHarness.Runtime(db, "guarded.v1.json", Route, _ => Coordinator, stageGuard: _guard);

    private sealed class RecordingGuard : IStageExitGuard
    {
        public StageExitRefusal? Refusal { get; set; }

        public List<StageExit> Asked { get; } = [];

        public Task<StageExitRefusal?> CheckAsync(StageExit move, CancellationToken cancellationToken)
        {
            Asked.Add(move);
            return Task.FromResult(Refusal);
        }
    }
}
