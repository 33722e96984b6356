using AgreementFlow.Web.Api;
using AgreementFlow.Web.Documents.Templates;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;

namespace AgreementFlow.Web.Documents.Api;

/// <summary><c>/api/templates</c>: the legal staff's templates, their versions, publishing, comparing, the live preview.</summary>
internal static class TemplateEndpoints
{
    public static IEndpointRouteBuilder MapTemplateEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/templates").WithTags("Templates");
        group.MapGet("/", async (Guid? organizationId, CurrentUser user, TemplateService templates, Texts t, CancellationToken ct) =>
                ApiResults.From(await templates.ListAsync(user, organizationId, ct), list => TypedResults.Ok(list), t))
            .WithSummary("The templates of an organisation (or of all of the user's): latest and published version.");
        group.MapPost("/", async (TemplateCreateInput input, CurrentUser user, TemplateService templates, Texts t, CancellationToken ct) =>
                ApiResults.From(await templates.CreateAsync(user, input, ct),
                    created => TypedResults.Created($"/api/templates/{created.TemplateId}/versions/{created.Version}", created), t))
            .WithSummary("A new template as draft version 1 (legal staff of the organisation).");
        group.MapGet("/{id:guid}", async (Guid id, CurrentUser user, TemplateService templates, Texts t, CancellationToken ct) =>
            ApiResults.From(await templates.FindAsync(user, id, ct), detail => TypedResults.Ok(detail), t));
        group.MapPost("/{id:guid}/versions", async (Guid id, CurrentUser user, TemplateService templates, Texts t, CancellationToken ct) =>
                ApiResults.From(await templates.CreateDraftAsync(user, id, ct),
                    draft => TypedResults.Created($"/api/templates/{id}/versions/{draft.Version}", draft), t))
            .WithSummary("A new draft version, a copy of the latest; 409 while a draft exists.");
        group.MapGet("/{id:guid}/versions/compare", async (Guid id, int from, int to, CurrentUser user, TemplateService templates, Texts t, CancellationToken ct) =>
                ApiResults.From(await templates.CompareAsync(user, id, from, to, ct), comparison => TypedResults.Ok(comparison), t))
            .WithSummary("Two versions compared clause by clause, word by word.");
        group.MapGet("/{id:guid}/versions/{version:int}", async (Guid id, int version, CurrentUser user, TemplateService templates, Texts t, CancellationToken ct) =>
            ApiResults.From(await templates.VersionAsync(user, id, version, ct), view => TypedResults.Ok(view), t));
        group.MapPut("/{id:guid}/versions/{version:int}", async (Guid id, int version, TemplateDraftInput input, CurrentUser user, TemplateService templates, Texts t, CancellationToken ct) =>
                ApiResults.From(await templates.UpdateDraftAsync(user, id, version, input, ct), view => TypedResults.Ok(view), t))
            .WithSummary("Replaces a draft's content; 409 once published; 400 naming the JSON path of each problem.");
        group.MapPost("/{id:guid}/versions/{version:int}/publish", async (Guid id, int version, TemplatePublishInput input, CurrentUser user, TemplateService templates, Texts t, CancellationToken ct) =>
                ApiResults.From(await templates.PublishAsync(user, id, version, input, ct), view => TypedResults.Ok(view), t))
            .WithSummary("Publishes a draft with a change note; 422 listing what is missing (statutory items, clause errors).");
        group.MapPost("/preview", async (TemplatePreviewInput input, CurrentUser user, TemplatePreviewer previewer, Texts t, CancellationToken ct) =>
                ApiResults.From(await previewer.PreviewAsync(user, input, ct), preview => TypedResults.Ok(preview), t))
            .WithSummary("Renders sections with data: HTML, errors with line and column, warnings, the statutory checklist.");
        return api;
    }
}
