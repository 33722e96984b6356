using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Rendering;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Documents.Rendering;

/// <summary>
/// Renders an agreement's current data with its template version into a new document version (HTML, DOCX,
/// the neutral form for redlines, the data snapshot and each output's SHA-256). The row is added to the
/// caller's context and saved with the caller's step; its PDF is made later, on request, by the queue.
/// </summary>
public sealed class AgreementDocumentRenderer(
    AgreementFlowDbContext db,
    AgreementTemplates templates,
    AgreementTemplateData templateData,
    DocumentRenderer renderer,
    Negotiation.ClauseOverrides overrides,
    TimeProvider clock)
{
    public async Task<AgreementDocument> RenderAsync(
        Agreement agreement, string reason, Guid? personId, System.Text.Json.Nodes.JsonObject? instanceData, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var template = await templates.ForAsync(agreement, cancellationToken)
            ?? throw new InvalidOperationException($"Organisation {agreement.BaseOrganizationId} has no published '{AgreementTemplates.KeyOf(agreement.Kind)}' template to render agreement {agreement.Id} with.");
        agreement.TemplateVersionId ??= template.Version.Id;
        var data = await templateData.BuildAsync(agreement, instanceData, cancellationToken);
        var zone = await db.Organizations.AsNoTracking().Where(o => o.Id == agreement.BaseOrganizationId).Select(o => o.TimeZoneId).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime);
        // The agreement's own date when the data gives one (the drafter may), else the day of rendering in the base's zone.
        var date = data["date"] is JsonValue given && DateOnly.TryParse(given.ToString(), CultureInfo.InvariantCulture, out var parsed) ? parsed : today;
        var header = new DocumentHeader(template.Template.Title, agreement.Number, date, (data["city"] ?? data["place"])?.ToString());
        // The agreement's own clause texts (accepted proposals) replace the template's.
        var content = await overrides.ApplyAsync(agreement.Id, template.Content, cancellationToken);
        var document = renderer.Render(content, data, header);
        var html = HtmlDocumentWriter.WritePage(document);
        var docx = DocxDocumentWriter.Write(document);
        var previous = await db.Set<AgreementDocument>().Where(d => d.AgreementId == agreement.Id).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;
        var pending = db.ChangeTracker.Entries<AgreementDocument>().Where(e => e.Entity.AgreementId == agreement.Id).Select(e => e.Entity.Version).DefaultIfEmpty(0).Max();
        var row = new AgreementDocument
        {
            Id = Guid.CreateVersion7(now),
            AgreementId = agreement.Id,
            Version = Math.Max(previous, pending) + 1,
            TemplateVersionId = template.Version.Id,
            DataSnapshot = data.ToJsonString(),
            Rendered = RenderedDocumentJson.Serialize(document),
            Html = html,
            HtmlSha256 = Sha256(Encoding.UTF8.GetBytes(html)),
            Docx = docx,
            DocxSha256 = Sha256(docx),
            PdfStatus = PdfStatus.NotRequested,
            Reason = reason.Length > AgreementDocument.ReasonMaxLength ? reason[..AgreementDocument.ReasonMaxLength] : reason,
            CreatedAtUtc = now.UtcDateTime,
            CreatedByPersonId = personId,
        };
        db.Add(row);
        return row;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLower(CultureInfo.InvariantCulture);
}
