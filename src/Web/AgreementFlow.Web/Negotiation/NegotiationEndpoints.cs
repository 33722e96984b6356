using AgreementFlow.Web.Api;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;

namespace AgreementFlow.Web.Negotiation;

/// <summary>
/// <c>/api/agreements/{id}/comments</c>, <c>/api/comments/{id}/…</c>, <c>/api/agreements/{id}/proposals</c> and
/// <c>/api/proposals/{id}/…</c>: the negotiation of an agreement's text. Partner link sessions may use them within their scope.
/// </summary>
internal static class NegotiationEndpoints
{
    public static IEndpointRouteBuilder MapNegotiationEndpoints(this IEndpointRouteBuilder api)
    {
        var agreements = api.MapGroup("/agreements/{id:guid}").WithTags("Negotiation");
        agreements.MapGet("/comments", async (Guid id, CurrentUser user, NegotiationService negotiation, Texts t, CancellationToken ct) =>
            ApiResults.From(await negotiation.ThreadsAsync(user, id, ct), threads => TypedResults.Ok(threads), t))
            .WithSummary("Comment threads on the clauses of the agreement's document (texts exactly as typed).")
            .AllowPartnerSession();
        agreements.MapPost("/comments", async (Guid id, CommentRequest request, CurrentUser user, NegotiationService negotiation, Texts t, CancellationToken ct) =>
            ApiResults.From(await negotiation.CommentAsync(user, id, request, ct), thread => TypedResults.Created($"/api/comments/{thread.Id}", thread), t))
            .WithSummary("Starts a thread on a clause (clauseId, text). Staff of a party; a partner link session needs the Comment action.")
            .AllowPartnerSession();
        agreements.MapGet("/proposals", async (Guid id, CurrentUser user, NegotiationService negotiation, Texts t, CancellationToken ct) =>
            ApiResults.From(await negotiation.ProposalsAsync(user, id, ct), proposals => TypedResults.Ok(proposals), t))
            .WithSummary("Proposed clause texts and the base's decisions on them.")
            .AllowPartnerSession();
        agreements.MapPost("/proposals", async (Guid id, ProposalRequest request, CurrentUser user, NegotiationService negotiation, Texts t, CancellationToken ct) =>
            ApiResults.From(await negotiation.ProposeAsync(user, id, request, ct), proposal => TypedResults.Created($"/api/proposals/{proposal.Id}", proposal), t))
            .WithSummary("Proposes a new text for a clause (clauseId, text as Handlebars/Markdown, note). Errors name the line and column.")
            .AllowPartnerSession();

        var comments = api.MapGroup("/comments/{id:guid}").WithTags("Negotiation");
        comments.MapPost("/replies", async (Guid id, CommentRequest request, CurrentUser user, NegotiationService negotiation, Texts t, CancellationToken ct) =>
            ApiResults.From(await negotiation.ReplyAsync(user, id, request, ct), thread => TypedResults.Ok(thread), t))
            .WithSummary("Replies to a thread.")
            .AllowPartnerSession();
        comments.MapPost("/resolve", async (Guid id, ResolveRequest? request, CurrentUser user, NegotiationService negotiation, Texts t, CancellationToken ct) =>
            ApiResults.From(await negotiation.ResolveAsync(user, id, request?.Resolved ?? true, ct), thread => TypedResults.Ok(thread), t))
            .WithSummary("Marks a thread resolved ({\"resolved\": true}, the default) or reopens it ({\"resolved\": false}).")
            .AllowPartnerSession();

        var proposals = api.MapGroup("/proposals/{id:guid}").WithTags("Negotiation");
        proposals.MapPost("/accept", async (Guid id, DecisionRequest? request, CurrentUser user, NegotiationService negotiation, Texts t, CancellationToken ct) =>
            ApiResults.From(await negotiation.AcceptAsync(user, id, request ?? new DecisionRequest(null), ct), decision => TypedResults.Ok(decision), t))
            .WithSummary("Accepts a proposal (the base's legal staff): a new document version with the clause changed; approvals of older text are voided and their tasks given again.");
        proposals.MapPost("/reject", async (Guid id, DecisionRequest? request, CurrentUser user, NegotiationService negotiation, Texts t, CancellationToken ct) =>
            ApiResults.From(await negotiation.RejectAsync(user, id, request ?? new DecisionRequest(null), ct), decision => TypedResults.Ok(decision), t))
            .WithSummary("Rejects a proposal with a reason (the base's legal staff); the document does not change.");
        return api;
    }
}
