using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Definitions.Diagrams;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Instances;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Pages.Admin.Workflows;

/// <summary>Every route and version with its diagram and running instances, and moving instances between versions.</summary>
public sealed class IndexModel(AgreementFlowDbContext db, WorkflowDefinitionRegistry registry, WorkflowRuntime runtime, CurrentUser me, Texts t) : FormPageModel
{
    [BindProperty]
    public MigrationForm Input { get; set; } = new();

    public IReadOnlyList<WorkflowVersionView> Versions { get; private set; } = [];

    /// <summary>The migration's plan, once the form was posted and the runtime answered with one.</summary>
    public IReadOnlyList<InstanceMigration>? Plan { get; private set; }

    /// <summary>Why the runtime refused the migration (its own words).</summary>
    public string? RefusedBecause { get; private set; }

    /// <summary>Lines of the stage map that could not be read.</summary>
    public IReadOnlyList<string> StageMapProblems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (map, problems) = ParseStageMap(Input.StageMap);
        StageMapProblems = problems;
        if (string.IsNullOrWhiteSpace(Input.Route) || Input.FromVersion is not { } from || Input.ToVersion is not { } to || problems.Count > 0)
        {
            await LoadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var (plan, problem) = await runtime.MigrateInstancesAsync(Input.Route, from, to, map, Input.DryRun, me.PersonId, cancellationToken);
        Plan = plan;
        if (problem is not null)
        {
            RefusedBecause = problem;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else if (!Input.DryRun)
        {
            TempData["Notice"] = t.Format("Перенесено экземпляров: {0}.", plan.Count);
            return Redirect("/admin/workflows");
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private (Dictionary<string, string> Map, List<string> Problems) ParseStageMap(string? text)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var parts = lines[i].Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                problems.Add(t.Format("Строка {0}: нужно «старый-этап = новый-этап».", i + 1));
            }
            else if (!map.TryAdd(parts[0], parts[1]))
            {
                problems.Add(t.Format("Строка {0}: этап «{1}» уже сопоставлен.", i + 1, parts[0]));
            }
        }

        return (map, problems);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var counts = await db.WorkflowInstances.AsNoTracking()
            .GroupBy(i => new { i.DefinitionId, i.DefinitionVersion, i.Status })
            .Select(g => new { g.Key.DefinitionId, g.Key.DefinitionVersion, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var language = Texts.IsEnglish ? "en" : "ru";
        int CountOf(WorkflowDefinition d, InstanceStatus status) =>
            counts.Where(c => c.DefinitionId == d.Id && c.DefinitionVersion == d.Version && c.Status == status).Sum(c => c.Count);
        Versions = [.. registry.All
            .OrderBy(d => d.Id, StringComparer.Ordinal).ThenByDescending(d => d.Version)
            .Select(d => new WorkflowVersionView(d, d.Title.In(language), registry.Latest(d.Id)?.Version == d.Version,
                CountOf(d, InstanceStatus.Running), CountOf(d, InstanceStatus.Completed), WorkflowDiagram.RenderSvg(d, language, null)))];
    }

    public string SubjectTitle(SubjectKind kind) => kind switch
    {
        SubjectKind.Agreement => t["договор"],
        SubjectKind.Amendment => t["дополнительное соглашение"],
        SubjectKind.CreditTransfer => t["заявление о зачёте"],
        _ => kind.ToString(),
    };

    public string ChangeTitle(string change) => change switch
    {
        "keep" => t["остаётся"],
        "move" => t["переходит"],
        "blocked" => t["не переносится"],
        _ => change,
    };
}
