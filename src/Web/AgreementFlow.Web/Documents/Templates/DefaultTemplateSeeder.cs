using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Templates;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Documents.Templates;

/// <summary>
/// Gives an organisation the shipped Russian templates (<see cref="DefaultTemplates.All"/>) as published
/// version 1, once: so every agreement has a published form to be drafted from. Idempotent; safe when two
/// requests seed the same organisation at once (the unique key decides, the loser finds the winner's rows).
/// </summary>
public sealed class DefaultTemplateSeeder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DefaultTemplateSeeder> logger)
{
    public const string ShippedNote = "Форма по умолчанию, поставляемая с AgreementFlow";

    /// <summary>Seeds what <paramref name="organizationId"/> lacks, in a context of its own (not the caller's transaction).</summary>
    public async Task EnsureAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
        var existing = await db.Set<DocumentTemplate>().AsNoTracking().Where(t => t.OrganizationId == organizationId)
            .Select(t => t.Key).ToListAsync(cancellationToken);
        var missing = DefaultTemplates.All.Where(d => !existing.Contains(d.Key)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var shipped in missing)
        {
            var template = new DocumentTemplate
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                OrganizationId = organizationId,
                Key = shipped.Key,
                Title = shipped.TitleRu,
                CreatedAtUtc = now,
            };
            db.Add(template);
            db.Add(new DocumentTemplateVersion
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                TemplateId = template.Id,
                Version = 1,
                Status = TemplateVersionStatus.Published,
                Content = TemplateContentJson.Serialize(shipped.Content),
                SampleData = shipped.SampleData.ToJsonString(),
                ChangeNote = ShippedNote,
                CreatedAtUtc = now,
                UpdatedAtUtc = now,
                PublishedAtUtc = now,
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // Another request seeded the same organisation first: its rows are as good as ours.
            logger.LogDebug(e, "Default templates of organisation {OrganizationId} were seeded concurrently", organizationId);
        }
    }

    /// <summary>Seeds every organisation that lacks a shipped template.</summary>
    public async Task EnsureAllAsync(CancellationToken cancellationToken)
    {
        List<Guid> organizations;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
            var keys = DefaultTemplates.All.Count;
            organizations = await db.Organizations.AsNoTracking()
                .Where(o => db.Set<DocumentTemplate>().Count(t => t.OrganizationId == o.Id) < keys)
                .Select(o => o.Id).ToListAsync(cancellationToken);
        }

        foreach (var organizationId in organizations)
        {
            await EnsureAsync(organizationId, cancellationToken);
        }
    }
}
