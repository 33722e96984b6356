using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Definitions.Diagrams;
using AgreementFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Api;

/// <summary><c>/api/workflow-definitions</c> and <c>/api/incidents</c>.</summary>
internal static class WorkflowEndpoints
{
    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder api)
    {
        var definitions = api.MapGroup("/workflow-definitions").WithTags("Workflow definitions");
        definitions.MapGet("/", (WorkflowDefinitionRegistry registry) => TypedResults.Ok(registry.All
            .OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Version)
            .Select(d => new
            {
                d.Id,
                d.Version,
                Title = d.Title,
                SubjectKind = d.SubjectKind.ToString(),
                Latest = registry.Latest(d.Id)?.Version == d.Version,
                Stages = d.Stages.Count,
            })));
        definitions.MapGet("/{id}/versions/{version:int}", (string id, int version, WorkflowDefinitionRegistry registry, Texts t) =>
            registry.Find(id, version) is { } definition ? TypedResults.Ok(definition) : ApiResults.NotFound(t["Маршрут не найден."], t));
        definitions.MapGet("/{id}/versions/{version:int}/diagram.svg", DiagramAsync);
        definitions.MapPost("/{id}/migrations", MigrateAsync).RequireAuthorization(Policies.Administrator)
            .WithSummary("Moves running instances from one version to another; dryRun lists what would change per instance.");

        var incidents = api.MapGroup("/incidents").WithTags("Incidents").RequireAuthorization(Policies.Administrator);
        incidents.MapGet("/", async (AgreementFlowDbContext db, CancellationToken ct) => TypedResults.Ok(await db.Incidents.AsNoTracking()
            .Where(i => i.ResolvedAtUtc == null).OrderByDescending(i => i.CreatedAtUtc).Take(500)
            .Select(i => new IncidentView(i.Id, i.InstanceId, i.Stage, i.Source, i.Message, i.CreatedAtUtc, i.Retries)).ToListAsync(ct)));
        incidents.MapPost("/{id:guid}/retry", async (Guid id, CurrentUser user, WorkflowRuntime runtime, Texts t, CancellationToken ct) =>
            StepResults.From(await runtime.RetryIncidentAsync(id, user.PersonId, ct), t));
        return api;
    }

    public sealed record MigrationRequest(int? FromVersion, int? ToVersion, Dictionary<string, string>? StageMap, bool DryRun = true);

    private static async Task<IResult> MigrateAsync(string id, MigrationRequest request, CurrentUser user, WorkflowRuntime runtime, Texts t, CancellationToken ct)
    {
        if (request.FromVersion is not { } from || request.ToVersion is not { } to)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["fromVersion"] = [t["Укажите обе версии."]], ["toVersion"] = [t["Укажите обе версии."]] });
        }

        var (plan, problem) = await runtime.MigrateInstancesAsync(id, from, to, request.StageMap ?? [], request.DryRun, user.PersonId, ct);
        return problem is null
            ? TypedResults.Ok(new { dryRun = request.DryRun, instances = plan })
            : TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: t["Сейчас это сделать нельзя."], detail: problem,
                extensions: new Dictionary<string, object?> { ["instances"] = plan });
    }

    private static async Task<IResult> DiagramAsync(
        string id, int version, Guid? instanceId, WorkflowDefinitionRegistry registry, AgreementQueries agreements, AgreementFlowDbContext db, CurrentUser user, Texts t, CancellationToken ct)
    {
        var definition = registry.Find(id, version);
        if (definition is null)
        {
            return ApiResults.NotFound(t["Маршрут не найден."], t);
        }

        string? current = null;
        List<string> visited = [];
        if (instanceId is { } instance)
        {
            var subject = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == instance).Select(i => new { i.SubjectId, i.Stage }).SingleOrDefaultAsync(ct);
            var visible = subject is not null && (user.IsAdministrator
                || await agreements.Visible(user).AnyAsync(a => a.Id == subject.SubjectId, ct)
                || await db.CreditTransfers.AnyAsync(c => c.Id == subject.SubjectId && user.OrganizationIds.Contains(c.ApplicantOrganizationId), ct));
            if (!visible)
            {
                return ApiResults.NotFound(t["Договор не найден."], t);
            }

            current = subject!.Stage;
            visited = await db.JournalEntries.AsNoTracking().Where(j => j.InstanceId == instance && j.ToStage != null).Select(j => j.ToStage!).Distinct().ToListAsync(ct);
        }

        var svg = WorkflowDiagram.RenderSvg(definition, Texts.IsEnglish ? "en" : "ru", current, visited);
        return TypedResults.Text(svg, "image/svg+xml; charset=utf-8");
    }
}
