using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Tasks;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgreementFlow.Web.Pages.Inbox;

/// <summary>The signed-in person's open tasks, nearest deadline first: what the director opens every morning.</summary>
public sealed class IndexModel(InboxQueries inbox, CurrentUser me) : PageModel
{
    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    public int OverdueCount => Items.Count(i => i.Task.Overdue);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await inbox.MineAsync(me, cancellationToken);
}
