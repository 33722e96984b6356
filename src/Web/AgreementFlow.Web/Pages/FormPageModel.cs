using AgreementFlow.Web.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgreementFlow.Web.Pages;

/// <summary>A page with a form: keeps the field errors a command returned, to show them next to the fields.</summary>
public abstract class FormPageModel : PageModel
{
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? Problem { get; private set; }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Shows a failed command on the page with the matching status, or returns null when it succeeded.</summary>
    protected IActionResult? ShowFailure<T>(CommandResult<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return null;
        }

        Errors = result.Errors?.ToDictionary() ?? new Dictionary<string, string[]>();
        Problem = result.Message;
        Response.StatusCode = result.Outcome switch
        {
            CommandOutcome.Invalid => StatusCodes.Status400BadRequest,
            CommandOutcome.Conflict => StatusCodes.Status409Conflict,
            CommandOutcome.NotFound => StatusCodes.Status404NotFound,
            CommandOutcome.NotAllowed => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodes.Status403Forbidden,
        };
        return result.Outcome == CommandOutcome.NotFound ? NotFound() : Page();
    }
}
