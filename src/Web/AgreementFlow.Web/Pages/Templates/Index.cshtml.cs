using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Documents.Templates;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Pages.Templates;

/// <summary>The templates of each of the user's organisations; its legal staff start new ones here.</summary>
public sealed class IndexModel(TemplateService templates, AgreementFlowDbContext db, CurrentUser me, Texts t) : FormPageModel
{
    public sealed record OrganizationTemplates(Guid OrganizationId, string Name, string TimeZone, bool MayEdit, IReadOnlyList<TemplateSummary> Templates);

    [FromQuery]
    public Guid? OrganizationId { get; set; }

    [BindProperty]
    public Guid? NewOrganizationId { get; set; }

    [BindProperty]
    public string? NewKey { get; set; }

    [BindProperty]
    public string? NewTitle { get; set; }

    public IReadOnlyList<OrganizationTemplates> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Organizations.Count == 0 && OrganizationId is not null ? Forbid() : Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var result = await templates.CreateAsync(me, new TemplateCreateInput(NewOrganizationId, NewKey, NewTitle, null, null), cancellationToken);
        if (result.Succeeded)
        {
            TempData["Notice"] = t.Format("Шаблон «{0}» создан: версия 1, черновик.", result.Value!.Title);
            return Redirect($"/templates/{result.Value.TemplateId}/versions/1");
        }

        await LoadAsync(cancellationToken);
        return ShowFailure(result)!;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var ids = OrganizationId is { } one
            ? (TemplateService.MayRead(me, one) ? [one] : [])
            : me.OrganizationIds.ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.ShortName, o.TimeZoneId }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var result = new List<OrganizationTemplates>();
        foreach (var id in ids.Where(organizations.ContainsKey).OrderBy(id => organizations[id].ShortName, StringComparer.CurrentCulture))
        {
            var list = await templates.ListAsync(me, id, cancellationToken);
            result.Add(new OrganizationTemplates(id, organizations[id].ShortName, organizations[id].TimeZoneId, TemplateService.MayEdit(me, id), list.Value ?? []));
        }

        Organizations = result;
    }

    public static string KeyTitle(string key) => key switch
    {
        StatutoryTemplates.NetworkAgreement => "договор о сетевой форме",
        StatutoryTemplates.Amendment => "дополнительное соглашение",
        "credit-transfer-order" => "приказ о зачёте",
        "approval-sheet" => "лист согласования",
        "completion-certificate" => "справка об обучении",
        _ => key,
    };

    public bool IsLegalSomewhere => me.HasAnyRole(OrganizationRole.Legal) || me.IsAdministrator;
}
