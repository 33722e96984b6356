using AgreementFlow.Web.CreditTransfers;
using AgreementFlow.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgreementFlow.Web.Pages.CreditTransfers;

/// <summary>The organisation's credit-transfer applications, newest first, with counts by stage.</summary>
public sealed class IndexModel(CreditTransferService transfers, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Stage { get; set; }

    public IReadOnlyList<CreditTransferSummary> Items { get; private set; } = [];

    public IReadOnlyList<(string Stage, string Title, int Count)> Counts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await transfers.ListAsync(me, null, cancellationToken);
        Counts = [.. all.GroupBy(t => (t.Stage, t.StageTitle)).Select(g => (g.Key.Stage, g.Key.StageTitle, g.Count())).OrderByDescending(c => c.Item3)];
        Items = string.IsNullOrWhiteSpace(Stage) ? all : [.. all.Where(t => t.Stage == Stage)];
    }
}
