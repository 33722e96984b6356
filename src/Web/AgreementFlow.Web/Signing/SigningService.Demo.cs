using AgreementFlow.Data.Signing;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Signing;

public sealed partial class SigningService
{
    /// <summary>
    /// The demo's signatures: a simple e-signature recorded for the assignee of <paramref name="assignmentId"/>, bound to the
    /// final version's PDF when it is made and otherwise its DOCX (the demo does not wait for LibreOffice), marked as demo data.
    /// </summary>
    internal async Task SeedSignatureAsync(Guid assignmentId, CancellationToken cancellationToken)
    {
        var assignment = await db.TaskAssignments.AsNoTracking().SingleAsync(a => a.Id == assignmentId, cancellationToken);
        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == assignment.InstanceId, cancellationToken);
        var agreement = await db.Agreements.AsNoTracking().SingleAsync(a => a.Id == instance.SubjectId, cancellationToken);
        var document = await DocumentAsync(agreement.Id, requestPdf: false, cancellationToken);
        if (document is null)
        {
            return;
        }

        var bound = document.Sha256 is null ? document with { Format = "docx", Sha256 = document.DocxSha256 } : document;
        var actor = new Actor(agreement, assignment, SigningMethod.Simple, null);
        await RecordAndCompleteAsync(actor, SigningMethod.Simple, bound, new SignerContext(null, "демонстрационные данные"), null, null, SignatureVerification.NotApplicable, null, cancellationToken);
    }
}
