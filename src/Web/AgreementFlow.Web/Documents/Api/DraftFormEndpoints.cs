using AgreementFlow.Web.Api;
using AgreementFlow.Web.Documents.Forms;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;

namespace AgreementFlow.Web.Documents.Api;

/// <summary><c>/api/agreements/{id}/draft-form</c> and <c>/data</c>: the form generated from the template's fields, and saving it.</summary>
internal static class DraftFormEndpoints
{
    public static IEndpointRouteBuilder MapDraftFormEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/agreements/{id:guid}").WithTags("Documents");
        group.MapGet("/draft-form", async (Guid id, CurrentUser user, DraftFormService forms, Texts t, CancellationToken ct) =>
                ApiResults.From(await forms.GetAsync(user, id, ct), view => TypedResults.Ok(view), t))
            .WithSummary("The template's declared fields with the agreement's current values, and what is still missing before it may leave drafting.");
        group.MapPut("/data", async (Guid id, DraftDataInput input, CurrentUser user, DraftFormService forms, Texts t, CancellationToken ct) =>
                ApiResults.From(await forms.SaveAsync(user, id, input, ct), view => TypedResults.Ok(view), t))
            .WithSummary("Saves the editable fields (400 naming each bad field, 409 once the agreement has left drafting).");
        return api;
    }
}
