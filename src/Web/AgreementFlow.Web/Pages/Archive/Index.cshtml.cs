using AgreementFlow.Web.Archive;
using AgreementFlow.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgreementFlow.Web.Pages.Archive;

/// <summary>The archive: search by number, party, programme, year and kind; each record's files with their hashes, to download.</summary>
public sealed class IndexModel(ArchiveService archive, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<ArchiveRecordView> Records { get; private set; } = [];

    public bool IsAdministrator => user.IsAdministrator;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var kind = Kind is "agreement" or "amendment" ? Kind : null;
        var year = Year is >= 2000 and <= 2100 ? Year : null;
        Records = await archive.SearchAsync(user, Q is { Length: > 200 } ? Q[..200] : Q, year, kind, cancellationToken);
    }
}
