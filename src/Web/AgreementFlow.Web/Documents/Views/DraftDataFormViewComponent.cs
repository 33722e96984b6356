using AgreementFlow.Web.Documents.Forms;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Pages.Agreements;
using Microsoft.AspNetCore.Mvc;

namespace AgreementFlow.Web.Documents.Views;

/// <summary>The agreement page's draft form, generated from the template's fields; shown only while the agreement is in drafting.</summary>
public sealed class DraftDataFormViewComponent(DraftFormService forms, CurrentUser me) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid agreementId)
    {
        var result = await forms.GetAsync(me, agreementId, HttpContext.RequestAborted);
        if (!result.Succeeded || !result.Value!.Drafting)
        {
            return Content(string.Empty);
        }

        return View("~/Pages/Agreements/_DraftDataForm.cshtml", new DraftDataForm(result.Value, new Dictionary<string, string[]>(), new Dictionary<string, int>()));
    }
}
