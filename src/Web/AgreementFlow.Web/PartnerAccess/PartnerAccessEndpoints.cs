using AgreementFlow.Web.Api;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;

namespace AgreementFlow.Web.PartnerAccess;

/// <summary>The coordinator's API of partner contacts and links (never reachable from a partner's link session).</summary>
internal static class PartnerAccessEndpoints
{
    public static IEndpointRouteBuilder MapPartnerAccessEndpoints(this IEndpointRouteBuilder api)
    {
        var agreements = api.MapGroup("/agreements/{id:guid}").WithTags("Partner access");
        agreements.MapGet("/partner-contacts", async (Guid id, CurrentUser user, PartnerAccessService service, Texts t, CancellationToken ct) =>
            ApiResults.From(await service.ListAsync(id, user, ct), TypedResults.Ok, t))
            .WithSummary("The agreement's partners, each with its named contact, its current work and its links (sent, opened, expired, revoked).");
        agreements.MapPut("/partner-contacts", async (Guid id, PartnerContactInput input, CurrentUser user, PartnerAccessService service, Texts t, CancellationToken ct) =>
            ApiResults.From(await service.SetContactAsync(id, input, user, ct), TypedResults.Ok, t))
            .WithSummary("Names or changes a partner's contact (found by e-mail among the partner's staff, or created without a password).");
        agreements.MapPost("/partner-links", async (Guid id, PartnerLinkInput input, CurrentUser user, PartnerAccessService service, Texts t, CancellationToken ct) =>
            ApiResults.From(await service.SendLinkAsync(id, input, user, ct), link => TypedResults.Created($"/api/partner-links/{link.Id}", link), t))
            .WithSummary("Sends the contact a new link for their current work (revoking the previous one) and hands them the partner's open task.");
        api.MapPost("/partner-links/{linkId:guid}/revoke", async (Guid linkId, CurrentUser user, PartnerAccessService service, Texts t, CancellationToken ct) =>
            ApiResults.From(await service.RevokeAsync(linkId, user, ct), TypedResults.Ok, t))
            .WithTags("Partner access")
            .WithSummary("Revokes a link at once, ending sessions opened from it.");
        return api;
    }
}
