using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Definitions.Diagrams;
using AgreementFlow.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Pages.Agreements;

/// <summary>One agreement: its parties and term, the route with the current stage, the history, the tasks, the commands the route allows.</summary>
public sealed class DetailModel(
    BoardQueries board, AgreementFlowDbContext db, AgreementQueries agreements, WorkflowDefinitionRegistry definitions, WorkflowRuntime runtime, CurrentUser me, Texts t)
    : FormPageModel
{
    private readonly BoardQueries _board = board;

    private WorkflowDefinition? _definition;

    [FromRoute]
    public Guid Id { get; set; }

    public AgreementDetails Agreement { get; private set; } = null!;

    /// <summary>The route as SVG, from <see cref="WorkflowDiagram"/>: escaped by construction, so the page inlines it.</summary>
    public string Diagram { get; private set; } = "";

    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    public IReadOnlyList<TaskView> OpenTasks { get; private set; } = [];

    public IReadOnlyList<TaskView> ClosedTasks { get; private set; } = [];

    public IReadOnlyList<AmendmentLink> Amendments { get; private set; } = [];

    /// <summary>The organisations' time zones, for writing deadlines in each one's local time.</summary>
    public IReadOnlyDictionary<Guid, string> TimeZones { get; private set; } = new Dictionary<Guid, string>();

    public int? Students { get; private set; }

    /// <summary>The command whose form failed, to show its error and keep its comment.</summary>
    public string? FailedCommand { get; private set; }

    public string? Comment { get; private set; }

    public Guid PersonId => me.PersonId;

    public bool IsAdministrator => me.IsAdministrator;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>Runs a command of the current stage (terminate, amend) as the signed-in person.</summary>
    public async Task<IActionResult> OnPostCommandAsync(string? command, string? comment, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var available = Agreement.Commands.FirstOrDefault(c => c.Id == command);
        FailedCommand = command;
        Comment = comment;
        if (available is null)
        {
            return ShowFailure(CommandResult<Unit>.Conflict(t["Сейчас этого сделать нельзя: договор уже на другом этапе или действие вам недоступно. Обновите страницу."]))!;
        }

        if (available.RequiresComment && string.IsNullOrWhiteSpace(comment))
        {
            return ShowFailure(Invalid("comment", t["Укажите причину."]))!;
        }

        var result = await runtime.RunCommandAsync(Agreement.WorkflowInstanceId, available.Id, me.PersonId, comment, cancellationToken);
        if (!result.Succeeded)
        {
            return ShowFailure(FromStep(result))!;
        }

        TempData["Notice"] = available.Id == "amend"
            ? t["Дополнительное соглашение готовится: через несколько секунд оно появится на этой странице."]
            : t.Format("Выполнено: «{0}».", available.Title);
        return Redirect($"/agreements/{Id}");
    }

    /// <summary>Runs again the action behind an open incident of this agreement (administrators).</summary>
    public async Task<IActionResult> OnPostRetryAsync(Guid incidentId, CancellationToken cancellationToken)
    {
        if (!me.IsAdministrator)
        {
            return Forbid();
        }

        if (!await LoadAsync(cancellationToken) || Agreement.Incidents.All(i => i.Id != incidentId))
        {
            return NotFound();
        }

        var result = await runtime.RetryIncidentAsync(incidentId, me.PersonId, cancellationToken);
        if (!result.Succeeded)
        {
            return ShowFailure(FromStep(result))!;
        }

        TempData["Notice"] = t["Действие запущено повторно. Если сбой повторится, он останется в списке."];
        return Redirect($"/agreements/{Id}");
    }

    /// <summary>What pressing a command's button will do, for the commands the agreement route has; null for others.</summary>
    public string? CommandHint(string commandId) => commandId switch
    {
        "terminate" => t["Договор будет расторгнут и передан в архив. Отменить это нельзя."],
        "amend" => t["Создаст дополнительное соглашение с теми же сторонами; оно пройдёт весь маршрут согласования, а договор пока продолжит действовать."],
        _ => null,
    };

    /// <summary>The title of a completed task's outcome («Согласовать с замечаниями»), in the reader's language.</summary>
    public string OutcomeTitle(TaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return _definition?.FindStage(task.Stage)?.FindTask(task.TaskId)?.Outcomes.FirstOrDefault(o => o.Id == task.Outcome)?.Title.In(Texts.IsEnglish ? "en" : "ru")
            ?? task.Outcome ?? "";
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await agreements.FindAsync(me, Id, cancellationToken) is not { } agreement)
        {
            return false;
        }

        Agreement = agreement;
        var journal = await agreements.JournalAsync(me, Id, cancellationToken) ?? [];
        var instance = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == agreement.WorkflowInstanceId)
            .Select(i => new { i.DefinitionId, i.DefinitionVersion }).SingleAsync(cancellationToken);
        var definition = _definition = definitions.Find(instance.DefinitionId, instance.DefinitionVersion);
        if (definition is not null)
        {
            var visited = journal.Select(j => j.ToStage).OfType<string>().Distinct().ToList();
            Diagram = WorkflowDiagram.RenderSvg(definition, Texts.IsEnglish ? "en" : "ru", agreement.Stage, visited);
        }

        var automatic = await _board.AutomaticStepsAsync(agreement.WorkflowInstanceId, cancellationToken);
        Timeline = [.. journal.Reverse().Select(j => TimelineEntry.From(j, definition, automatic.GetValueOrDefault(j.Sequence), t))];
        OpenTasks = [.. agreement.Tasks.Where(x => x.Status is "open" or "waiting")];
        ClosedTasks = [.. agreement.Tasks.Where(x => x.Status is not ("open" or "waiting")).OrderByDescending(x => x.CompletedAtUtc)];
        Amendments = await _board.AmendmentsOfAsync(me, Id, cancellationToken);
        var organizationIds = agreement.Parties.Select(p => p.OrganizationId).Concat(agreement.Tasks.Select(x => x.OrganizationId)).Distinct().ToList();
        TimeZones = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.TimeZoneId, cancellationToken);
        Students = agreement.Data["students"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<int>(out var students) ? students : null;
        return true;
    }

    private static CommandResult<Unit> Invalid(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return CommandResult<Unit>.Invalid(errors);
    }

    private CommandResult<Unit> FromStep(StepResult result) => result.Status switch
    {
        StepStatus.Invalid => Invalid(result.Field ?? "comment", t["Укажите причину."]),
        StepStatus.NotFound => CommandResult<Unit>.NotFound(t["Договор не найден."]),
        StepStatus.Forbidden => CommandResult<Unit>.Forbidden(t["Это действие вам недоступно."]),
        StepStatus.Conflict => CommandResult<Unit>.Conflict(t["Договор тем временем изменился. Обновите страницу и попробуйте снова."]),
        _ => CommandResult<Unit>.Conflict(t["Сейчас этого сделать нельзя: договор уже на другом этапе. Обновите страницу."]),
    };
}
