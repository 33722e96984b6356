using AgreementFlow.Data.Persistence;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Journal;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Documents.Rendering;

/// <summary>
/// <c>render-document</c>: on entering a stage, renders the agreement's current data into its next document
/// version, in the action's step (the same context, so the version and the journal entry commit together).
/// </summary>
internal sealed class RenderDocumentAction(
    AgreementFlowDbContext db, AgreementTemplates templates, AgreementDocumentRenderer renderer, ILogger<RenderDocumentAction> logger) : IWorkflowAction
{
    public string Name => "render-document";

    public async Task ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var agreement = await db.Agreements.Include(a => a.Parties).Include(a => a.Programs).AsSingleQuery()
            .SingleOrDefaultAsync(a => a.Id == context.Instance.SubjectId, cancellationToken)
            ?? throw new InvalidOperationException($"render-document: instance {context.Instance.Id} is not an agreement's route (subject {context.Instance.SubjectId}).");
        var reason = context.Parameters.GetValueOrDefault("reason") ?? await ReasonAsync(context, cancellationToken);
        if (await templates.ForAsync(agreement, cancellationToken) is null)
        {
            // Only when an organisation has no published form at all (the shipped ones are seeded for every
            // organisation): the route goes on and the instance says why there is no document.
            logger.LogWarning("Agreement {AgreementId}: no published template to render with", agreement.Id);
            context.Data["document"] = new System.Text.Json.Nodes.JsonObject { ["missing"] = "no published template" };
            return;
        }

        var document = await renderer.RenderAsync(agreement, reason, null, context.Data, cancellationToken);
        context.Data["document"] = new System.Text.Json.Nodes.JsonObject
        {
            ["version"] = document.Version,
            ["htmlSha256"] = document.HtmlSha256,
            ["docxSha256"] = document.DocxSha256,
        };
    }

    /// <summary>Why this version: the stage the agreement came from says it.</summary>
    private async Task<string> ReasonAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        var entered = await db.JournalEntries.AsNoTracking()
            .Where(j => j.InstanceId == context.Instance.Id && j.Kind == JournalEntryKind.StageEntered)
            .OrderByDescending(j => j.Sequence)
            .Select(j => new { j.FromStage, j.ToStage })
            .FirstOrDefaultAsync(cancellationToken);
        var hasEarlier = await db.Set<AgreementFlow.Data.Documents.AgreementDocument>().AnyAsync(d => d.AgreementId == context.Instance.SubjectId, cancellationToken);
        return (entered?.FromStage, entered?.ToStage ?? context.Instance.Stage) switch
        {
            (_, "signing") => "к подписанию",
            ("negotiation", _) => "после изменений партнёра",
            ("approval", _) or ("signing", _) => "после возврата на доработку",
            _ when hasEarlier => "после доработки",
            _ => "черновик",
        };
    }
}
