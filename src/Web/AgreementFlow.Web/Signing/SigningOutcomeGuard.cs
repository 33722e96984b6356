using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Extensions;

namespace AgreementFlow.Web.Signing;

/// <summary>
/// Lets an agreement's <c>sign</c> task be answered <c>sign</c> only together with a signature recorded in the same step
/// (by <see cref="SigningService"/>, in the scoped context the runtime saves): the generic decision page and API get a 422
/// that points to the signing page.
/// </summary>
internal sealed class SigningOutcomeGuard(AgreementFlowDbContext db, Texts t) : ITaskOutcomeGuard
{
    public Task<StageExitRefusal?> CheckAsync(TaskOutcomeAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        if (attempt.Instance.SubjectKind is not (SubjectKind.Agreement or SubjectKind.Amendment) || attempt.Task.TaskId != SigningService.SignTask || attempt.Outcome != SigningService.SignTask)
        {
            return Task.FromResult<StageExitRefusal?>(null);
        }

        var recorded = db.Signatures.Local.Any(s => s.AssignmentId == attempt.Assignment.Id && s.PersonId == attempt.PersonId);
        return Task.FromResult(recorded ? null : new StageExitRefusal(
            t.Format("Подписать договор можно только на странице подписания /agreements/{0}/sign: там подпись записывается — кодом из письма, файлом квалифицированной подписи или сканом.", attempt.Instance.SubjectId),
            [t["подпись не записана"]]));
    }
}
