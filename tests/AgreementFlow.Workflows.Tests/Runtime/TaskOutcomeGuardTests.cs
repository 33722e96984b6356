using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Workflows.Tests.Runtime;

/// <summary>The task-outcome hook: guards are asked before an answer changes anything, and a refusal keeps the task open.</summary>
public sealed class TaskOutcomeGuardTests : IAsyncLifetime, IDisposable
{
    private const string Route = """
        {
          "id": "signed", "version": 1, "title": {"ru": "Подписание", "en": "Signing"}, "subjectKind": "agreement", "startStage": "signing",
          "stages": [
            {
              "id": "signing", "title": {"ru": "Подписание", "en": "Signing"},
              "tasks": [{
                "id": "sign", "title": {"ru": "Подписать", "en": "Sign"},
                "assignees": [{"party": "base", "role": "director"}], "completion": "any",
                "outcomes": [
                  {"id": "sign", "title": {"ru": "Подписать", "en": "Sign"}},
                  {"id": "return", "title": {"ru": "Вернуть", "en": "Return"}, "decisive": true}
                ]
              }],
              "transitions": [
                {"on": {"task": "sign", "outcome": "sign"}, "to": "active"},
                {"on": {"task": "sign", "outcome": "return"}, "to": "active"}
              ]
            },
            {"id": "active", "title": {"ru": "Действует", "en": "Active"}, "final": true}
          ]
        }
        """;

    private static readonly Guid Director = Guid.NewGuid();
    private static readonly Guid Organization = Guid.NewGuid();

    private EngineHarness _engine = null!;
    private readonly SignatureRequiredGuard _guard = new();
    private DbContextOptions<GuardTestDbContext> _options = null!;

    public async Task InitializeAsync()
    {
        _engine = await EngineHarness.OpenAsync();
        _options = _engine.Options;
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    public void Dispose() => _engine?.Dispose();

    [Fact]
    public async Task ARefusedOutcome_KeepsTheTaskOpen_AndWritesNothing()
    {
        var (instanceId, assignmentId) = await StartAsync();

        var result = await CompleteAsync(assignmentId, "sign");

        result.Status.Should().Be(StepStatus.NotAllowed);
        result.Message.Should().Contain("/sign");
        result.Reasons.Should().Equal("подпись не записана");
        await using var db = new GuardTestDbContext(_options);
        (await db.WorkflowInstances.SingleAsync(i => i.Id == instanceId)).Stage.Should().Be("signing");
        (await db.TaskAssignments.SingleAsync(a => a.Id == assignmentId)).Status.Should().Be(AssignmentStatus.Open);
        (await db.JournalEntries.CountAsync(j => j.InstanceId == instanceId && j.Kind == JournalEntryKind.TaskCompleted)).Should().Be(0);
        var asked = _guard.Asked.Should().ContainSingle().Subject;
        (asked.Task.TaskId, asked.Outcome, asked.PersonId, asked.Assignment.Id).Should().Be(("sign", "sign", Director, assignmentId));
    }

    [Fact]
    public async Task AnOutcomeTheGuardLets_MovesTheInstanceOn()
    {
        var (_, assignmentId) = await StartAsync();

        var result = await CompleteAsync(assignmentId, "return");

        result.Succeeded.Should().BeTrue(result.Message);
        result.Stage.Should().Be("active");
    }

    private async Task<(Guid InstanceId, Guid AssignmentId)> StartAsync()
    {
        await using var db = new GuardTestDbContext(_options);
        var started = await Runtime(db).StartAsync(
            new StartWorkflow("signed", SubjectKind.Agreement, Guid.NewGuid(), [(Organization, PartyRole.Base)], [], Director), CancellationToken.None);
        started.Succeeded.Should().BeTrue(started.Message);
        var assignment = await db.TaskAssignments.SingleAsync(a => a.InstanceId == started.InstanceId);
        return (started.InstanceId!.Value, assignment.Id);
    }

    private async Task<StepResult> CompleteAsync(Guid assignmentId, string outcome)
    {
        await using var db = new GuardTestDbContext(_options);
        return await Runtime(db).CompleteTaskAsync(new CompleteTask(assignmentId, Director, outcome, null), CancellationToken.None);
    }

    private WorkflowRuntime Runtime(GuardTestDbContext db) => EngineHarness.Runtime(db, "signed.v1.json", Route, _ => Director, outcomeGuard: _guard);

    private sealed class SignatureRequiredGuard : ITaskOutcomeGuard
    {
        public List<TaskOutcomeAttempt> Asked { get; } = [];

        public Task<StageExitRefusal?> CheckAsync(TaskOutcomeAttempt attempt, CancellationToken cancellationToken)
        {
            Asked.Add(attempt);
            return Task.FromResult(attempt.Outcome == "sign"
                ? new StageExitRefusal("Подписать можно только на странице подписания: /agreements/…/sign.", ["подпись не записана"])
                : null);
        }
    }
}
