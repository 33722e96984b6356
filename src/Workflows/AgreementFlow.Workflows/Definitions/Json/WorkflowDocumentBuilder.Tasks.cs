using System.Xml;

namespace AgreementFlow.Workflows.Definitions.Json;

internal sealed partial class WorkflowDocumentBuilder
{
    private static readonly string[] Parties = ["base", "eachPartner", "everyParty", "applicant"];
    private static readonly string[] CompletionModes = ["all", "any", "sequential"];

    private TaskDefinition? BuildTask(TaskDocument task)
    {
        CheckId(task.Id, JsonPath.Property(task.Path, "id"));
        var assignees = task.Assignees.Select(BuildAssignee).ToList();
        var outcomes = BuildUnique(task.Outcomes, o => o.Id, o => o.Path, $"outcome id in task '{task.Id}'", BuildOutcome);
        var completion = task.Completion is null
            ? CompletionMode.All
            : ParseChoice(task.Completion, JsonPath.Property(task.Path, "completion"), CompletionModes, Enum.Parse<CompletionMode>);
        var due = task.Due is null ? null : BuildDue(task.Due);
        var reminders = task.Reminders is null ? null : BuildReminders(task.Reminders, hasDue: task.Due is not null);

        if (task.Id is null || task.Title is null || task.Assignees.Count == 0 || task.Outcomes.Count == 0
            || assignees.Contains(null) || outcomes.Contains(null) || completion is null
            || (task.Due is not null && due is null) || (task.Reminders is not null && reminders is null))
        {
            return null;
        }

        return new TaskDefinition(
            task.Id,
            ToText(task.Title),
            assignees.Select(a => a!).ToList(),
            outcomes.Select(o => o!).ToList(),
            completion.Value,
            due,
            reminders);
    }

    private AssigneeRule? BuildAssignee(AssigneeDocument assignee)
    {
        var party = ParseChoice(assignee.Party, JsonPath.Property(assignee.Path, "party"), Parties, Enum.Parse<PartySelector>);
        if (assignee.Role is { } role && !knownRoles.Contains(role))
        {
            errors.Add(JsonPath.Property(assignee.Path, "role"), $"unknown role '{role}'; expected one of: {Choices(knownRoles.Order(StringComparer.Ordinal))}");
            return null;
        }

        return party is null || assignee.Role is null ? null : new AssigneeRule(party.Value, assignee.Role);
    }

    private OutcomeDefinition? BuildOutcome(OutcomeDocument outcome)
    {
        CheckId(outcome.Id, JsonPath.Property(outcome.Path, "id"));
        return outcome.Id is null || outcome.Title is null
            ? null
            : new OutcomeDefinition(outcome.Id, ToText(outcome.Title), outcome.RequiresComment, outcome.Decisive);
    }

    private DueDuration? BuildDue(DueDocument due)
    {
        var valid = true;
        if (due.WorkingDays is < 1)
        {
            errors.Add(JsonPath.Property(due.Path, "workingDays"), $"expected a whole number of working days of 1 or more; found {due.WorkingDays}");
            valid = false;
        }

        TimeSpan? exact = null;
        if (due.Duration is { } duration)
        {
            exact = ParseDuration(duration, JsonPath.Property(due.Path, "duration"));
            valid &= exact is not null;
        }

        if (due.Setting is { } setting)
        {
            var settingPath = JsonPath.Property(due.Path, "setting");
            if (due.WorkingDays is null)
            {
                errors.Add(settingPath, "a setting overrides a number of working days; use it together with 'workingDays'");
                valid = false;
            }
            else if (!IsSettingKey(setting))
            {
                errors.Add(settingPath, $"expected a configuration key such as CreditTransfer:DecisionWorkingDays; found {JsonObjectReader.Quote(setting)}");
                valid = false;
            }
        }

        return valid ? new DueDuration(due.WorkingDays, exact, due.Setting) : null;
    }

    private TimeSpan? ParseDuration(string text, string path)
    {
        TimeSpan duration;
        try
        {
            duration = XmlConvert.ToTimeSpan(text);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            errors.Add(path, $"expected an ISO-8601 duration such as PT30M, PT4H or P2D; found {JsonObjectReader.Quote(text)}");
            return null;
        }

        if (duration <= TimeSpan.Zero)
        {
            errors.Add(path, $"expected a duration longer than zero; found {JsonObjectReader.Quote(text)}");
            return null;
        }

        return duration;
    }

    // Section:Key, as IConfiguration spells it.
    private static bool IsSettingKey(string key) =>
        key.Split(':').All(part => part.Length > 0 && char.IsAsciiLetter(part[0]) && part.All(char.IsAsciiLetterOrDigit));

    private ReminderPolicy? BuildReminders(RemindersDocument reminders, bool hasDue)
    {
        var before = reminders.Before is null ? null : BuildDue(reminders.Before);
        var repeat = reminders.RepeatWhenOverdue is null ? null : BuildDue(reminders.RepeatWhenOverdue);
        EscalationPolicy? escalation = null;
        var escalationValid = true;
        if (reminders.Escalation is { } e)
        {
            var to = e.To is null ? null : BuildAssignee(e.To);
            if (e.AfterOverdueReminders is < 1)
            {
                errors.Add(JsonPath.Property(e.Path, "afterOverdueReminders"), $"expected 1 or more; found {e.AfterOverdueReminders}");
            }

            escalationValid = to is not null && e.AfterOverdueReminders is >= 1;
            escalation = escalationValid ? new EscalationPolicy(e.AfterOverdueReminders!.Value, to!) : null;
            if (reminders.RepeatWhenOverdue is null)
            {
                errors.Add(e.Path, "an escalation counts overdue reminders, so the reminders need 'repeatWhenOverdue'");
                escalationValid = false;
            }
        }

        var timed = reminders.Before is not null || reminders.OnDueDay || reminders.RepeatWhenOverdue is not null;
        if (timed && !hasDue)
        {
            errors.Add(reminders.Path, "reminders before, on or after the due day need a 'due' on the task");
            return null;
        }

        if ((reminders.Before is not null && before is null) || (reminders.RepeatWhenOverdue is not null && repeat is null) || !escalationValid)
        {
            return null;
        }

        return new ReminderPolicy(reminders.OnAssignment, before, reminders.OnDueDay, repeat, escalation);
    }
}
