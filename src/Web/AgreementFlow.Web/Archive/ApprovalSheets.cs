using System.Globalization;
using System.Text.Json.Nodes;
using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Documents.Templates;
using AgreementFlow.Web.Organizations;
using AgreementFlow.Workflows.Runtime.Journal;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Archive;

/// <summary>
/// Builds an agreement's approval sheet from its instance's journal: every answer with the person, their organisation
/// and role, whom they acted for as «и.о.», the outcome («согласовано с замечаниями» among them), the remark and the time
/// in the organisation's zone, and which document version (with its DOCX SHA-256) the approvals were given to; rendered with the base organisation's published <c>approval-sheet</c> form (or the shipped one).
/// </summary>
public sealed class ApprovalSheets(
    AgreementFlowDbContext db, TemplateService templates, LibraryClauseResolver library, DocumentRenderer renderer, TimeProvider clock)
{
    public async Task<ApprovalSheet> RenderAsync(Agreement agreement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var data = await DataAsync(agreement, cancellationToken);
        var content = await TemplateAsync(agreement.BaseOrganizationId, cancellationToken);
        var zone = await ZoneOfAsync(agreement.BaseOrganizationId, cancellationToken);
        var today = DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime, zone));
        var document = renderer.Render(content, data, new DocumentHeader("Лист согласования", agreement.Number, today, null));
        return new ApprovalSheet(HtmlDocumentWriter.WritePage(document), DocxDocumentWriter.Write(document), data["entries"]!.AsArray().Count);
    }

    /// <summary>The template data: the shape of the shipped <c>approval-sheet</c> template's fields.</summary>
    public async Task<JsonObject> DataAsync(Agreement agreement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var entries = await db.JournalEntries.AsNoTracking()
            .Where(j => j.InstanceId == agreement.WorkflowInstanceId && j.Kind == JournalEntryKind.TaskCompleted && j.ActorPersonId != null)
            .OrderBy(j => j.Sequence)
            .ToListAsync(cancellationToken);
        var peopleIds = entries.SelectMany(e => new[] { e.ActorPersonId, e.ActingForPersonId }).OfType<Guid>().Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => peopleIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);
        var organizationIds = entries.Select(e => e.OrganizationId).OfType<Guid>().Append(agreement.BaseOrganizationId).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new { o.ShortName, o.TimeZoneId }, cancellationToken);
        var assignments = await db.TaskAssignments.AsNoTracking()
            .Where(a => a.InstanceId == agreement.WorkflowInstanceId && a.CompletedByPersonId != null)
            .Select(a => new { a.CompletedByPersonId, a.Role, a.CompletedAtUtc, a.Outcome })
            .ToListAsync(cancellationToken);

        // What each approving answer approved: the document version and its DOCX hash, bound in the answer's step.
        var contents = await db.Set<Data.Negotiation.ContentApproval>().AsNoTracking()
            .Where(c => c.AgreementId == agreement.Id && c.VoidedAtUtc == null)
            .Select(c => new { c.PersonId, c.TaskId, c.ApprovedAtUtc, c.DocumentVersion, c.DocxSha256 })
            .ToListAsync(cancellationToken);

        var rows = new JsonArray();
        foreach (var entry in entries)
        {
            var organization = organizations.GetValueOrDefault(entry.OrganizationId ?? agreement.BaseOrganizationId);
            var role = assignments
                .Where(a => a.CompletedByPersonId == entry.ActorPersonId && a.Outcome == entry.Outcome)
                .OrderBy(a => a.CompletedAtUtc is { } at ? Math.Abs((at - entry.AtUtc).Ticks) : long.MaxValue)
                .Select(a => a.Role)
                .FirstOrDefault();
            rows.Add(new JsonObject
            {
                ["person"] = people.GetValueOrDefault(entry.ActorPersonId!.Value, "?"),
                ["organization"] = organization?.ShortName ?? "",
                ["role"] = role is null ? "" : RoleNames.Of(role).ToLower(CultureInfo.GetCultureInfo("ru-RU")),
                ["actingFor"] = entry.ActingForPersonId is { } absent
                    ? $"и.о. {Genitive(role)}{people.GetValueOrDefault(absent, "?")}"
                    : "",
                ["outcome"] = OutcomeText(entry.Outcome),
                ["remark"] = entry.Comment ?? "",
                ["decidedAt"] = LocalTime.Format(entry.AtUtc, organization?.TimeZoneId),
            });
        }

        var baseOrganization = organizations.GetValueOrDefault(agreement.BaseOrganizationId);
        var document = new JsonObject { ["title"] = agreement.Title };
        if (agreement.Number is not null)
        {
            document["number"] = agreement.Number;
        }

        document["date"] = agreement.TermFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["document"] = document,
            ["organization"] = new JsonObject { ["shortName"] = baseOrganization?.ShortName ?? "" },
            ["entries"] = rows,
            ["preparedBy"] = $"системой AgreementFlow {LocalTime.Format(clock.GetUtcNow().UtcDateTime, baseOrganization?.TimeZoneId)}{ContentNote(contents.Select(c => (c.DocumentVersion, c.DocxSha256)))}",
        };
    }

    /// <summary>Which text the approvals were given to: "; согласования даны к тексту версии 2 (DOCX SHA-256 1a2b…)".</summary>
    private static string ContentNote(IEnumerable<(int Version, string Sha256)> approved)
    {
        var versions = approved.Distinct().OrderBy(v => v.Version).Select(v => $"{v.Version} (DOCX SHA-256 {v.Sha256})").ToList();
        return versions.Count switch
        {
            0 => "",
            1 => $"; согласования даны к тексту версии {versions[0]}",
            _ => $"; согласования даны к текстам версий {string.Join(", ", versions)}",
        };
    }

    /// <summary>The outcome as an approval sheet says it.</summary>
    public static string OutcomeText(string? outcome) => outcome switch
    {
        "approve" => "согласовано",
        "approve-with-remarks" => "согласовано с замечаниями",
        "return" => "не согласовано / на доработку",
        "accept" => "принято без изменений",
        "propose-changes" => "предложены изменения",
        "sign" => "подписано",
        "submit" => "направлено на согласование",
        null => "",
        _ => outcome,
    };

    private static string Genitive(string? role) => role switch
    {
        "director" => "директора ",
        "legal" => "юриста ",
        "coordinator" => "координатора ",
        _ => "",
    };

    private async Task<TemplateContent> TemplateAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var version = await templates.LatestPublishedAsync(organizationId, DefaultTemplates.ApprovalSheetKey, cancellationToken);
        if (version is not null && TemplateContentJson.Parse(version.Content).Content is { } content)
        {
            return await library.ResolveAsync(organizationId, content, cancellationToken);
        }

        return DefaultTemplates.Get(DefaultTemplates.ApprovalSheetKey).Content;
    }

    private async Task<string?> ZoneOfAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.TimeZoneId).SingleOrDefaultAsync(cancellationToken);

    private static DateTime ToLocal(DateTime utc, string? zoneId) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(zoneId ?? "Europe/Moscow"));
}
