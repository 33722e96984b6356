namespace AgreementFlow.Workflows.Definitions.Json;

/// <summary>
/// Checks what a <see cref="WorkflowDocument"/> means (id patterns, names of actions, roles and parties,
/// durations, conditions, duplicates, references between stages, tasks, outcomes, timers and commands,
/// reachability) and builds the runtime <see cref="WorkflowDefinition"/> when the file has no problem at all.
/// </summary>
/// <remarks>A field the reader already reported as missing or malformed is null here and is skipped, so one mistake is reported once.</remarks>
internal sealed partial class WorkflowDocumentBuilder(
    DefinitionErrorList errors,
    IReadOnlySet<string> knownActions,
    IReadOnlySet<string> knownRoles)
{
    private static readonly string[] SubjectKinds = ["agreement", "amendment", "creditTransfer"];

    /// <summary>The definition, or null when this file (reader included) reported any problem.</summary>
    public WorkflowDefinition? Build(WorkflowDocument document, string fileName)
    {
        CheckId(document.Id, JsonPath.Property(JsonPath.Root, "id"));
        if (document.Version is < 1)
        {
            errors.Add(JsonPath.Property(JsonPath.Root, "version"), $"expected a version of 1 or more; found {document.Version}");
        }

        var subjectKind = ParseChoice(document.SubjectKind, JsonPath.Property(JsonPath.Root, "subjectKind"), SubjectKinds, Enum.Parse<SubjectKind>);
        CheckFileName(document, fileName);

        var stageIds = CheckStageIds(document.Stages);
        var stages = document.Stages.Select(stage => BuildStage(stage, stageIds)).ToList();
        CheckGraph(document, stageIds);

        if (errors.Count > 0 || document.Title is null || document.StartStage is null || subjectKind is null)
        {
            return null;
        }

        return new WorkflowDefinition(
            document.Id!,
            document.Version!.Value,
            ToText(document.Title),
            subjectKind.Value,
            document.StartStage,
            stages.Select(stage => stage!).ToList());
    }

    private void CheckFileName(WorkflowDocument document, string fileName)
    {
        if (document.Id is not { } id || !IsId(id) || document.Version is not (>= 1 and var version))
        {
            return;
        }

        var expected = $"{id}.v{version}.json";
        var actual = Path.GetFileName(fileName);
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            errors.Add(JsonPath.Root, $"the file name must be '{expected}' for id '{id}' and version {version}; found '{actual}'");
        }
    }

    private HashSet<string> CheckStageIds(IReadOnlyList<StageDocument> stages)
    {
        var firstPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stage in stages)
        {
            if (stage.Id is { } id && !firstPaths.TryAdd(id, stage.Path))
            {
                errors.Add(JsonPath.Property(stage.Path, "id"), $"duplicate stage id '{id}'; the first is at {firstPaths[id]}");
            }
        }

        return [.. firstPaths.Keys];
    }

    private void CheckGraph(WorkflowDocument document, HashSet<string> stageIds)
    {
        var startPath = JsonPath.Property(JsonPath.Root, "startStage");
        if (document.StartStage is { } start && !stageIds.Contains(start))
        {
            errors.Add(startPath, $"unknown stage '{start}'; expected one of: {Choices(document.Stages.Select(s => s.Id))}");
        }

        if (document.Stages.Count > 0 && !document.Stages.Any(stage => stage.Final))
        {
            errors.Add(JsonPath.Property(JsonPath.Root, "stages"), "expected at least one final stage (\"final\": true)");
        }

        if (document.StartStage is null || !stageIds.Contains(document.StartStage))
        {
            return;
        }

        var byId = document.Stages.Where(s => s.Id is not null).DistinctBy(s => s.Id).ToDictionary(s => s.Id!, StringComparer.Ordinal);
        var reached = new HashSet<string>(StringComparer.Ordinal) { document.StartStage };
        var queue = new Queue<string>([document.StartStage]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var target in byId[id].Transitions.Select(t => t.To))
            {
                if (target is not null && byId.ContainsKey(target) && reached.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        foreach (var stage in document.Stages.Where(s => s.Id is not null && !reached.Contains(s.Id)))
        {
            errors.Add(stage.Path, $"stage '{stage.Id}' cannot be reached from the start stage '{document.StartStage}'");
        }
    }

    private StageDefinition? BuildStage(StageDocument stage, HashSet<string> stageIds)
    {
        CheckId(stage.Id, JsonPath.Property(stage.Path, "id"));
        var tasks = BuildUnique(stage.Tasks, t => t.Id, t => t.Path, $"task id in stage '{stage.Id}'", BuildTask);
        var onEnter = stage.OnEnter.Select(BuildAction).ToList();
        var timers = BuildUnique(stage.Timers, t => t.Id, t => t.Path, $"timer id in stage '{stage.Id}'", BuildTimer);
        var commands = BuildUnique(stage.Commands, c => c.Id, c => c.Path, $"command id in stage '{stage.Id}'", BuildCommand);
        var transitions = stage.Transitions.Select(t => BuildTransition(t, stage, stageIds)).ToList();
        CheckWaysOut(stage);

        if (stage.Id is null || stage.Title is null
            || tasks.Contains(null) || onEnter.Contains(null) || timers.Contains(null) || commands.Contains(null) || transitions.Contains(null))
        {
            return null;
        }

        return new StageDefinition(
            stage.Id,
            ToText(stage.Title),
            stage.Final,
            tasks.Select(t => t!).ToList(),
            onEnter.Select(a => a!).ToList(),
            transitions.Select(t => t!).ToList(),
            timers.Select(t => t!).ToList(),
            commands.Select(c => c!).ToList());
    }

    /// <summary>Builds each item, reporting an id used a second time within the list.</summary>
    private List<TModel?> BuildUnique<TDocument, TModel>(
        IReadOnlyList<TDocument> items,
        Func<TDocument, string?> id,
        Func<TDocument, string> path,
        string what,
        Func<TDocument, TModel?> build)
        where TModel : class
    {
        var firstPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        var built = new List<TModel?>();
        foreach (var item in items)
        {
            if (id(item) is { } itemId && !firstPaths.TryAdd(itemId, path(item)))
            {
                errors.Add(JsonPath.Property(path(item), "id"), $"duplicate {what} '{itemId}'; the first is at {firstPaths[itemId]}");
            }

            built.Add(build(item));
        }

        return built;
    }

    private ActionDefinition? BuildAction(ActionDocument action)
    {
        if (action.Name is null)
        {
            return null;
        }

        if (!knownActions.Contains(action.Name))
        {
            errors.Add(JsonPath.Property(action.Path, "name"), $"unknown action '{action.Name}'; expected one of: {Choices(knownActions.Order(StringComparer.Ordinal))}");
            return null;
        }

        return new ActionDefinition(action.Name, action.Parameters);
    }

    private CommandDefinition? BuildCommand(CommandDocument command)
    {
        CheckId(command.Id, JsonPath.Property(command.Path, "id"));
        var allowed = command.Allowed.Select(BuildAssignee).ToList();
        var action = command.Action is null ? null : BuildAction(command.Action);
        if (command.Id is null || command.Title is null || allowed.Contains(null) || (command.Action is not null && action is null))
        {
            return null;
        }

        return new CommandDefinition(command.Id, ToText(command.Title), allowed.Select(a => a!).ToList(), command.RequiresComment, action);
    }

    private TimerDefinition? BuildTimer(TimerDocument timer)
    {
        CheckId(timer.Id, JsonPath.Property(timer.Path, "id"));
        var after = timer.After is null ? null : BuildDue(timer.After);
        if (timer.At is { Field: { } field } at && !Conditions.FieldPath.IsValid(field))
        {
            errors.Add(JsonPath.Property(at.Path, "field"), $"expected a dotted field path such as term.to; found {JsonObjectReader.Quote(field)}");
        }

        var action = timer.Action is null ? null : BuildAction(timer.Action);
        if (timer.Id is null || (after is null) == (timer.At is null) || (timer.Action is not null && action is null))
        {
            return null;
        }

        return new TimerDefinition(timer.Id, after, timer.At?.Field, timer.At?.OffsetDays ?? 0, action);
    }

    private void CheckId(string? id, string path)
    {
        if (id is not null && !IsId(id))
        {
            errors.Add(path, $"expected an id of lowercase Latin letters, digits and hyphens that starts with a letter; found {JsonObjectReader.Quote(id)}");
        }
    }

    // ^[a-z][a-z0-9-]*$
    private static bool IsId(string id) =>
        id.Length > 0 && id[0] is >= 'a' and <= 'z' && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private TValue? ParseChoice<TValue>(string? value, string path, IReadOnlyList<string> choices, Func<string, bool, TValue> parse)
        where TValue : struct
    {
        if (value is null)
        {
            return null;
        }

        if (!choices.Contains(value, StringComparer.Ordinal))
        {
            errors.Add(path, $"expected one of: {string.Join(", ", choices)}; found {JsonObjectReader.Quote(value)}");
            return null;
        }

        return parse(value, true);
    }

    private static LocalizedText ToText(LocalizedTextDocument text) => new(text.Ru, text.En);

    private static string Choices(IEnumerable<string?> ids)
    {
        var list = ids.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "(none)" : string.Join(", ", list);
    }
}
