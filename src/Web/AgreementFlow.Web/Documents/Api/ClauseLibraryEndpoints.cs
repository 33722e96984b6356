using AgreementFlow.Web.Api;
using AgreementFlow.Web.Documents.Library;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;

namespace AgreementFlow.Web.Documents.Api;

/// <summary><c>/api/clause-library</c>: clauses shared by several templates, each with versions of its own.</summary>
internal static class ClauseLibraryEndpoints
{
    public static IEndpointRouteBuilder MapClauseLibraryEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/clause-library").WithTags("Documents");
        group.MapGet("/", async (Guid? organizationId, CurrentUser user, ClauseLibraryService library, Texts t, CancellationToken ct) =>
                ApiResults.From(await library.ListAsync(user, organizationId, ct), list => TypedResults.Ok(list), t))
            .WithSummary("The organisation's library clauses (or those of every organisation the person belongs to).");
        group.MapPost("/", async (NewLibraryClauseInput input, CurrentUser user, ClauseLibraryService library, Texts t, CancellationToken ct) =>
                ApiResults.From(await library.CreateAsync(user, input, ct), view => TypedResults.Created($"/api/clause-library/{view.Id}", view), t))
            .WithSummary("A new library clause with its first draft version (legal staff).");
        group.MapGet("/{id:guid}", async (Guid id, CurrentUser user, ClauseLibraryService library, Texts t, CancellationToken ct) =>
                ApiResults.From(await library.GetAsync(user, id, ct), view => TypedResults.Ok(view), t))
            .WithSummary("A library clause with every version and the templates that use it.");
        group.MapPost("/{id:guid}/versions", async (Guid id, CurrentUser user, ClauseLibraryService library, Texts t, CancellationToken ct) =>
                ApiResults.From(await library.AddVersionAsync(user, id, ct), view => TypedResults.Created($"/api/clause-library/{id}/versions/{view.Version}", view), t))
            .WithSummary("A new draft version from the latest text (409 while a draft exists).");
        group.MapPut("/{id:guid}/versions/{version:int}", async (Guid id, int version, LibraryClauseVersionInput input, CurrentUser user, ClauseLibraryService library, Texts t, CancellationToken ct) =>
                ApiResults.From(await library.UpdateVersionAsync(user, id, version, input, ct), view => TypedResults.Ok(view), t))
            .WithSummary("Edits a draft version (409 once it is published).");
        group.MapPost("/{id:guid}/versions/{version:int}/publish", async (Guid id, int version, CurrentUser user, ClauseLibraryService library, Texts t, CancellationToken ct) =>
                ApiResults.From(await library.PublishAsync(user, id, version, ct), view => TypedResults.Ok(view), t))
            .WithSummary("Publishes a draft version: templates that name it, or the latest, render its text.");
        return api;
    }
}
