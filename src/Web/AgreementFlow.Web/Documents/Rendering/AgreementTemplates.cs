using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Templates;
using AgreementFlow.Web.Documents.Templates;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Documents.Rendering;

/// <summary>The template version an agreement is drafted from, with its content ready to render (library clauses resolved).</summary>
public sealed record AgreementTemplate(DocumentTemplate Template, DocumentTemplateVersion Version, TemplateContent Content);

/// <summary>
/// Finds an agreement's template: the version it was drafted from, or else (an agreement from before
/// templates existed) the base organisation's latest published one for its kind, which it then keeps.
/// </summary>
public sealed class AgreementTemplates(AgreementFlowDbContext db, TemplateService templates, LibraryClauseResolver library)
{
    // One step asks several times (the version assigner, the drafting guard, the render action and its renderer): within
    // a scope a version is read, parsed and resolved once. Scoped, so an edit made in another request is never hidden.
    private readonly Dictionary<Guid, AgreementTemplate> _resolved = [];

    public static string KeyOf(AgreementKind kind) => kind == AgreementKind.Amendment ? StatutoryTemplates.Amendment : StatutoryTemplates.NetworkAgreement;

    /// <summary>Null when the organisation has no published template of the kind.</summary>
    public async Task<AgreementTemplate?> ForAsync(Agreement agreement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (agreement.TemplateVersionId is { } known && _resolved.TryGetValue(known, out var cached))
        {
            return cached;
        }

        var version = agreement.TemplateVersionId is { } id
            ? await db.Set<DocumentTemplateVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, cancellationToken)
            : await templates.LatestPublishedAsync(agreement.BaseOrganizationId, KeyOf(agreement.Kind), cancellationToken);
        if (version is null)
        {
            return null;
        }

        var template = await db.Set<DocumentTemplate>().AsNoTracking().SingleAsync(x => x.Id == version.TemplateId, cancellationToken);
        var parsed = TemplateContentJson.Parse(version.Content);
        if (parsed.Content is null)
        {
            throw new InvalidOperationException(
                $"Template {template.Key} v{version.Version} ({version.Id}) no longer reads: {string.Join("; ", parsed.Errors)}");
        }

        var resolved = new AgreementTemplate(template, version, await library.ResolveAsync(template.OrganizationId, parsed.Content, cancellationToken));
        _resolved[version.Id] = resolved;
        return resolved;
    }
}
