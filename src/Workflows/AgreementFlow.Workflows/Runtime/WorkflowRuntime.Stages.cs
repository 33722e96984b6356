using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Journal;
using AgreementFlow.Workflows.Runtime.Persistence;
using AgreementFlow.Workflows.Runtime.Tasks;
using AgreementFlow.Workflows.Runtime.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AgreementFlow.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    // Asked on entering every stage; compiled once (see CompiledPerModel).
    private static readonly CompiledPerModel<Func<DbContext, Guid, string, CancellationToken, Task<int?>>> LastRound = new(() =>
        EF.CompileAsyncQuery((DbContext context, Guid instanceId, string stageId, CancellationToken _) =>
            context.Set<HumanTask>().Where(t => t.InstanceId == instanceId && t.Stage == stageId).Max(t => (int?)t.Round)));

    /// <summary>Leaves the current stage (cancelling its open work) and enters <paramref name="stageId"/>.</summary>
    private async Task EnterStageAsync(Step step, string stageId, Guid? actor, CancellationToken cancellationToken)
    {
        var instance = step.Instance;
        var from = instance.Stage;
        var isStart = instance.JournalLength == 1 && step.JournalEntries.Count == 1;
        if (!isStart)
        {
            await CancelOpenWorkAsync(instance.Id, step, cancellationToken);
        }

        var stage = step.Definition.GetStage(stageId);
        instance.StageRound = isStart || from != stageId ? await NextRoundAsync(instance, stageId, cancellationToken) : instance.StageRound + 1;
        instance.Stage = stageId;
        instance.StageEnteredAtUtc = step.NowUtc;
        step.Journal(JournalEntryKind.StageEntered, actor, null, null, fromStage: isStart ? null : from, toStage: stageId);

        foreach (var task in stage.Tasks)
        {
            await CreateTaskAsync(step, stage, task, cancellationToken);
        }

        foreach (var action in stage.OnEnter)
        {
            var timer = NewTimer(step, TimerKind.Action, action.Name, step.NowUtc);
            timer.Payload = JsonSerializer.Serialize(action.Parameters);
            step.ImmediateActions.Add(timer);
        }

        foreach (var timer in stage.Timers)
        {
            var due = await StageTimerDueAsync(step, timer, cancellationToken);
            if (due is { } at)
            {
                NewTimer(step, TimerKind.Stage, timer.Id, at);
            }
        }

        if (stage.IsFinal)
        {
            instance.Status = InstanceStatus.Completed;
            instance.CompletedAtUtc = step.NowUtc;
            return;
        }

        var immediate = stage.Transitions.FirstOrDefault(t => t.Trigger == TransitionTrigger.Immediately && Holds(t, step.Data));
        if (immediate is not null)
        {
            if (++step.ImmediateTransitions > options.Value.MaxImmediateTransitions)
            {
                throw new InvalidOperationException($"Instance {instance.Id}: more than {options.Value.MaxImmediateTransitions} immediate transitions in one step; the route loops at '{stageId}'.");
            }

            await EnterStageAsync(step, immediate.To, actor, cancellationToken);
        }
    }

    /// <summary>
    /// Takes the first transition of the current stage that <paramref name="matches"/> and whose guard holds; false when none does.
    /// A person's move to another stage is first put to the <see cref="IStageExitGuard"/>s: a refusal is left in
    /// <see cref="Step.Refusal"/> and nothing is entered.
    /// </summary>
    private async Task<bool> TakeTransitionAsync(Step step, Func<TransitionDefinition, bool> matches, Guid? actor, CancellationToken cancellationToken)
    {
        var stage = step.Definition.GetStage(step.Instance.Stage);
        var transition = stage.Transitions.FirstOrDefault(t => matches(t) && Holds(t, step.Data));
        if (transition is null)
        {
            return false;
        }

        if (actor is not null && transition.To != step.Instance.Stage)
        {
            var exit = new StageExit(step.Instance, step.Instance.Stage, transition.To, step.Data, actor);
            foreach (var guard in guards)
            {
                if (await guard.CheckAsync(exit, cancellationToken) is { } refusal)
                {
                    step.Refusal = refusal;
                    return false;
                }
            }
        }

        await EnterStageAsync(step, transition.To, actor, cancellationToken);
        return true;
    }

    private static bool Holds(TransitionDefinition transition, JsonObject data) =>
        transition.When is null || ConditionEvaluator.Evaluate(transition.When, data);

    private async Task<int> NextRoundAsync(WorkflowInstance instance, string stageId, CancellationToken cancellationToken)
    {
        var context = Context;
        var previous = await LastRound.For(context)(context, instance.Id, stageId, cancellationToken);
        var pending = db.HumanTasks.Local.Where(t => t.InstanceId == instance.Id && t.Stage == stageId).Select(t => (int?)t.Round).Max();
        return Math.Max(previous ?? 0, pending ?? 0) + 1;
    }

    private async Task CancelOpenWorkAsync(Guid instanceId, Step step, CancellationToken cancellationToken)
    {
        var tasks = step.OpenWorkLoaded ? [] : await db.HumanTasks.Include(t => t.Assignments)
            .Where(t => t.InstanceId == instanceId && t.Status == HumanTaskStatus.Open).ToListAsync(cancellationToken);
        foreach (var task in tasks.Concat(db.HumanTasks.Local.Where(t => t.InstanceId == instanceId && t.Status == HumanTaskStatus.Open)).Distinct())
        {
            task.Status = HumanTaskStatus.Cancelled;
            task.CompletedAtUtc = step.NowUtc;
            foreach (var assignment in task.Assignments.Where(a => a.Status is AssignmentStatus.Open or AssignmentStatus.Waiting))
            {
                assignment.Status = AssignmentStatus.Cancelled;
                assignment.CompletedAtUtc = step.NowUtc;
            }
        }

        // Timers this step already holds (added, or the one it is firing) are changed here; the stored rest in the commit.
        foreach (var timer in db.WorkflowTimers.Local.Where(t => t.InstanceId == instanceId && t.Status == TimerStatus.Pending && t.Kind != TimerKind.Action))
        {
            timer.Status = TimerStatus.Cancelled;
        }

        step.TimerCancellations.Add(null);
    }

    private async Task CreateTaskAsync(Step step, StageDefinition stage, TaskDefinition definition, CancellationToken cancellationToken)
    {
        var task = new HumanTask
        {
            Id = NewId(),
            InstanceId = step.Instance.Id,
            Stage = stage.Id,
            TaskId = definition.Id,
            Status = HumanTaskStatus.Open,
            Round = step.Instance.StageRound,
            CreatedAtUtc = step.NowUtc,
        };
        db.HumanTasks.Add(task);

        var sequence = 0;
        foreach (var rule in definition.Assignees)
        {
            foreach (var organizationId in PartiesOf(step.Instance, rule.Party))
            {
                var assignment = new TaskAssignment
                {
                    Id = NewId(),
                    HumanTaskId = task.Id,
                    InstanceId = step.Instance.Id,
                    Sequence = sequence++,
                    OrganizationId = organizationId,
                    Role = rule.Role,
                    Status = AssignmentStatus.Waiting,
                    CreatedAtUtc = step.NowUtc,
                };
                task.Assignments.Add(assignment);
            }
        }

        if (task.Assignments.Count == 0)
        {
            RaiseIncident(step, definition.Id, null, $"Task '{definition.Id}' of stage '{stage.Id}' has nobody to assign: the instance has no party for its rules.");
            return;
        }

        var toOpen = definition.Completion == CompletionMode.Sequential ? task.Assignments.Take(1) : task.Assignments;
        foreach (var assignment in toOpen.ToList())
        {
            await OpenAssignmentAsync(step, definition, assignment, cancellationToken);
        }
    }

    private static IEnumerable<Guid> PartiesOf(WorkflowInstance instance, PartySelector selector)
    {
        var parties = instance.Parties.OrderBy(p => p.Position).ToArray();
        return selector switch
        {
            PartySelector.Base => parties.Where(p => p.Role == PartyRole.Base).Select(p => p.OrganizationId),
            PartySelector.EachPartner => parties.Where(p => p.Role == PartyRole.Partner).Select(p => p.OrganizationId),
            PartySelector.EveryParty => parties.Where(p => p.Role is PartyRole.Base or PartyRole.Partner)
                .OrderBy(p => p.Role == PartyRole.Base ? 0 : 1).ThenBy(p => p.Position).Select(p => p.OrganizationId),
            PartySelector.Applicant => parties.Where(p => p.Role == PartyRole.Applicant).Select(p => p.OrganizationId),
            _ => [],
        };
    }

    /// <summary>Puts an assignment in someone's inbox: resolves the role to a person (or their substitute), sets the deadline, schedules reminders.</summary>
    private async Task OpenAssignmentAsync(Step step, TaskDefinition definition, TaskAssignment assignment, CancellationToken cancellationToken)
    {
        var time = await organizationTime.GetAsync(assignment.OrganizationId, cancellationToken);
        var localToday = DateOnly.FromDateTime(time.Zone.ToLocal(new DateTimeOffset(step.NowUtc, TimeSpan.Zero)));
        assignment.Status = AssignmentStatus.Open;
        assignment.OpenedAtUtc = step.NowUtc;
        assignment.DueAtUtc = definition.Due is { } due ? Deadlines.DueAt(due, step.NowUtc, time, settings) : null;

        var candidates = await directory.ResolveAsync(assignment.OrganizationId, assignment.Role, localToday, cancellationToken);
        // The person who started the instance keeps its work where they hold the role (the coordinator who drafted it).
        var chosen = candidates.FirstOrDefault(c => c.PersonId == step.Instance.StartedByPersonId && c.ActingForPersonId is null)
            ?? (candidates.Count > 0 ? candidates[0] : null);
        if (chosen is null)
        {
            RaiseIncident(step, definition.Id, null,
                $"Nobody holds the role '{assignment.Role}' in organisation {assignment.OrganizationId}: task '{definition.Id}' waits unassigned. Add the role and retry.");
            return;
        }

        assignment.AssigneePersonId = chosen.PersonId;
        assignment.ActingForPersonId = chosen.ActingForPersonId;
        ScheduleReminders(step, definition, assignment, time);
    }

    private async Task<DateTime?> StageTimerDueAsync(Step step, TimerDefinition timer, CancellationToken cancellationToken)
    {
        if (timer.After is { } after)
        {
            var baseParty = PartiesOf(step.Instance, PartySelector.Base).Concat(PartiesOf(step.Instance, PartySelector.Applicant)).FirstOrDefault();
            var time = baseParty == Guid.Empty
                ? new OrganizationTime(Calendars.IanaTimeZone.Moscow, Calendars.WorkingDayCalendar.FiveDayWeek, Calendars.WorkingHours.Default)
                : await organizationTime.GetAsync(baseParty, cancellationToken);
            return Deadlines.DueAt(after, step.NowUtc, time, settings);
        }

        var value = DataPath.Find(step.Data, timer.AtField!);
        if (value is not JsonValue json || !json.TryGetValue(out string? text) || !DateOnly.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var date))
        {
            RaiseIncident(step, timer.Id, null, $"Timer '{timer.Id}' needs a date in '{timer.AtField}', which the instance data does not have.");
            return null;
        }

        // The date's morning in the base organisation's zone.
        var party = PartiesOf(step.Instance, PartySelector.Base).Concat(PartiesOf(step.Instance, PartySelector.Applicant)).FirstOrDefault();
        var zone = party == Guid.Empty ? Calendars.IanaTimeZone.Moscow : (await organizationTime.GetAsync(party, cancellationToken)).Zone;
        var local = date.AddDays(timer.OffsetDays).ToDateTime(new TimeOnly(9, 0));
        var dueAt = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.Info);
        // A date already past (an agreement drafted late) fires at once rather than never.
        return dueAt < step.NowUtc ? step.NowUtc : dueAt;
    }

    private WorkflowTimer NewTimer(Step step, TimerKind kind, string key, DateTime dueAtUtc, Guid? assignmentId = null)
    {
        var timer = new WorkflowTimer
        {
            Id = NewId(),
            InstanceId = step.Instance.Id,
            Kind = kind,
            Stage = step.Instance.Stage,
            Key = key,
            AssignmentId = assignmentId,
            DueAtUtc = dueAtUtc,
            Status = TimerStatus.Pending,
        };
        db.WorkflowTimers.Add(timer);
        return timer;
    }

    private void RaiseIncident(Step step, string source, Guid? timerId, string message, string? details = null)
    {
        db.Incidents.Add(new Incidents.Incident
        {
            Id = NewId(),
            InstanceId = step.Instance.Id,
            Stage = step.Instance.Stage,
            Source = source,
            TimerId = timerId,
            Message = message,
            Details = details,
            CreatedAtUtc = step.NowUtc,
        });
        step.Journal(JournalEntryKind.IncidentRaised, null, null, null, toStage: step.Instance.Stage, details: new JsonObject { ["message"] = message }.ToJsonString());
        logger.LogWarning("Incident on instance {InstanceId}: {Message}", step.Instance.Id, message);
    }
}
