using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Templates;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Documents.Templates;

/// <summary>
/// Puts the clause library's text into the clauses that refer to it (by key, at the version named or the
/// latest published), so the renderer sees plain clauses. A reference to nothing keeps the clause's own text.
/// </summary>
public sealed class LibraryClauseResolver(AgreementFlowDbContext db)
{
    public async Task<TemplateContent> ResolveAsync(Guid organizationId, TemplateContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var keys = content.Sections.SelectMany(s => s.Clauses).Select(c => c.LibraryClauseKey).OfType<string>().Distinct().ToList();
        if (keys.Count == 0)
        {
            return content;
        }

        var versions = await (
            from clause in db.Set<LibraryClause>().AsNoTracking()
            join version in db.Set<LibraryClauseVersion>().AsNoTracking() on clause.Id equals version.ClauseId
            where clause.OrganizationId == organizationId && keys.Contains(clause.Key) && version.Status == TemplateVersionStatus.Published
            select new { clause.Key, version.Version, version.Text, version.Covers }).ToListAsync(cancellationToken);

        var sections = content.Sections.Select(section => section with
        {
            Clauses = [.. section.Clauses.Select(clause =>
            {
                if (clause.LibraryClauseKey is not { } key)
                {
                    return clause;
                }

                var found = versions.Where(v => v.Key == key && (clause.LibraryClauseVersion is null || v.Version == clause.LibraryClauseVersion))
                    .MaxBy(v => v.Version);
                if (found is null)
                {
                    return clause;
                }

                var covers = clause.Covers.Count > 0
                    ? clause.Covers
                    : [.. found.Covers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(c => Enum.TryParse<StatutoryItem>(c, ignoreCase: true, out var item) ? item : (StatutoryItem?)null)
                        .OfType<StatutoryItem>()];
                return clause with { Text = found.Text, Covers = covers };
            })],
        }).ToList();
        return content with { Sections = sections };
    }
}
