using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Workflows.Tests.Runtime;

/// <summary>Reassigning a task on a coordinator's say (a partner's named contact takes over the partner's part).</summary>
public sealed class ReassignTests : IAsyncLifetime, IDisposable
{
    private const string Route = """
        {
          "id": "reassigned", "version": 1, "title": {"ru": "Проверка", "en": "Check"}, "subjectKind": "agreement", "startStage": "review",
          "stages": [
            {
              "id": "review", "title": {"ru": "Рассмотрение", "en": "Review"},
              "tasks": [{
                "id": "partner-review", "title": {"ru": "Рассмотреть", "en": "Consider"},
                "assignees": [{"party": "base", "role": "director"}], "completion": "any",
                "outcomes": [{"id": "accept", "title": {"ru": "Принять", "en": "Accept"}}]
              }],
              "transitions": [{"on": {"task": "partner-review", "outcome": "accept"}, "to": "done"}]
            },
            {"id": "done", "title": {"ru": "Готово", "en": "Done"}, "final": true}
          ]
        }
        """;

    private static readonly Guid Director = Guid.NewGuid();
    private static readonly Guid Contact = Guid.NewGuid();
    private static readonly Guid Coordinator = Guid.NewGuid();
    private static readonly Guid Organization = Guid.NewGuid();

    private EngineHarness _engine = null!;
    private DbContextOptions<GuardTestDbContext> _options = null!;

    public async Task InitializeAsync()
    {
        _engine = await EngineHarness.OpenAsync();
        _options = _engine.Options;
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    public void Dispose() => _engine?.Dispose();

    [Fact]
    public async Task Reassign_MakesTheContactTheAssignee_KeepsTheDirectorInHistory_AndJournalsWhoDecided()
    {
        var (instanceId, assignmentId) = await StartAsync();

        await using (var db = new GuardTestDbContext(_options))
        {
            var result = await Runtime(db).ReassignTaskAsync(assignmentId, Contact, Coordinator, "partner-contact", notify: false, CancellationToken.None);
            result.Succeeded.Should().BeTrue(result.Message);
        }

        await using var check = new GuardTestDbContext(_options);
        var assignment = await check.TaskAssignments.SingleAsync(a => a.Id == assignmentId);
        (assignment.AssigneePersonId, assignment.DelegatedByPersonId, assignment.Status).Should().Be((Contact, Director, AssignmentStatus.Open));
        var entry = await check.JournalEntries.Where(j => j.InstanceId == instanceId && j.Kind == JournalEntryKind.TaskDelegated).SingleAsync();
        entry.ActorPersonId.Should().Be(Coordinator);
        entry.Details.Should().Contain(Director.ToString()).And.Contain(Contact.ToString()).And.Contain("partner-contact");
        (await check.OutboxMessages.CountAsync(m => m.Kind == "task-assigned" && m.RecipientPersonId == Contact)).Should().Be(0, "the caller sends its own e-mail");

        // The contact answers as the assignee now; the director no longer can.
        await using var answer = new GuardTestDbContext(_options);
        (await Runtime(answer).CompleteTaskAsync(new CompleteTask(assignmentId, Director, "accept", null), CancellationToken.None)).Status.Should().Be(StepStatus.Forbidden);
        (await Runtime(answer).CompleteTaskAsync(new CompleteTask(assignmentId, Contact, "accept", null), CancellationToken.None)).Stage.Should().Be("done");
    }

    [Fact]
    public async Task Reassign_OfAnAnsweredTask_OrToTheSameAssignee_IsRefused_AndChangesNothing()
    {
        var (instanceId, assignmentId) = await StartAsync();
        await using (var db = new GuardTestDbContext(_options))
        {
            (await Runtime(db).ReassignTaskAsync(assignmentId, Director, Coordinator, "partner-contact", notify: true, CancellationToken.None))
                .Status.Should().Be(StepStatus.Conflict);
        }

        await using (var db = new GuardTestDbContext(_options))
        {
            (await Runtime(db).CompleteTaskAsync(new CompleteTask(assignmentId, Director, "accept", null), CancellationToken.None)).Succeeded.Should().BeTrue();
        }

        await using (var db = new GuardTestDbContext(_options))
        {
            (await Runtime(db).ReassignTaskAsync(assignmentId, Contact, Coordinator, "partner-contact", notify: true, CancellationToken.None))
                .Status.Should().Be(StepStatus.Conflict);
        }

        await using var check = new GuardTestDbContext(_options);
        (await check.TaskAssignments.SingleAsync(a => a.Id == assignmentId)).AssigneePersonId.Should().Be(Director);
        (await check.JournalEntries.CountAsync(j => j.InstanceId == instanceId && j.Kind == JournalEntryKind.TaskDelegated)).Should().Be(0);
    }

    private async Task<(Guid InstanceId, Guid AssignmentId)> StartAsync()
    {
        await using var db = new GuardTestDbContext(_options);
        var started = await Runtime(db).StartAsync(
            new StartWorkflow("reassigned", SubjectKind.Agreement, Guid.NewGuid(), [(Organization, PartyRole.Base)], [], Coordinator), CancellationToken.None);
        started.Succeeded.Should().BeTrue(started.Message);
        var assignment = await db.TaskAssignments.SingleAsync(a => a.InstanceId == started.InstanceId);
        return (started.InstanceId!.Value, assignment.Id);
    }

    private static WorkflowRuntime Runtime(GuardTestDbContext db) => EngineHarness.Runtime(db, "reassigned.v1.json", Route, _ => Director);
}
