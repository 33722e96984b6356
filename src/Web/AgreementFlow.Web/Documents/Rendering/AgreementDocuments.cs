using System.Text;
using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Documents.Pdf;
using AgreementFlow.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Documents.Rendering;

/// <summary>
/// What the API and the pages read of an agreement's documents: the versions, each output, the PDF (queued on
/// first request, converted once), the redline between two versions. Visible to whoever sees the agreement.
/// </summary>
public sealed class AgreementDocuments(AgreementFlowDbContext db, AgreementQueries agreements, PdfRequests queue, IPdfConverter converter)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Null when the agreement does not exist or the user may not see it.</summary>
    public async Task<IReadOnlyList<AgreementDocumentSummary>?> ListAsync(CurrentUser user, Guid agreementId, CancellationToken cancellationToken)
    {
        if (!await VisibleAsync(user, agreementId, cancellationToken))
        {
            return null;
        }

        return await db.Set<AgreementDocument>().AsNoTracking().Where(d => d.AgreementId == agreementId)
            .OrderByDescending(d => d.Version)
            .Select(d => new AgreementDocumentSummary(
                d.Version,
                d.Reason,
                d.CreatedAtUtc,
                d.TemplateVersionId,
                db.Set<DocumentTemplateVersion>().Where(v => v.Id == d.TemplateVersionId).Select(v => v.Version).FirstOrDefault(),
                d.HtmlSha256,
                d.DocxSha256,
                d.PdfStatus,
                d.PdfSha256,
                d.PdfError))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The HTML page or the DOCX of a version; null when there is none the user may see.</summary>
    public async Task<DocumentFile?> FileAsync(CurrentUser user, Guid agreementId, int version, string format, CancellationToken cancellationToken)
    {
        if (!await VisibleAsync(user, agreementId, cancellationToken))
        {
            return null;
        }

        var versions = db.Set<AgreementDocument>().AsNoTracking().Where(d => d.AgreementId == agreementId && d.Version == version);
        return format switch
        {
            "html" => await versions.Select(d => d.Html).FirstOrDefaultAsync(cancellationToken) is { } html
                ? new DocumentFile(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", $"agreement-{agreementId:N}-v{version}.html")
                : null,
            "docx" => await versions.Select(d => d.Docx).FirstOrDefaultAsync(cancellationToken) is { } docx
                ? new DocumentFile(docx, DocxContentType, $"agreement-{agreementId:N}-v{version}.docx")
                : null,
            _ => null,
        };
    }

    /// <summary>
    /// The PDF/A when it is ready; otherwise queues it (once) and says so. Null when there is no such version.
    /// </summary>
    public async Task<PdfAnswer?> PdfAsync(CurrentUser user, Guid agreementId, int version, CancellationToken cancellationToken)
    {
        if (!await VisibleAsync(user, agreementId, cancellationToken))
        {
            return null;
        }

        var row = await db.Set<AgreementDocument>().AsNoTracking().Where(d => d.AgreementId == agreementId && d.Version == version)
            .Select(d => new { d.Id, d.PdfStatus, d.PdfError }).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        if (row.PdfStatus == PdfStatus.Ready)
        {
            var pdf = await db.Set<AgreementDocument>().AsNoTracking().Where(d => d.Id == row.Id).Select(d => d.Pdf!).SingleAsync(cancellationToken);
            return new PdfAnswer(PdfStatus.Ready, new DocumentFile(pdf, "application/pdf", $"agreement-{agreementId:N}-v{version}.pdf"), null);
        }

        if (!converter.IsAvailable)
        {
            await db.Set<AgreementDocument>().Where(d => d.Id == row.Id && d.PdfStatus != PdfStatus.Ready)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.PdfStatus, PdfStatus.Unavailable), cancellationToken);
            return new PdfAnswer(PdfStatus.Unavailable, null, null);
        }

        if (row.PdfStatus == PdfStatus.Queued)
        {
            return new PdfAnswer(PdfStatus.Queued, null, null);
        }

        // Not asked for yet, failed before, or LibreOffice has been installed since: one request wins the update and queues it.
        var claimed = await db.Set<AgreementDocument>().Where(d => d.Id == row.Id && d.PdfStatus == row.PdfStatus)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.PdfStatus, PdfStatus.Queued).SetProperty(d => d.PdfError, (string?)null), cancellationToken);
        if (claimed == 1)
        {
            queue.TryEnqueue(row.Id);
        }

        return new PdfAnswer(PdfStatus.Queued, null, row.PdfStatus == PdfStatus.Failed ? row.PdfError : null);
    }

    /// <summary>The redline between two versions; null when either is missing or not visible.</summary>
    public async Task<AgreementDocumentComparison?> CompareAsync(CurrentUser user, Guid agreementId, int from, int to, CancellationToken cancellationToken)
    {
        if (!await VisibleAsync(user, agreementId, cancellationToken))
        {
            return null;
        }

        var rendered = await db.Set<AgreementDocument>().AsNoTracking()
            .Where(d => d.AgreementId == agreementId && (d.Version == from || d.Version == to))
            .Select(d => new { d.Version, d.Rendered }).ToListAsync(cancellationToken);
        var older = rendered.FirstOrDefault(r => r.Version == from);
        var newer = rendered.FirstOrDefault(r => r.Version == to);
        if (older is null || newer is null)
        {
            return null;
        }

        return new AgreementDocumentComparison(from, to,
            DocumentComparer.Compare(RenderedDocumentJson.Deserialize(older.Rendered), RenderedDocumentJson.Deserialize(newer.Rendered)));
    }

    /// <summary>The latest version as an HTML fragment for a page (the decision page shows what is decided on).</summary>
    public async Task<(int Version, string Html)?> CurrentFragmentAsync(CurrentUser user, Guid agreementId, CancellationToken cancellationToken)
    {
        if (!await VisibleAsync(user, agreementId, cancellationToken))
        {
            return null;
        }

        var latest = await db.Set<AgreementDocument>().AsNoTracking().Where(d => d.AgreementId == agreementId)
            .OrderByDescending(d => d.Version).Select(d => new { d.Version, d.Rendered }).FirstOrDefaultAsync(cancellationToken);
        return latest is null ? null : (latest.Version, HtmlDocumentWriter.WriteFragment(RenderedDocumentJson.Deserialize(latest.Rendered)));
    }

    private Task<bool> VisibleAsync(CurrentUser user, Guid agreementId, CancellationToken cancellationToken) =>
        agreements.Visible(user).AnyAsync(a => a.Id == agreementId, cancellationToken);
}
