using AgreementFlow.Web.Common;
using AgreementFlow.Data.Organizations;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.CreditTransfers;
using AgreementFlow.Workflows.Definitions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Pages.Tasks;

/// <summary>What the decision page reads: the task, its subject, earlier answers and the colleagues it may go to.</summary>
public sealed partial class DetailModel
{
    /// <summary>An earlier answer on the same agreement or application, as the approval sheet lists it.</summary>
    public sealed record AnswerRow(string Who, string? ActingFor, string? Organization, string Outcome, string? Comment, string AtLocal, string Zone);

    public TaskView Task { get; private set; } = null!;

    public bool IsOpen => Task.Status == "open";

    public string StageTitle { get; private set; } = "";

    /// <summary>The deadline in the task organisation's local time, or null for none.</summary>
    public string? DueLocal { get; private set; }

    public string? DueZone { get; private set; }

    public AgreementDetails? Agreement { get; private set; }

    public CreditTransferDetails? Transfer { get; private set; }

    public IReadOnlyList<AnswerRow> Answers { get; private set; } = [];

    /// <summary>Colleagues with the same role in the same organisation, who may take the task over.</summary>
    public IReadOnlyList<PersonRef> Colleagues { get; private set; } = [];

    /// <summary>The commission's decision on a credit transfer: one decision per student.</summary>
    public bool IsDecideTask => IsOpen && Transfer is not null && Task.TaskId == CreditTransferDecisions.DecideTask;

    /// <summary>The comment field's label, saying for which outcomes a comment is required.</summary>
    public string CommentLabel
    {
        get
        {
            var required = Task.Outcomes.Where(o => o.RequiresComment).ToList();
            var free = Task.Outcomes.Where(o => !o.RequiresComment).ToList();
            return (required.Count, free.Count) switch
            {
                (0, _) => t["Комментарий (необязательно)"],
                (_, 0) => t["Комментарий (обязателен)"],
                (_, 1) => t.Format("Комментарий (обязателен для всех решений, кроме «{0}»)", free[0].Title),
                _ => t.Format("Комментарий (обязателен для решений {0})", string.Join(", ", required.Select(o => $"«{o.Title}»"))),
            };
        }
    }

    /// <summary>Reads everything the page shows; returns 404 for an unknown task and 403 for someone else's.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var assignment = await db.TaskAssignments.AsNoTracking()
            .Where(a => a.Id == Id)
            .Select(a => new { a.InstanceId, a.AssigneePersonId, a.OrganizationId, a.Role, a.HumanTask!.Stage })
            .SingleOrDefaultAsync(cancellationToken);
        if (assignment is null)
        {
            return NotFound();
        }

        if (assignment.AssigneePersonId != me.PersonId)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == assignment.InstanceId, cancellationToken);
        var definition = definitions.Find(instance.DefinitionId, instance.DefinitionVersion);
        var tasks = await agreements.TasksOfAsync(instance.Id, definition, cancellationToken);
        Task = tasks.Single(x => x.Id == Id);
        StageTitle = definition?.FindStage(assignment.Stage)?.Title.In(Language) ?? assignment.Stage;
        var zoneId = await db.Organizations.AsNoTracking().Where(o => o.Id == assignment.OrganizationId).Select(o => o.TimeZoneId).SingleOrDefaultAsync(cancellationToken);
        if (Task.DueAtUtc is { } due)
        {
            DueLocal = LocalTime.Local(due, zoneId);
            DueZone = LocalTime.ZoneLabel(zoneId, due);
        }

        if (instance.SubjectKind == SubjectKind.Agreement)
        {
            Agreement = await agreements.FindAsync(me, instance.SubjectId, cancellationToken);
            var journal = await agreements.JournalAsync(me, instance.SubjectId, cancellationToken) ?? [];
            Answers = [.. journal.Where(j => j.Kind == "taskCompleted" && j.Actor is not null).Select(j => new AnswerRow(
                j.Actor!.Name,
                j.ActingFor?.Name,
                j.Organization,
                OutcomeTitle(definition, j.FromStage, j.TaskId, j.Outcome),
                j.Comment,
                j.AtLocal,
                LocalTime.ZoneLabel(j.TimeZone, j.AtUtc)))];
        }
        else
        {
            Transfer = await creditTransfers.FindAsync(me, instance.SubjectId, cancellationToken);
            Answers = [.. tasks.Where(x => x.Status == "completed" && x.CompletedAtUtc is not null && x.Assignee is not null)
                .OrderBy(x => x.CompletedAtUtc)
                .Select(x => new AnswerRow(
                    x.Assignee!.Name,
                    x.ActingFor?.Name,
                    x.OrganizationName,
                    OutcomeTitle(definition, x.Stage, x.TaskId, x.Outcome),
                    x.Comment,
                    LocalTime.Local(x.CompletedAtUtc!.Value, zoneId),
                    LocalTime.ZoneLabel(zoneId, x.CompletedAtUtc.Value)))];
        }

        Colleagues = IsOpen && Enum.TryParse<OrganizationRole>(assignment.Role, ignoreCase: true, out var role)
            ? await db.Memberships.AsNoTracking()
                .Where(m => m.OrganizationId == assignment.OrganizationId && m.Role == role && m.PersonId != me.PersonId)
                .Select(m => new PersonRef(m.PersonId, m.Person!.FullName))
                .ToListAsync(cancellationToken)
            : [];
        Colleagues = [.. Colleagues.DistinctBy(c => c.Id).OrderBy(c => c.Name, StringComparer.CurrentCulture)];
        return null;
    }

    private static string OutcomeTitle(WorkflowDefinition? definition, string? stage, string? taskId, string? outcome) =>
        FindOutcome(definition, stage, taskId, outcome)?.Title.In(Language) ?? outcome ?? "";

    private static OutcomeDefinition? FindOutcome(WorkflowDefinition? definition, string? stage, string? taskId, string? outcome) =>
        stage is null || taskId is null || outcome is null ? null : definition?.FindStage(stage)?.FindTask(taskId)?.FindOutcome(outcome);

    private static string Language => Localization.Texts.IsEnglish ? "en" : "ru";
}
