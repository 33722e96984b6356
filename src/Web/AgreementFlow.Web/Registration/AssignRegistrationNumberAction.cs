using AgreementFlow.Data.Persistence;
using AgreementFlow.Workflows.Runtime.Extensions;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Registration;

/// <summary>
/// <c>assign-registration-number</c>: gives the agreement the next number of its base organisation's journal, in the
/// step's own transaction (the step commits the number, the journal line and the agreement together, or none of them).
/// </summary>
internal sealed class AssignRegistrationNumberAction(AgreementFlowDbContext db, RegistrationService registration) : IWorkflowAction
{
    public string Name => "assign-registration-number";

    public async Task ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var agreement = await db.Agreements.Include(a => a.Parties).SingleOrDefaultAsync(a => a.Id == context.Instance.SubjectId, cancellationToken)
            ?? throw new InvalidOperationException($"Agreement {context.Instance.SubjectId} of instance {context.Instance.Id} was not found.");
        var entry = await registration.TakeNumberAsync(
            agreement.BaseOrganizationId, RegistrationService.KindOf(agreement.Kind), agreement.Id, agreement.Title, cancellationToken);
        if (agreement.Number != entry.Number)
        {
            agreement.Number = entry.Number;
            var names = await db.Organizations.AsNoTracking()
                .Where(o => agreement.Parties.Select(p => p.OrganizationId).Contains(o.Id))
                .Select(o => o.ShortName)
                .ToListAsync(cancellationToken);
            agreement.SearchText = Agreements.AgreementService.SearchTextOf(agreement.Title, entry.Number, names);
        }

        context.Data["registrationNumber"] = entry.Number;
        context.Data["registeredOn"] = entry.RegisteredOn.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
    }
}
