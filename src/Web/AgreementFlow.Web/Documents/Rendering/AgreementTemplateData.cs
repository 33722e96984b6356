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
/// Shape (the default templates' fields): <c>number</c>, <c>date</c>, <c>title</c>, <c>term.from</c>/<c>term.to</c>,
/// <c>base</c> and each of <c>partners[]</c> as <c>{id, fullName, shortName, address, inn, email, director,
/// directorPosition, directorPositionGenitive, basis}</c>, <c>parties[]</c> (the base first), <c>programs[]</c> as
/// <c>{title, focus, level, hours}</c> and <c>program</c> (the first), <c>studentsCount</c>. The drafter's data is
/// merged over it: objects deeply, arrays element by element (so <c>partners[0].directorGenitive</c> can be given).
/// </remarks>
public sealed class AgreementTemplateData(AgreementFlowDbContext db)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The route's own keys in the instance data, which the directory's view above already gives better.</summary>
    private static readonly HashSet<string> RouteKeys = new(StringComparer.Ordinal) { "programs", "title", "term", "document", "pendingCapabilities", "amendments" };

    /// <summary>
    /// The data for <paramref name="agreement"/>; with <paramref name="instanceData"/> (the route's data, where
    /// answers such as a partner's proposed changes are kept) merged last, so each version shows them.
    /// </summary>
    public async Task<JsonObject> BuildAsync(Agreement agreement, JsonObject? instanceData, CancellationToken cancellationToken)
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
                ["director"] = directors.GetValueOrDefault(organization.Id),
                // The usual wording; the name in the genitive is the drafter's to give (data), never guessed.
                ["directorPosition"] = "Директор",
                ["directorPositionGenitive"] = "директора",
                ["basis"] = "Устава",
            };
        }

        var ordered = parties.OrderBy(p => p.IsBase ? 0 : 1).ThenBy(p => p.Position).ToList();
        var programNodes = programs.Select(p => (JsonNode)new JsonObject
        {
            ["title"] = p.Name,
            ["name"] = p.Name,
            ["focus"] = FocusOf(p.Focus),
            ["level"] = LevelOf(p.Level),
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
            // The draft form has always called the head count "students"; the templates call it "studentsCount".
            if (own["students"] is JsonValue students && own["studentsCount"] is null)
            {
                data["studentsCount"] = students.DeepClone();
            }

            JsonMerge.Into(data, own);
        }

        if (instanceData is not null)
        {
            var answers = new JsonObject();
            foreach (var (key, value) in instanceData.Where(p => !RouteKeys.Contains(p.Key)))
            {
                answers[key] = value?.DeepClone();
            }

            if (answers["students"] is JsonValue students && answers["studentsCount"] is null)
            {
                answers["studentsCount"] = students.DeepClone();
            }

            JsonMerge.Into(data, answers);
        }

        return data;
    }

    private static string LevelOf(ProgramLevel level) => level switch
    {
        ProgramLevel.Introductory => "дополнительная общеразвивающая программа, стартовый уровень",
        ProgramLevel.Basic => "дополнительная общеразвивающая программа, базовый уровень",
        ProgramLevel.Advanced => "дополнительная общеразвивающая программа, продвинутый уровень",
        ProgramLevel.PrimaryGeneral => "начальное общее образование",
        ProgramLevel.BasicGeneral => "основное общее образование",
        ProgramLevel.SecondaryGeneral => "среднее общее образование",
        _ => level.ToString(),
    };

    private static string FocusOf(ProgramFocus focus) => focus switch
    {
        ProgramFocus.Technical => "техническая",
        ProgramFocus.NaturalScience => "естественнонаучная",
        ProgramFocus.PhysicalCultureAndSports => "физкультурно-спортивная",
        ProgramFocus.Artistic => "художественная",
        ProgramFocus.TourismAndLocalHistory => "туристско-краеведческая",
        ProgramFocus.SocialAndHumanitarian => "социально-гуманитарная",
        ProgramFocus.GeneralEducation => "общеобразовательная",
        _ => focus.ToString(),
    };
}
