using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgreementFlow.Web.Pages.Agreements;

/// <summary>A batch: a progress bar while its agreements are created, then where each school's agreement stands and who holds it.</summary>
public sealed class BatchProgressModel(
    BoardQueries board, AgreementBatchService batches, CurrentUser me)
    : PageModel
{
    /// <summary>Seconds between reloads while the batch is being created.</summary>
    public const int RefreshSeconds = 2;

    private readonly BoardQueries _board = board;

    [FromRoute]
    public Guid Id { get; set; }

    public BatchProgress Progress { get; private set; } = new(Guid.Empty, "pending", 0, 0, 0, []);

    public BatchSummary? Summary { get; private set; }

    public bool Pending => Progress.Status == "pending";

    /// <summary>The matrix's columns: the agreement route's stages in order.</summary>
    public IReadOnlyList<(string Id, string Title)> Stages { get; private set; } = [];

    public IReadOnlyDictionary<Guid, IReadOnlyList<AgreementHolder>> Holders { get; private set; } = new Dictionary<Guid, IReadOnlyList<AgreementHolder>>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await batches.ProgressAsync(Id, me, cancellationToken) is not { } progress)
        {
            return NotFound();
        }

        Progress = progress;
        Summary = await _board.BatchSummaryAsync(Id, cancellationToken);
        Stages = _board.RouteStages();
        var created = progress.Items.Where(i => i.Stage is not null).Select(i => i.AgreementId).ToList();
        Holders = await _board.HoldersAsync(created, cancellationToken);
        if (Pending)
        {
            // The page reloads itself until the batch is done: no script needed (the policy allows none inline).
            Response.Headers["Refresh"] = RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Page();
    }
}
