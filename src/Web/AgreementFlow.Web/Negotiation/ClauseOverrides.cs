using AgreementFlow.Data.Negotiation;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Templates;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Negotiation;

/// <summary>
/// Puts an agreement's own clause texts (accepted proposals) into its template's content before rendering, so every later
/// version of its document has them. Reads the saved overrides and those added in the current step (not yet saved).
/// </summary>
public sealed class ClauseOverrides(AgreementFlowDbContext db)
{
    public async Task<TemplateContent> ApplyAsync(Guid agreementId, TemplateContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var texts = await db.Set<ClauseOverride>().AsNoTracking().Where(o => o.AgreementId == agreementId)
            .ToDictionaryAsync(o => o.ClauseId, o => o.Text, StringComparer.Ordinal, cancellationToken);
        foreach (var pending in db.ChangeTracker.Entries<ClauseOverride>().Where(e => e.Entity.AgreementId == agreementId && e.State is EntityState.Added or EntityState.Modified))
        {
            texts[pending.Entity.ClauseId] = pending.Entity.Text;
        }

        if (texts.Count == 0)
        {
            return content;
        }

        return content with
        {
            Sections = [.. content.Sections.Select(section => section with
            {
                Clauses = [.. section.Clauses.Select(clause => texts.TryGetValue(clause.Id, out var text) ? clause with { Text = text, LibraryClauseKey = null } : clause)],
            })],
        };
    }
}
