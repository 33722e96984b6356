using System.Globalization;
using System.Text.Json.Nodes;
using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Data.Signing;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;
using AgreementFlow.Web.Common;
using AgreementFlow.Workflows.Runtime.Journal;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Archive;

/// <summary>
/// The certificate of completion kept with an archived agreement, as e-signature platforms issue it: the SHA-256 of the
/// signed text, every answer and signature with its time in the organisation's zone, and the state of the route's
/// hash-chained journal at archiving.
/// </summary>
public sealed class CompletionCertificates(AgreementFlowDbContext db, ApprovalSheets sheets, DocumentRenderer renderer, TimeProvider clock)
{
    private static readonly TemplateContent Template = new(
        [
            new TemplateField("document.title", FieldType.Text, "Документ", Required: true),
            new TemplateField("document.number", FieldType.Text, "Номер"),
            new TemplateField("document.archivedSha256", FieldType.Text, "SHA-256 архивного текста"),
            new TemplateField("entries", FieldType.Table, "События", Required: true)
            {
                Columns =
                [
                    new TemplateField("person", FieldType.Text, "Кто", Required: true),
                    new TemplateField("organization", FieldType.Text, "Организация", Required: true),
                    new TemplateField("actingFor", FieldType.Text, "И. о."),
                    new TemplateField("outcome", FieldType.Text, "Событие", Required: true),
                    new TemplateField("decidedAt", FieldType.Text, "Дата и время", Required: true),
                ],
            },
            new TemplateField("signatures", FieldType.Table, "Подписи")
            {
                Columns =
                [
                    new TemplateField("party", FieldType.Text, "Сторона", Required: true),
                    new TemplateField("signer", FieldType.Text, "Подписант", Required: true),
                    new TemplateField("method", FieldType.Text, "Способ", Required: true),
                    new TemplateField("document", FieldType.Text, "Документ", Required: true),
                    new TemplateField("signedAt", FieldType.Text, "Дата и время", Required: true),
                    new TemplateField("ip", FieldType.Text, "IP-адрес"),
                    new TemplateField("check", FieldType.Text, "Проверка"),
                ],
            },
            new TemplateField("excerpt", FieldType.Table, "Выписка из журнала")
            {
                Columns =
                [
                    new TemplateField("at", FieldType.Text, "Когда", Required: true),
                    new TemplateField("event", FieldType.Text, "Событие", Required: true),
                    new TemplateField("hash", FieldType.Text, "Хеш записи", Required: true),
                ],
            },
            new TemplateField("journal.entries", FieldType.Text, "Записей в журнале", Required: true),
            new TemplateField("journal.state", FieldType.Text, "Целостность журнала", Required: true),
            new TemplateField("journal.head", FieldType.Text, "Последний хеш журнала", Required: true),
            new TemplateField("preparedBy", FieldType.Text, "Сформирован"),
        ],
        [
            new TemplateSection(string.Empty,
            [
                new TemplateClause("subject", """
                    Документ: **{{document.title}}**{{#if document.number}} № {{document.number}}{{/if}}.
                    {{#if document.archivedSha256}}SHA-256 текста в архиве (DOCX{{#if document.number}}, с регистрационным номером{{/if}}): {{document.archivedSha256}}; подписанные версии и их SHA-256 — в таблице подписей.{{/if}}
                    """) { Numbered = false },
                new TemplateClause("events", """
                    | № | Кто | Организация | И. о. | Событие | Дата и время |
                    |---|---|---|---|---|---|
                    {{#each entries}}
                    | {{inc @index}} | {{person}} | {{organization}} | {{actingFor}} | {{outcome}} | {{decidedAt}} |
                    {{/each}}
                    """) { Numbered = false },
                new TemplateClause("signatures", """
                    **Подписи сторон**

                    | № | Сторона | Подписант | Способ | Документ | Дата и время | IP-адрес | Проверка |
                    |---|---|---|---|---|---|---|---|
                    {{#each signatures}}
                    | {{inc @index}} | {{party}} | {{signer}} | {{method}} | {{document}} | {{signedAt}} | {{ip}} | {{check}} |
                    {{/each}}
                    """) { Numbered = false, Condition = "signatures" },
                new TemplateClause("excerpt", """
                    **Выписка из журнала маршрута**

                    | Когда | Событие | Хеш записи |
                    |---|---|---|
                    {{#each excerpt}}
                    | {{at}} | {{event}} | {{hash}} |
                    {{/each}}
                    """) { Numbered = false, Condition = "excerpt" },
                new TemplateClause("journal", """
                    Журнал маршрута: записей — {{journal.entries}}; цепочка хешей {{journal.state}}; последний хеш: {{journal.head}}.
                    """) { Numbered = false },
                new TemplateClause("prepared", "*Сертификат сформирован {{preparedBy}}.*") { Numbered = false, Condition = "preparedBy" },
            ]),
        ]);

    /// <summary>
    /// The certificate kept in the archive record: the one issued at signing (every signature of the last signing round, the
    /// journal's excerpt), with the journal's state at archiving and the SHA-256 of the DOCX the archive keeps — the signed
    /// text with its registration number, so not the hash any signer signed: those are in the signatures' rows.
    /// </summary>
    public async Task<byte[]> RenderArchivedDocxAsync(Agreement agreement, string? archivedDocxSha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var signatures = await LastSigningRoundAsync(agreement.Id, agreement.WorkflowInstanceId, cancellationToken);
        return DocxDocumentWriter.Write(Render(agreement, await SignedDataAsync(agreement, signatures, archivedDocxSha256, cancellationToken)));
    }

