using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Data.Signing;
using AgreementFlow.Web.Archive;
using AgreementFlow.Workflows.Runtime.Extensions;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Signing;

/// <summary>
/// <c>completion-certificate</c>: when every party has signed and the agreement enters <c>active</c> (after its registration
/// number), renders the certificate of completion — parties, signers, methods, document hashes, times, IP addresses, a journal
/// excerpt — as HTML and DOCX and keeps both with the agreement's signing files, in the action's own step.
/// </summary>
internal sealed class CompletionCertificateAction(AgreementFlowDbContext db, CompletionCertificates certificates, TimeProvider clock) : IWorkflowAction
{
    public string Name => "completion-certificate";

    public async Task ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Parties).SingleOrDefaultAsync(a => a.Id == context.Instance.SubjectId, cancellationToken)
            ?? throw new InvalidOperationException($"completion-certificate: instance {context.Instance.Id} is not an agreement's route (subject {context.Instance.SubjectId}).");
        if (await db.SigningFiles.AnyAsync(f => f.AgreementId == agreement.Id && f.Kind == SigningFile.CertificateDocxKind, cancellationToken))
        {
            return;
        }

        var signatures = await certificates.LastSigningRoundAsync(agreement.Id, context.Instance.Id, cancellationToken);
        var (html, docx) = await certificates.RenderSignedAsync(agreement, signatures, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var name = agreement.Number is { } number ? $"Сертификат завершения — договор № {number}" : "Сертификат завершения";
        name = new string([.. name.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '-' : c)]);
        var docxFile = File(agreement.Id, SigningFile.CertificateDocxKind, name + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx, now);
        var htmlFile = File(agreement.Id, SigningFile.CertificateHtmlKind, name + ".html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html), now);
        db.SigningFiles.AddRange(docxFile, htmlFile);
        context.Data["completionCertificate"] = new JsonObject { ["docxSha256"] = docxFile.Sha256, ["signatures"] = signatures.Count };
    }

    private static SigningFile File(Guid agreementId, string kind, string name, string contentType, byte[] content, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(now, TimeSpan.Zero)),
        AgreementId = agreementId,
        Kind = kind,
        Name = name.Length > SigningFile.NameMaxLength ? name[..SigningFile.NameMaxLength] : name,
        ContentType = contentType,
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
        Length = content.LongLength,
        Content = content,
        CreatedAtUtc = now,
    };
}
