using System.Globalization;
using System.Text.Json.Nodes;
using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;
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
            new TemplateField("document.sha256", FieldType.Text, "SHA-256 подписанного текста"),
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
                    {{#if document.sha256}}SHA-256 подписанного текста (DOCX): {{document.sha256}}.{{/if}}
                    """) { Numbered = false },
                new TemplateClause("events", """
                    | № | Кто | Организация | И. о. | Событие | Дата и время |
                    |---|---|---|---|---|---|
                    {{#each entries}}
                    | {{inc @index}} | {{person}} | {{organization}} | {{actingFor}} | {{outcome}} | {{decidedAt}} |
                    {{/each}}
                    """) { Numbered = false },
                new TemplateClause("journal", """
                    Журнал маршрута: записей — {{journal.entries}}; цепочка хешей {{journal.state}}; последний хеш: {{journal.head}}.
                    """) { Numbered = false },
                new TemplateClause("prepared", "*Сертификат сформирован {{preparedBy}}.*") { Numbered = false, Condition = "preparedBy" },
            ]),
        ]);

    public async Task<byte[]> RenderDocxAsync(Agreement agreement, string? signedDocxSha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var sheet = await sheets.DataAsync(agreement, cancellationToken);
        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == agreement.WorkflowInstanceId, cancellationToken);
        // Read here rather than through the runtime: the runtime holds the actions, and this runs inside one.
        var entries = await db.JournalEntries.AsNoTracking().Where(j => j.InstanceId == instance.Id).OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        var journal = JournalChain.Verify(entries);
        var document = sheet["document"]!.DeepClone().AsObject();
        if (signedDocxSha256 is not null)
        {
            document["sha256"] = signedDocxSha256;
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
        var rendered = renderer.Render(Template, data, new DocumentHeader("Сертификат завершения", agreement.Number, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), null));
        return DocxDocumentWriter.Write(rendered);
    }
}
