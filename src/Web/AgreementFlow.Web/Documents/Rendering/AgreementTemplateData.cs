using System.Globalization;
using System.Text.Json.Nodes;
using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Documents.Templates;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Documents.Rendering;

/// <summary>
/// The data a template renders an agreement with: what the directory knows (the parties, their directors,
/// the programmes), the term and number, and on top of it the agreement's own data as the drafter wrote it
/// (duties, resources, the director's name in the genitive…), which extends and overrides the rest.
/// </summary>
/// <remarks>
/// Shape: <c>number</c>, <c>date</c>, <c>title</c>, <c>term.from</c>/<c>term.to</c>, <c>base</c> and each of
/// <c>partners[]</c> as <c>{fullName, shortName, address, inn, email, director: {name}}</c>, <c>parties[]</c>
/// (the base first), <c>programs[]</c> as <c>{name, focus, level, hours}</c> and <c>program</c> (the first).
/// </remarks>
public sealed class AgreementTemplateData(AgreementFlowDbContext db)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public async Task<JsonObject> BuildAsync(Agreement agreement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var parties = agreement.Parties.Count > 0
            ? agreement.Parties.ToList()
            : await db.AgreementParties.AsNoTracking().Where(p => p.AgreementId == agreement.Id).ToListAsync(cancellationToken);
        var programIds = agreement.Programs.Count > 0
            ? agreement.Programs.Select(p => p.ProgramId).ToList()
            : await db.AgreementPrograms.AsNoTracking().Where(p => p.AgreementId == agreement.Id).Select(p => p.ProgramId).ToListAsync(cancellationToken);
        var organizationIds = parties.Select(p => p.OrganizationId).ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var directors = (await db.Memberships.AsNoTracking()
                .Where(m => organizationIds.Contains(m.OrganizationId) && m.Role == OrganizationRole.Director)
                .Select(m => new { m.OrganizationId, m.PersonId, m.Person!.FullName })
                .ToListAsync(cancellationToken))
            .GroupBy(m => m.OrganizationId)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.PersonId).First().FullName);
        var programs = await db.Programs.AsNoTracking().Where(p => programIds.Contains(p.Id)).OrderBy(p => p.Name).ToListAsync(cancellationToken);

        JsonObject Party(AgreementParty party)
        {
            var organization = organizations[party.OrganizationId];
            return new JsonObject
            {
                ["id"] = organization.Id.ToString(),
                ["role"] = party.IsBase ? "base" : "partner",
                ["fullName"] = organization.FullName,
                ["shortName"] = organization.ShortName,
                ["address"] = organization.Address,
                ["inn"] = organization.Inn,
                ["email"] = organization.Email,
                ["director"] = new JsonObject { ["name"] = directors.GetValueOrDefault(organization.Id) },
            };
        }

        var ordered = parties.OrderBy(p => p.IsBase ? 0 : 1).ThenBy(p => p.Position).ToList();
        var programNodes = programs.Select(p => (JsonNode)new JsonObject
        {
            ["name"] = p.Name,
            ["focus"] = p.Focus.ToString(),
            ["level"] = p.Level.ToString(),
            ["hours"] = p.Hours,
        }).ToList();
        var data = new JsonObject
        {
            ["title"] = agreement.Title,
            ["number"] = agreement.Number,
            ["date"] = DateOnly.FromDateTime(agreement.CreatedAtUtc).ToString("yyyy-MM-dd", Invariant),
            ["term"] = new JsonObject
            {
                ["from"] = agreement.TermFrom.ToString("yyyy-MM-dd", Invariant),
                ["to"] = agreement.TermTo.ToString("yyyy-MM-dd", Invariant),
            },
            ["base"] = ordered.FirstOrDefault(p => p.IsBase) is { } baseParty ? Party(baseParty) : null,
            ["partners"] = new JsonArray([.. ordered.Where(p => !p.IsBase).Select(p => (JsonNode)Party(p))]),
            ["parties"] = new JsonArray([.. ordered.Select(p => (JsonNode)Party(p))]),
            ["programs"] = new JsonArray([.. programNodes.Select(p => p.DeepClone())]),
            ["program"] = programNodes.FirstOrDefault()?.DeepClone(),
        };
        if (JsonNode.Parse(agreement.Data) is JsonObject own)
        {
            JsonMerge.Into(data, own);
        }

        return data;
    }
}
