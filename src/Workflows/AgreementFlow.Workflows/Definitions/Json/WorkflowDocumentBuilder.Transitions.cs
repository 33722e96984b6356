namespace AgreementFlow.Workflows.Definitions.Json;

internal sealed partial class WorkflowDocumentBuilder
{
    private TransitionDefinition? BuildTransition(TransitionDocument transition, StageDocument stage, HashSet<string> stageIds)
    {
        var valid = true;
        if (transition.To is { } to && !stageIds.Contains(to))
        {
            errors.Add(JsonPath.Property(transition.Path, "to"), $"unknown stage '{to}'; expected one of: {Choices(stageIds.Order(StringComparer.Ordinal))}");
            valid = false;
        }

        Condition? when = null;
        if (transition.When is { } text)
        {
            if (ConditionParser.TryParse(text, out var parsed, out var error))
            {
                when = parsed;
            }
            else
            {
                errors.Add(JsonPath.Property(transition.Path, "when"), $"invalid condition: {error}");
                valid = false;
            }
        }

        if (transition.On is not { } on || !CheckTrigger(on, stage) || !valid || transition.To is null)
        {
            return null;
        }

        var (trigger, source) = TriggerOf(on);
        return new TransitionDefinition(trigger, source, on.Outcome, transition.To, when);
    }

    private static (TransitionTrigger Trigger, string? Source) TriggerOf(TriggerDocument on) =>
        on.Immediately ? (TransitionTrigger.Immediately, null)
        : on.Timer is not null ? (TransitionTrigger.Timer, on.Timer)
        : on.Command is not null ? (TransitionTrigger.Command, on.Command)
        : (TransitionTrigger.Outcome, on.Task);

    private bool CheckTrigger(TriggerDocument on, StageDocument stage)
    {
        if (on.Task is { } taskId)
        {
            var task = stage.Tasks.FirstOrDefault(t => t.Id == taskId);
            if (task is null)
            {
                errors.Add(JsonPath.Property(on.Path, "task"), $"unknown task '{taskId}' in stage '{stage.Id}'; {Existing("tasks", stage.Tasks.Select(t => t.Id))}");
                return false;
            }

            if (on.Outcome is { } outcomeId && !task.Outcomes.Any(o => o.Id == outcomeId))
            {
                errors.Add(JsonPath.Property(on.Path, "outcome"), $"task '{taskId}' has no outcome '{outcomeId}'; expected one of: {Choices(task.Outcomes.Select(o => o.Id))}");
                return false;
            }
        }
        else if (on.Timer is { } timerId && !stage.Timers.Any(t => t.Id == timerId))
        {
            errors.Add(JsonPath.Property(on.Path, "timer"), $"unknown timer '{timerId}' in stage '{stage.Id}'; {Existing("timers", stage.Timers.Select(t => t.Id))}");
            return false;
        }
        else if (on.Command is { } commandId && !stage.Commands.Any(c => c.Id == commandId))
        {
            errors.Add(JsonPath.Property(on.Path, "command"), $"unknown command '{commandId}' in stage '{stage.Id}'; {Existing("commands", stage.Commands.Select(c => c.Id))}");
            return false;
        }

        return true;
    }

    private static string Existing(string what, IEnumerable<string?> ids)
    {
        var list = ids.OfType<string>().ToList();
        return list.Count == 0 ? $"the stage has no {what}" : $"expected one of: {string.Join(", ", list)}";
    }

    /// <summary>
    /// Final stages end the route; every other stage needs a way out, every outcome, timer and command
    /// must do something, and no transition may hide behind an unconditional one on the same trigger.
    /// </summary>
    private void CheckWaysOut(StageDocument stage)
    {
        if (stage.Final)
        {
            if (stage.Tasks.Count > 0)
            {
                errors.Add(JsonPath.Property(stage.Path, "tasks"), $"final stage '{stage.Id}' cannot have tasks: an instance is complete once it gets there");
            }

            if (stage.Transitions.Count > 0)
            {
                errors.Add(JsonPath.Property(stage.Path, "transitions"), $"final stage '{stage.Id}' cannot have transitions: an instance is complete once it gets there");
            }

            return;
        }

        if (stage.Transitions.Count == 0 && stage.Commands.Count == 0)
        {
            errors.Add(stage.Path, $"stage '{stage.Id}' is not final but has no transitions or commands, so an instance could never leave it");
            return;
        }

        var triggers = stage.Transitions.Where(t => t.On is not null).Select(t => (Transition: t, Key: TriggerKey(t.On!))).ToList();
        foreach (var task in stage.Tasks)
        {
            foreach (var outcome in task.Outcomes.Where(o => o.Id is not null))
            {
                if (!triggers.Any(t => t.Key == $"outcome:{task.Id}/{outcome.Id}"))
                {
                    errors.Add(outcome.Path, $"no transition leaves stage '{stage.Id}' on outcome '{outcome.Id}' of task '{task.Id}'");
                }
            }
        }

        foreach (var timer in stage.Timers.Where(t => t.Id is not null && t.Action is null))
        {
            if (!triggers.Any(t => t.Key == $"timer:{timer.Id}"))
            {
                errors.Add(timer.Path, $"timer '{timer.Id}' has neither an action nor a transition, so it would do nothing");
            }
        }

        foreach (var command in stage.Commands.Where(c => c.Id is not null && c.Action is null))
        {
            if (!triggers.Any(t => t.Key == $"command:{command.Id}"))
            {
                errors.Add(command.Path, $"command '{command.Id}' has neither an action nor a transition, so it would do nothing");
            }
        }

        for (var i = 0; i < triggers.Count; i++)
        {
            var unconditional = triggers.Take(i).FirstOrDefault(t => t.Key == triggers[i].Key && t.Transition.When is null).Transition;
            if (unconditional is not null)
            {
                errors.Add(triggers[i].Transition.Path, $"this transition is never taken: the one at {unconditional.Path} fires on the same trigger without a condition");
            }
        }
    }

    private static string TriggerKey(TriggerDocument on) =>
        on.Immediately ? "immediately"
        : on.Timer is not null ? $"timer:{on.Timer}"
        : on.Command is not null ? $"command:{on.Command}"
        : $"outcome:{on.Task}/{on.Outcome}";
}