    /// <summary>
    /// The certificate issued when every party has signed: besides the answers and the journal's state, each signature (party,
    /// signer and «и.о.», method, document version and SHA-256, time in the party's zone, IP address, verification) and an
    /// excerpt of the route's journal for the signing.
    /// </summary>
    public async Task<(string Html, byte[] Docx)> RenderSignedAsync(Agreement agreement, IReadOnlyList<Signature> signatures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(signatures);
        var rendered = Render(agreement, await SignedDataAsync(agreement, signatures, null, cancellationToken));
        return (HtmlDocumentWriter.WritePage(rendered), DocxDocumentWriter.Write(rendered));
    }

    /// <summary>The signatures of the last signing round: an agreement returned from signing and signed again shows the new ones.</summary>
    public async Task<List<Signature>> LastSigningRoundAsync(Guid agreementId, Guid instanceId, CancellationToken cancellationToken)
    {
        var round = await db.HumanTasks.AsNoTracking().Where(t => t.InstanceId == instanceId && t.TaskId == Signing.SigningService.SignTask)
            .OrderByDescending(t => t.Round).ThenByDescending(t => t.CreatedAtUtc).Select(t => t.Id).FirstOrDefaultAsync(cancellationToken);
        var assignments = await db.TaskAssignments.AsNoTracking().Where(a => a.HumanTaskId == round).Select(a => a.Id).ToListAsync(cancellationToken);
        return await db.Signatures.AsNoTracking().Where(s => s.AgreementId == agreementId && assignments.Contains(s.AssignmentId)).ToListAsync(cancellationToken);
    }

    private async Task<JsonObject> SignedDataAsync(Agreement agreement, IReadOnlyList<Signature> signatures, string? archivedDocxSha256, CancellationToken cancellationToken)
    {
        var data = await DataAsync(agreement, archivedDocxSha256, cancellationToken);
        if (signatures.Count == 0)
        {
            // Archived without signing (rejected, say): the answers and the journal's state are the whole certificate.
            return data;
        }

        var organizationIds = signatures.Select(s => s.OrganizationId).Append(agreement.BaseOrganizationId).Distinct().ToList();
        var zones = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.TimeZoneId, cancellationToken);
        data["signatures"] = new JsonArray([.. signatures.OrderBy(s => s.SignedAtUtc).Select(s => (JsonNode)new JsonObject
        {
            ["party"] = s.OrganizationName,
            ["signer"] = s.ActingForName is { } absent ? $"{s.PersonName}, и.о. ({absent})" : s.PersonName,
            ["method"] = MethodOf(s),
            ["document"] = $"v{s.DocumentVersion}, {s.DocumentFormat.ToUpperInvariant()}, SHA-256 {s.DocumentSha256}",
            ["signedAt"] = LocalTime.Format(s.SignedAtUtc, zones.GetValueOrDefault(s.OrganizationId)),
            ["ip"] = s.IpAddress ?? "—",
            ["check"] = s.Verification switch
            {
                SignatureVerification.Valid => "подпись верна" + (s.CertificateSubject is { } subject ? $"; {subject}" : ""),
                SignatureVerification.NotVerified => "не проверено: нет криптопровайдера" + (s.CertificateSubject is { } subject ? $"; {subject}" : ""),
                _ => "—",
            },
        })]);
        var baseZone = zones.GetValueOrDefault(agreement.BaseOrganizationId);
        var journal = await db.JournalEntries.AsNoTracking()
            .Where(j => j.InstanceId == agreement.WorkflowInstanceId && (j.TaskId == "sign" || j.ToStage == "signing" || j.ToStage == "active"))
            .OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        data["excerpt"] = new JsonArray([.. journal.Select(j => (JsonNode)new JsonObject
        {
            ["at"] = LocalTime.Format(j.AtUtc, baseZone),
            ["event"] = j.Kind == JournalEntryKind.TaskCompleted ? $"задача «{j.TaskId}»: {j.Outcome}" : $"{j.Kind}: {j.FromStage} → {j.ToStage}",
            ["hash"] = j.Hash.Length > 16 ? j.Hash[..16] + "…" : j.Hash,
        })]);
        return data;
    }

    private static string MethodOf(Signature s) => s.Method switch
    {
        SigningMethod.Qualified => "квалифицированная ЭП (файл подписи)",
        SigningMethod.Paper => "на бумаге (скан)",
        _ => "простая ЭП (код из письма)",
    };

    private RenderedDocument Render(Agreement agreement, JsonObject data) =>
        renderer.Render(Template, data, new DocumentHeader("Сертификат завершения", agreement.Number, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), null));

    private async Task<JsonObject> DataAsync(Agreement agreement, string? archivedDocxSha256, CancellationToken cancellationToken)
    {
        var sheet = await sheets.DataAsync(agreement, cancellationToken);
        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == agreement.WorkflowInstanceId, cancellationToken);
        // Read here rather than through the runtime: the runtime holds the actions, and this runs inside one.
        var entries = await db.JournalEntries.AsNoTracking().Where(j => j.InstanceId == instance.Id).OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        var journal = JournalChain.Verify(entries);
        var document = sheet["document"]!.DeepClone().AsObject();
        if (archivedDocxSha256 is not null)
        {
            document["archivedSha256"] = archivedDocxSha256;
        }

        var data = new JsonObject
        {
            ["document"] = document,
            ["entries"] = sheet["entries"]!.DeepClone(),
            ["journal"] = new JsonObject
            {
                ["entries"] = journal.Entries.ToString(CultureInfo.InvariantCulture),
                ["state"] = journal.Intact ? "не нарушена" : $"нарушена: {journal.Problem}",
                ["head"] = instance.JournalHead,
            },
            ["preparedBy"] = sheet["preparedBy"]!.DeepClone(),
        };
        return data;
    }
}
