using System.Text.Json.Nodes;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Documents.Rendering;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Documents.Templates;

/// <summary>
/// The editor's live preview: renders sections as they are being typed, with sample data or a chosen
/// agreement's data, and reports syntax errors (clause, line, column), undeclared fields and the statutory checklist.
/// </summary>
public sealed class TemplatePreviewer(
    AgreementFlowDbContext db, DocumentRenderer renderer, AgreementQueries agreements, AgreementTemplateData templateData, LibraryClauseResolver library, Texts t, TimeProvider clock)
{
    public async Task<CommandResult<TemplatePreviewResult>> PreviewAsync(CurrentUser user, TemplatePreviewInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        if (input.Sections is null)
        {
            errors.Add("sections", t["Укажите разделы шаблона."]);
            return CommandResult<TemplatePreviewResult>.Invalid(errors);
        }

        JsonObject data;
        var organizationId = input.OrganizationId is { } given && TemplateService.MayRead(user, given) ? given : (Guid?)null;
        if (input.AgreementId is { } agreementId)
        {
            var agreement = await agreements.Visible(user).Include(a => a.Parties).Include(a => a.Programs).AsSingleQuery()
                .SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
            if (agreement is null)
            {
                return CommandResult<TemplatePreviewResult>.NotFound(t["Договор не найден."]);
            }

            var instanceData = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == agreement.WorkflowInstanceId)
                .Select(i => i.Data).SingleOrDefaultAsync(cancellationToken);
            organizationId ??= agreement.BaseOrganizationId;
            data = await templateData.BuildAsync(agreement, instanceData is null ? null : JsonNode.Parse(instanceData) as JsonObject, cancellationToken);
        }
        else
        {
            data = input.Data ?? [];
        }

        var language = Texts.IsEnglish ? "en" : "ru";
        var json = new JsonObject { ["fields"] = input.Fields?.DeepClone() ?? new JsonArray(), ["sections"] = input.Sections.DeepClone() };
        var parsed = TemplateContentJson.Parse(json.ToJsonString());
        if (parsed.Content is null)
        {
            // The structure itself is wrong (e.g. a clause without an id): say where, render nothing.
            return CommandResult<TemplatePreviewResult>.Success(new TemplatePreviewResult(
                "",
                [.. parsed.Errors.Select(e => new TemplateProblem(null, null, null, e))],
                [],
                StatutoryView.From(new StatutoryCoverage([], StatutoryItems.All), language)));
        }

        // Clauses taken from the library show the library's text (at the version they name).
        var content = organizationId is { } org ? await library.ResolveAsync(org, parsed.Content, cancellationToken) : parsed.Content;
        var title = string.IsNullOrWhiteSpace(input.Title) ? t["Предварительный просмотр"] : input.Title.Trim();
        var preview = renderer.Preview(content, data, new DocumentHeader(title, data["number"]?.ToString(), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), null));
        return CommandResult<TemplatePreviewResult>.Success(new TemplatePreviewResult(
            preview.Html, preview.Errors, preview.Warnings, StatutoryView.From(preview.Statutory, language)));
    }
}
