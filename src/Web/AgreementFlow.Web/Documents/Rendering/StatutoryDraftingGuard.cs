using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;
using AgreementFlow.Web.Documents.Templates;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Extensions;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Documents.Rendering;

/// <summary>
/// An agreement does not leave <c>drafting</c> until every statutory item of 273-FZ art. 15 part 3 is covered
/// by a clause that renders non-empty with its data; the refusal names each missing item in plain words.
/// </summary>
internal sealed class StatutoryDraftingGuard(
    AgreementFlowDbContext db,
    AgreementTemplates templates,
    AgreementTemplateData templateData,
    DocumentRenderer renderer,
    Texts t) : IStageExitGuard
{
    public const string DraftingStage = "drafting";

    public async Task<StageExitRefusal?> CheckAsync(StageExit move, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(move);
        if (move.FromStage != DraftingStage || move.Instance.SubjectKind is not (SubjectKind.Agreement or SubjectKind.Amendment))
        {
            return null;
        }

        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Parties).Include(a => a.Programs).AsSingleQuery()
            .SingleOrDefaultAsync(a => a.Id == move.Instance.SubjectId, cancellationToken);
        if (agreement is null || await templates.ForAsync(agreement, cancellationToken) is not { } template || !StatutoryTemplates.Applies(template.Template.Key))
        {
            return null;
        }

        var coverage = renderer.CheckStatutory(template.Content, await templateData.BuildAsync(agreement, move.Data, cancellationToken));
        if (coverage.IsComplete)
        {
            return null;
        }

        var language = Texts.IsEnglish ? "en" : "ru";
        var reasons = coverage.Missing.Select(item => StatutoryItems.Missing(item, language)).ToList();
        return new StageExitRefusal(t.Format("Проект договора нельзя направить дальше: {0}.", string.Join("; ", reasons)), reasons);
    }
}
