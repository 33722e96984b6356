using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Tasks;
using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Workflows.Tests.Runtime;

/// <summary>Reissuing: an answer that no longer holds is taken back and the person has the task again, in one journaled step.</summary>
public sealed class ReissueTests : IAsyncLifetime, IDisposable
{
    private const string Route = """
        {
          "id": "approving", "version": 1, "title": {"ru": "Согласование", "en": "Approval"}, "subjectKind": "agreement", "startStage": "approval",
          "stages": [
            {
              "id": "approval", "title": {"ru": "Согласование", "en": "Approval"},
              "tasks": [{
                "id": "approve", "title": {"ru": "Согласовать", "en": "Approve"},
                "assignees": [{"party": "everyParty", "role": "director"}], "completion": "all",
                "outcomes": [{"id": "approve", "title": {"ru": "Согласовать", "en": "Approve"}}],
                "due": {"workingDays": 3},
                "reminders": {"onAssignment": true, "onDueDay": true}
              }],
              "transitions": [{"on": {"task": "approve", "outcome": "approve"}, "to": "signing"}]
            },
            {"id": "signing", "title": {"ru": "Подписание", "en": "Signing"}, "final": true}
          ]
        }
        """;

    private static readonly Guid BaseOrganization = Guid.NewGuid();
    private static readonly Guid Partner = Guid.NewGuid();
    private static readonly Guid BaseDirector = Guid.NewGuid();
    private static readonly Guid PartnerDirector = Guid.NewGuid();
    private static readonly Guid Legal = Guid.NewGuid();

    private EngineHarness _engine = null!;
    private readonly MovableClock _clock = new(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero));
    private DbContextOptions<GuardTestDbContext> _options = null!;

    public async Task InitializeAsync()
    {
        _engine = await EngineHarness.OpenAsync();
        _options = _engine.Options;
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    public void Dispose() => _engine?.Dispose();

    [Fact]
    public async Task AReissuedAnswer_IsOpenAgainForTheSamePerson_WithADeadline_AJournalEntrySayingWhy_AndAnEMail()
    {
        var (instanceId, first, _) = await StartAndApproveFirstAsync();
        _clock.Advance(TimeSpan.FromHours(1));

        await using var db = new GuardTestDbContext(_options);
        var result = await Runtime(db).ReissueAsync(
            new ReissueAssignments(instanceId, [first], "согласование аннулировано: изменён текст (версия 1 → 2)", Legal, new JsonObject { ["toVersion"] = 2 }),
            CancellationToken.None);

        result.Succeeded.Should().BeTrue(result.Message);
        result.Stage.Should().Be("approval");
        await using var check = new GuardTestDbContext(_options);
        var assignment = await check.TaskAssignments.SingleAsync(a => a.Id == first);
        (assignment.Status, assignment.AssigneePersonId, assignment.Outcome, assignment.CompletedAtUtc).Should().Be((AssignmentStatus.Open, BaseDirector, (string?)null, (DateTime?)null));
        assignment.DueAtUtc.Should().BeAfter(_clock.GetUtcNow().UtcDateTime);
        var entry = await check.JournalEntries.Where(j => j.InstanceId == instanceId).OrderByDescending(j => j.Sequence).FirstAsync();
        (entry.Kind, entry.ActorPersonId, entry.Outcome, entry.Comment).Should().Be(
            (JournalEntryKind.TaskReissued, (Guid?)Legal, "approve", "согласование аннулировано: изменён текст (версия 1 → 2)"));
        entry.Details.Should().Contain(first.ToString()).And.Contain("\"toVersion\":2");
        JournalChain.Verify(await check.JournalEntries.Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence).ToListAsync()).Intact.Should().BeTrue();
        var mail = await check.OutboxMessages.Where(m => m.AssignmentId == first).OrderByDescending(m => m.CreatedAtUtc).FirstAsync();
        (mail.Kind, mail.RecipientPersonId).Should().Be(("task-assigned", (Guid?)BaseDirector));
        var payload = JsonNode.Parse(mail.Payload)!;
        (payload["reissued"]!.GetValue<bool>(), payload["reason"]!.GetValue<string>()).Should().Be((true, "согласование аннулировано: изменён текст (версия 1 → 2)"));
        (await check.WorkflowTimers.CountAsync(t => t.AssignmentId == first && t.Status == TimerStatus.Pending)).Should().Be(1, "the reminder chain starts again");
        (await check.WorkflowInstances.SingleAsync(i => i.Id == instanceId)).Revision.Should().Be(3);
    }

    [Fact]
    public async Task AnAnswerWhoseTaskHasEnded_IsLeftAsItIs()
    {
        var (instanceId, first, second) = await StartAndApproveFirstAsync();
        await using (var db = new GuardTestDbContext(_options))
        {
            (await Runtime(db).CompleteTaskAsync(new CompleteTask(second, PartnerDirector, "approve", null), CancellationToken.None)).Stage.Should().Be("signing");
        }

        await using (var db = new GuardTestDbContext(_options))
        {
            (await Runtime(db).ReissueAsync(new ReissueAssignments(instanceId, [first, second], "поздно", Legal), CancellationToken.None)).Succeeded.Should().BeTrue();
        }

        await using var check = new GuardTestDbContext(_options);
        (await check.TaskAssignments.Where(a => a.InstanceId == instanceId).Select(a => a.Status).ToListAsync()).Should().OnlyContain(s => s == AssignmentStatus.Completed);
        (await check.JournalEntries.CountAsync(j => j.InstanceId == instanceId && j.Kind == JournalEntryKind.TaskReissued)).Should().Be(0);
    }

    private async Task<(Guid InstanceId, Guid First, Guid Second)> StartAndApproveFirstAsync()
    {
        Guid instanceId;
        await using (var db = new GuardTestDbContext(_options))
        {
            var started = await Runtime(db).StartAsync(
                new StartWorkflow("approving", SubjectKind.Agreement, Guid.NewGuid(), [(BaseOrganization, PartyRole.Base), (Partner, PartyRole.Partner)], [], BaseDirector),
                CancellationToken.None);
            started.Succeeded.Should().BeTrue(started.Message);
            instanceId = started.InstanceId!.Value;
        }

        await using var again = new GuardTestDbContext(_options);
        var assignments = await again.TaskAssignments.Where(a => a.InstanceId == instanceId).OrderBy(a => a.Sequence).ToListAsync();
        (await Runtime(again).CompleteTaskAsync(new CompleteTask(assignments[0].Id, BaseDirector, "approve", null), CancellationToken.None)).Succeeded.Should().BeTrue();
        return (instanceId, assignments[0].Id, assignments[1].Id);
    }

    private WorkflowRuntime Runtime(GuardTestDbContext db) => EngineHarness.Runtime(db, "approving.v1.json", Route, organization => organization == BaseOrganization ? BaseDirector : PartnerDirector, clock: _clock);

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
