using AgreementFlow.Web.Documents.Rendering;
using AgreementFlow.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AgreementFlow.Web.Documents.Views;

/// <summary>The decision page shows the text being decided on: the agreement's latest document version.</summary>
public sealed class CurrentDocumentViewComponent(AgreementDocuments documents, CurrentUser me) : ViewComponent
{
    public sealed record Model(Guid AgreementId, int Version, string Html);

    public async Task<IViewComponentResult> InvokeAsync(Guid agreementId)
    {
        var current = await documents.CurrentFragmentAsync(me, agreementId, HttpContext.RequestAborted);
        return current is { } found
            ? View("~/Pages/Agreements/Documents/_CurrentDocument.cshtml", new Model(agreementId, found.Version, found.Html))
            : Content("");
    }
}
