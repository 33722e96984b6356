using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AgreementFlow.Web.Pages.Agreements;

/// <summary>A page that drafts agreements: the organisations the person may draft for, partners and programmes to choose.</summary>
public abstract class DraftPageModel(
    BoardQueries board, CurrentUser me) : FormPageModel
{
    private readonly BoardQueries _board = board;

    /// <summary>The signed-in person, who drafts.</summary>
    protected CurrentUser Drafter { get; } = me;

    [BindProperty]
    public DraftForm Input { get; set; } = new();

    /// <summary>The organisations the person may draft for (every one for an administrator).</summary>
    public IReadOnlyList<OrganizationChoice> BaseOrganizations { get; private set; } = [];

    /// <summary>The organisations to choose partners from: all but the only possible base.</summary>
    public IReadOnlyList<OrganizationChoice> Partners { get; private set; } = [];

    /// <summary>Programmes, those of the base organisations first.</summary>
    public IReadOnlyList<ProgramChoice> Programs { get; private set; } = [];

    /// <summary>The legend over the partners' checkboxes.</summary>
    public abstract string PartnersLegend { get; }

    /// <summary>Every message for <paramref name="field"/> and its items (<c>partnerOrganizationIds[2]</c>).</summary>
    public string? ErrorsFor(string field)
    {
        var messages = Errors.Where(e => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal)).SelectMany(e => e.Value).Distinct().ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    /// <summary>Loads the choices; false when the person may draft for no organisation.</summary>
    protected async Task<bool> LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var all = await _board.OrganizationsAsync(cancellationToken);
        BaseOrganizations = [.. all.Where(o => AgreementService.MayDraftFor(Drafter, o.Id))];
        Input.BaseOrganizationId ??= BaseOrganizations.FirstOrDefault(o => Drafter.OrganizationIds.Contains(o.Id))?.Id
            ?? (BaseOrganizations.Count == 1 ? BaseOrganizations[0].Id : null);
        Partners = BaseOrganizations.Count == 1 ? [.. all.Where(o => o.Id != BaseOrganizations[0].Id)] : all;
        var programs = await _board.ProgramsAsync(cancellationToken);
        Programs = [.. programs.OrderBy(p => p.OwnerOrganizationId == Input.BaseOrganizationId ? 0 : Drafter.OrganizationIds.Contains(p.OwnerOrganizationId) ? 1 : 2)];
        return BaseOrganizations.Count > 0;
    }
}
