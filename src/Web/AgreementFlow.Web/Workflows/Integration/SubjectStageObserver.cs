using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.CreditTransfers;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Instances;
using AgreementFlow.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Workflows.Integration;

/// <summary>Keeps an agreement's or a credit transfer's stage and nearest deadline in step with its instance, in the step's transaction.</summary>
internal sealed class SubjectStageObserver(AgreementFlowDbContext db) : IWorkflowStepObserver
{
    // Every step reads its subject; compiled once (see CompiledPerModel).
    private static readonly CompiledPerModel<Func<AgreementFlowDbContext, Guid, CancellationToken, Task<Agreement?>>> AgreementById = new(() =>
        EF.CompileAsyncQuery((AgreementFlowDbContext db, Guid id, CancellationToken _) => db.Agreements.SingleOrDefault(a => a.Id == id)));

    private static readonly CompiledPerModel<Func<AgreementFlowDbContext, Guid, CancellationToken, Task<CreditTransfer?>>> CreditTransferById = new(() =>
        EF.CompileAsyncQuery((AgreementFlowDbContext db, Guid id, CancellationToken _) => db.CreditTransfers.SingleOrDefault(c => c.Id == id)));

    public async Task OnStepAsync(WorkflowInstance instance, StepSummary step, CancellationToken cancellationToken)
    {
        switch (instance.SubjectKind)
        {
            case SubjectKind.Agreement or SubjectKind.Amendment:
                var agreement = db.Agreements.Local.FirstOrDefault(a => a.Id == instance.SubjectId)
                    ?? await AgreementById.For(db)(db, instance.SubjectId, cancellationToken);
                if (agreement is not null)
                {
                    agreement.Stage = instance.Stage;
                    agreement.NearestDueAtUtc = step.NearestDueAtUtc;
                    agreement.UpdatedAtUtc = instance.UpdatedAtUtc;
                }

                break;
            case SubjectKind.CreditTransfer:
                var transfer = db.CreditTransfers.Local.FirstOrDefault(c => c.Id == instance.SubjectId)
                    ?? await CreditTransferById.For(db)(db, instance.SubjectId, cancellationToken);
                if (transfer is not null)
                {
                    transfer.Stage = instance.Stage;
                    transfer.NearestDueAtUtc = step.NearestDueAtUtc;
                    transfer.UpdatedAtUtc = instance.UpdatedAtUtc;
                }

                break;
        }
    }
}
