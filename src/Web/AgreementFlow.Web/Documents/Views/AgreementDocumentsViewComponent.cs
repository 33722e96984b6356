using AgreementFlow.Web.Documents.Rendering;
using AgreementFlow.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AgreementFlow.Web.Documents.Views;

/// <summary>
/// The agreement page's list of document versions: reason, date (in the base organisation's zone, given by the page),
/// short hash, HTML/DOCX/PDF, «PDF готовится».
/// </summary>
public sealed class AgreementDocumentsViewComponent(AgreementDocuments documents, CurrentUser me) : ViewComponent
{
    public sealed record Model(Guid AgreementId, IReadOnlyList<AgreementDocumentSummary> Versions, string TimeZone);

    public async Task<IViewComponentResult> InvokeAsync(Guid agreementId, string timeZone)
    {
        var versions = await documents.ListAsync(me, agreementId, HttpContext.RequestAborted) ?? [];
        return View("~/Pages/Agreements/Documents/_DocumentList.cshtml", new Model(agreementId, versions, timeZone));
    }
}
