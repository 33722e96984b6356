using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.CreditTransfers;
using AgreementFlow.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Pages.CreditTransfers;

/// <summary>
/// One application for credit transfer: what is credited, its documents, each student's decision, and who holds it now —
/// for the applicant organisation's staff (the reading is logged as personal-data access, as through the API).
/// </summary>
public sealed class DetailModel(CreditTransferService transfers, AgreementFlowDbContext db, CurrentUser me) : PageModel
{
    public CreditTransferDetails Transfer { get; private set; } = null!;

    /// <summary>Open tasks first (who holds the application now), then the answers given, newest first.</summary>
    public IReadOnlyList<TaskView> Open { get; private set; } = [];

    public IReadOnlyList<TaskView> Done { get; private set; } = [];

    public Guid MyPersonId => me.PersonId;

    /// <summary>Each task's organisation's zone: a deadline or an answer is shown in the time of whoever holds the task.</summary>
    public IReadOnlyDictionary<Guid, string> TimeZones { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await transfers.FindAsync(me, id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Transfer = found;
        Open = [.. found.Tasks.Where(t => t.Status == "open").OrderBy(t => t.DueAtUtc ?? DateTime.MaxValue)];
        Done = [.. found.Tasks.Where(t => t.Status == "completed").OrderByDescending(t => t.CompletedAtUtc)];
        var organizationIds = found.Tasks.Select(t => t.OrganizationId).Distinct().ToList();
        TimeZones = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.TimeZoneId, cancellationToken);
        return Page();
    }
}
