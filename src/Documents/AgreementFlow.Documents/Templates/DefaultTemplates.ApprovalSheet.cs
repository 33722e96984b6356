namespace AgreementFlow.Documents.Templates;

public static partial class DefaultTemplates
{
    private static DefaultTemplate ApprovalSheet()
    {
        List<TemplateField> fields =
        [
            Field("document.title", FieldType.Text, "Согласуемый документ"),
            Field("document.number", FieldType.Text, "Номер документа", required: false),
            Field("document.date", FieldType.Date, "Дата документа", required: false),
            Field("organization.shortName", FieldType.Text, "Организация, ведущая согласование"),
            new TemplateField("entries", FieldType.Table, "Согласования", Required: true)
            {
                Columns =
                [
                    Field("person", FieldType.Text, "Ф. И. О."),
                    Field("organization", FieldType.Text, "Организация"),
                    Field("role", FieldType.Text, "Должность / роль"),
                    Field("actingFor", FieldType.Text, "Кого замещает как и. о. (должность, Ф. И. О.)", required: false),
                    Field("outcome", FieldType.Text, "Результат"),
                    Field("remark", FieldType.Paragraph, "Замечание", required: false),
                    Field("decidedAt", FieldType.Text, "Дата и время (местное)"),
                ],
            },
            Field("preparedBy", FieldType.Text, "Лист сформирован (кем)", required: false),
        ];

        List<TemplateSection> sections =
        [
            new(string.Empty,
            [
                Clause("subject", """
                    Документ: **{{document.title}}**{{#if document.number}} № {{document.number}}{{/if}}{{#if document.date}} от {{dateShort document.date}}{{/if}}.
                    Согласование ведёт: {{organization.shortName}}.
                    """),
                Clause("entries", """
                    | № | Ф. И. О. | Организация | Должность | И. о. | Результат | Замечание | Дата и время |
                    |---|---|---|---|---|---|---|---|
                    {{#each entries}}
                    | {{inc @index}} | {{person}} | {{organization}} | {{role}} | {{#if actingFor}}замещает: {{actingFor}}{{/if}} | {{outcome}} | {{remark}} | {{decidedAt}} |
                    {{/each}}
                    """),
                Clause("prepared", """
                    *Лист согласования сформирован {{preparedBy}}.*
                    """) with { Condition = "preparedBy" },
            ]),
        ];

        return new DefaultTemplate(
            ApprovalSheetKey,
            "Лист согласования",
            "Approval sheet",
            new TemplateContent(fields, sections),
            Json(ApprovalSheetSample));
    }

    private const string ApprovalSheetSample = """
        {
          "document": { "title": "Договор о сетевой форме реализации образовательных программ", "number": "СФ-12/2026", "date": "2026-01-12" },
          "organization": { "shortName": "МБОУ ДО «Саянский РЦДТ»" },
          "entries": [
            { "person": "Соколова Марина Алексеевна", "organization": "МБОУ ДО «Саянский РЦДТ»", "role": "юрисконсульт", "actingFor": "", "outcome": "согласовано", "remark": "", "decidedAt": "13.01.2026 10:42 (UTC+7)" },
            { "person": "Кузнецов Андрей Петрович", "organization": "МБОУ АСОШ № 1", "role": "директор", "actingFor": "", "outcome": "согласовано с замечаниями", "remark": "Уточнить расписание занятий во втором полугодии.", "decidedAt": "15.01.2026 16:05 (UTC+7)" },
            { "person": "Лаптева Ольга Николаевна", "organization": "МКОУ Тугачинская СОШ", "role": "заместитель директора", "actingFor": "директора Белову И. С.", "outcome": "согласовано", "remark": "", "decidedAt": "16.01.2026 09:18 (UTC+7)" },
            { "person": "Орлова Наталья Викторовна", "organization": "МБОУ ДО «Саянский РЦДТ»", "role": "директор", "actingFor": "", "outcome": "согласовано", "remark": "", "decidedAt": "19.01.2026 11:30 (UTC+7)" }
          ],
          "preparedBy": "системой AgreementFlow 19.01.2026 11:31 (UTC+7)"
        }
        """;
}
