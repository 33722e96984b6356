using AgreementFlow.Data.Persistence;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Instances;

namespace AgreementFlow.Web.Documents.Rendering;

/// <summary>
/// When an agreement's route starts, fixes the template version it is drafted from: its base organisation's
/// latest published one of its kind. Publishing a newer version later changes no running agreement.
/// </summary>
internal sealed class TemplateVersionAssigner(AgreementFlowDbContext db, AgreementTemplates templates) : IWorkflowStepObserver
{
    public async Task OnStepAsync(WorkflowInstance instance, StepSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.SubjectKind is not (SubjectKind.Agreement or SubjectKind.Amendment))
        {
            return;
        }

        // Only an agreement being created in this step is still in the context without a version: no query otherwise.
        var agreement = db.Agreements.Local.FirstOrDefault(a => a.Id == instance.SubjectId);
        if (agreement is null || agreement.TemplateVersionId is not null)
        {
            return;
        }

        var template = await templates.ForAsync(agreement, cancellationToken);
        agreement.TemplateVersionId = template?.Version.Id;
    }
}
