using System.Globalization;
using System.Text.Json.Nodes;
using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Archive;
using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Web.Documents.Rendering;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Archive;

/// <summary>
/// <c>archive</c>: when the agreement enters <c>archived</c>, stores its last DOCX, the PDF/A made from it with the QR code
/// and verification line and the approval sheet appended, and the approval sheet on its own, content-addressed; then
/// adds the archive record to the step. Files first, the record last: a crash leaves no half record, and the retry finds
/// the files already stored.
/// </summary>
internal sealed class ArchiveAction(
    AgreementFlowDbContext db,
    ArchiveStorage storage,
    ApprovalSheets sheets,
    CompletionCertificates certificates,
    AgreementTemplates templates,
    AgreementDocumentRenderer renderer,
    IPdfConverter pdf,
    IOptions<ArchiveOptions> options,
    TimeProvider clock,
    ILogger<ArchiveAction> logger) : IWorkflowAction
{
    public string Name => "archive";

    public async Task ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Parties).Include(a => a.Programs).AsSingleQuery()
            .SingleOrDefaultAsync(a => a.Id == context.Instance.SubjectId, cancellationToken)
            ?? throw new InvalidOperationException($"archive: instance {context.Instance.Id} is not an agreement's route (subject {context.Instance.SubjectId}).");
        var existing = await db.ArchiveRecords.AsNoTracking().Where(r => r.SubjectId == agreement.Id).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            context.Data["archive"] = new JsonObject { ["recordId"] = id.ToString() };
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var record = await NewRecordAsync(agreement, context.Instance.Id, now, cancellationToken);
        var baseName = FileNameOf(agreement);

        var document = await db.Set<AgreementDocument>().AsNoTracking()
            .Where(d => d.AgreementId == agreement.Id)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);
        if (agreement.Number is not null && document?.Reason != NumberedReason && await templates.ForAsync(agreement, cancellationToken) is not null)
        {
            // The signed text gets its registration number in the heading: a last version, rendered from the same data and form.
            document = await renderer.RenderAsync(agreement, NumberedReason, null, context.Data, cancellationToken);
        }

        var sheet = await sheets.RenderAsync(agreement, cancellationToken);

        await AddAsync(record, ArchiveFileRoles.ApprovalSheet, $"{baseName} — лист согласования.docx", DocxContentType, sheet.Docx, cancellationToken);
        var docxSha = document is null ? null : ArchiveStorage.Sha256(document.Docx);
        var certificate = await certificates.RenderArchivedDocxAsync(agreement, docxSha, cancellationToken);
        await AddAsync(record, ArchiveFileRoles.Certificate, $"{baseName} — сертификат завершения.docx", DocxContentType, certificate, cancellationToken);
        foreach (var signed in await db.SigningFiles.AsNoTracking()
            .Where(f => f.AgreementId == agreement.Id && (f.Kind == Data.Signing.SigningFile.SignatureKind || f.Kind == Data.Signing.SigningFile.ScanKind))
            .OrderBy(f => f.CreatedAtUtc).ToListAsync(cancellationToken))
        {
            await AddAsync(record, ArchiveFileRoles.Signature, $"{baseName} — {signed.Name}", signed.ContentType, signed.Content, cancellationToken);
        }

        if (document is not null)
        {
            await AddAsync(record, ArchiveFileRoles.DocumentDocx, $"{baseName}.docx", DocxContentType, document.Docx, cancellationToken);
            if (pdf.IsAvailable)
            {
                var url = $"{options.Value.PublicUrl.TrimEnd('/')}/verify/{docxSha}";
                // One file that stands on its own in the archive: the signed text, its verification line, who approved
                // it, and the certificate of completion with every signature and the journal's state.
                var composed = ArchiveDocx.Compose(document.Docx, url, sheet.Docx, certificate);
                var pdfBytes = await pdf.ConvertDocxToPdfAAsync(composed, cancellationToken);
                await AddAsync(record, ArchiveFileRoles.DocumentPdf, $"{baseName}.pdf", "application/pdf", pdfBytes, cancellationToken);
            }
            else
            {
                logger.LogWarning("Agreement {AgreementId} archived without a PDF/A: LibreOffice is not installed", agreement.Id);
            }
        }
        else
        {
            logger.LogWarning("Agreement {AgreementId} archived without a document: it has no rendered version", agreement.Id);
        }

        db.ArchiveRecords.Add(record);
        context.Data["archive"] = new JsonObject
        {
            ["recordId"] = record.Id.ToString(),
            ["retentionEndsOn"] = record.RetentionEndsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["files"] = new JsonArray([.. record.Files.Select(f => (JsonNode)new JsonObject { ["role"] = f.Role, ["sha256"] = f.Sha256 })]),
        };
    }

    private const string NumberedReason = "с регистрационным номером, в архив";

    private const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private async Task<string> AddAsync(ArchiveRecord record, string role, string name, string contentType, byte[] content, CancellationToken cancellationToken)
    {
        var sha = await storage.WriteAsync(content, cancellationToken);
        record.Files.Add(new ArchiveFile
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            RecordId = record.Id,
            Role = role,
            Name = name.Length > ArchiveFile.NameMaxLength ? name[..ArchiveFile.NameMaxLength] : name,
            ContentType = contentType,
            Sha256 = sha,
            Length = content.LongLength,
            Integrity = ArchiveIntegrity.Unchecked,
        });
        return sha;
    }

    private async Task<ArchiveRecord> NewRecordAsync(Agreement agreement, Guid instanceId, DateTime now, CancellationToken cancellationToken)
    {
        var partyIds = agreement.Parties.OrderBy(p => p.Position).Select(p => p.OrganizationId).ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => partyIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => new { o.ShortName, o.TimeZoneId }, cancellationToken);
        var parties = string.Join("; ", partyIds.OrderBy(id => id == agreement.BaseOrganizationId ? 0 : 1).Select(id => names.GetValueOrDefault(id)?.ShortName ?? "?"));
        var programIds = agreement.Programs.Select(p => p.ProgramId).ToList();
        var programs = string.Join("; ", await db.Programs.AsNoTracking().Where(p => programIds.Contains(p.Id)).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(cancellationToken));
        var endedAs = await db.JournalEntries.AsNoTracking()
            .Where(j => j.InstanceId == instanceId && j.Kind == JournalEntryKind.StageEntered && j.ToStage == "archived")
            .OrderByDescending(j => j.Sequence).Select(j => j.FromStage).FirstOrDefaultAsync(cancellationToken) ?? "archived";
        var zone = names.GetValueOrDefault(agreement.BaseOrganizationId)?.TimeZoneId ?? "Europe/Moscow";
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, TimeZoneInfo.FindSystemTimeZoneById(zone)));
        var kind = agreement.Kind == AgreementKind.Amendment ? "amendment" : "agreement";

        // Kept for N years after the agreement ends: its term's end, or the day it was terminated or refused if earlier.
        var ended = agreement.TermTo < today ? agreement.TermTo : today;
        var record = new ArchiveRecord
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            SubjectId = agreement.Id,
            InstanceId = instanceId,
            BaseOrganizationId = agreement.BaseOrganizationId,
            Kind = kind,
            Number = agreement.Number,
            Title = agreement.Title,
            Parties = Clip(parties, ArchiveRecord.ListMaxLength),
            Programs = Clip(programs, ArchiveRecord.ListMaxLength),
            Year = agreement.TermFrom.Year,
            TermFrom = agreement.TermFrom,
            TermTo = agreement.TermTo,
            EndedAs = Clip(endedAs, ArchiveRecord.KindMaxLength),
            ArchivedAtUtc = now,
            RetentionEndsOn = ended.AddYears(options.Value.RetentionYearsOf(kind)),
            Status = ArchiveRecordStatus.Kept,
        };
        record.SearchText = Clip(string.Join(' ', record.Number, record.Title, record.Parties, record.Programs).ToLowerInvariant(), ArchiveRecord.ListMaxLength * 3);
        return record;
    }

    private static string FileNameOf(Agreement agreement)
    {
        var name = agreement.Number is { } number ? $"Договор № {number}" : agreement.Title;
        var clean = new string([.. name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c == '/' ? '-' : c)]);
        return clean.Length > 120 ? clean[..120] : clean;
    }

    private static string Clip(string value, int max) => value.Length > max ? value[..max] : value;
}
