namespace AgreementFlow.Documents.Templates;

public static partial class DefaultTemplates
{
    private static DefaultTemplate CompletionCertificate()
    {
        List<TemplateField> fields =
        [
            Field("number", FieldType.Text, "Регистрационный номер", required: false),
            Field("date", FieldType.Date, "Дата выдачи"),
            Field("city", FieldType.Text, "Место выдачи"),
            Field("student.fullNameDative", FieldType.Text, "Ф. И. О. обучающегося в дательном падеже («выдана …»)"),
            Field("student.birthDate", FieldType.Date, "Дата рождения", required: false),
            Field("student.school", FieldType.Text, "Где обучается (организация, класс)", required: false),
            Field("program.title", FieldType.Text, "Программа"),
            Field("program.level", FieldType.Text, "Вид и уровень программы"),
            Field("program.focus", FieldType.Text, "Направленность"),
            Field("program.hours", FieldType.Integer, "Объём, ч"),
            Field("period.from", FieldType.Date, "Обучение с"),
            Field("period.to", FieldType.Date, "Обучение по"),
            Field("agreement.number", FieldType.Text, "Договор о сетевой форме: номер", required: false),
            Field("agreement.date", FieldType.Date, "Договор о сетевой форме: дата", required: false),
            new TemplateField("modules", FieldType.Table, "Освоенные модули", Required: false)
            {
                Columns =
                [
                    Field("title", FieldType.Text, "Модуль"),
                    Field("hours", FieldType.Integer, "Часов"),
                    Field("assessment", FieldType.Text, "Форма аттестации и результат"),
                ],
            },
            Field("issuer.fullName", FieldType.Text, "Организация, выдавшая справку"),
            Field("issuer.directorPosition", FieldType.Text, "Должность подписывающего"),
            Field("issuer.director", FieldType.Text, "Ф. И. О. подписывающего"),
        ];

        List<TemplateSection> sections =
        [
            new(string.Empty,
            [
                Clause("statement", """
                    Выдана {{student.fullNameDative}}{{#if student.birthDate}}, {{dateShort student.birthDate}} г. р.{{/if}}{{#if student.school}} ({{student.school}}){{/if}}, в том, что в период с {{dateShort period.from}} по {{dateShort period.to}} обучающийся освоил(а) {{program.level}} «{{program.title}}» {{program.focus}} направленности в объёме {{program.hours}} {{plural program.hours "академический час" "академических часа" "академических часов"}}{{#if agreement.number}}, реализованную в сетевой форме по договору от {{dateShort agreement.date}} № {{agreement.number}}{{/if}}.
                    """),
                Clause("modules", """
                    | Модуль | Часов | Форма аттестации и результат |
                    |---|---|---|
                    {{#each modules}}
                    | {{title}} | {{hours}} | {{assessment}} |
                    {{/each}}
                    """) with { Condition = "modules" },
                Clause("purpose", """
                    Справка выдана для представления в организацию, осуществляющую образовательную деятельность, для зачёта результатов обучения.
                    """),
                Clause("signature", """
                    {{issuer.directorPosition}} {{issuer.fullName}} ____________ {{initials issuer.director}}
                    """),
            ]),
        ];

        return new DefaultTemplate(
            CompletionCertificateKey,
            "Справка об освоении образовательной программы",
            "Certificate of completion of an educational programme",
            new TemplateContent(fields, sections),
            Json(CompletionCertificateSample));
    }

    private const string CompletionCertificateSample = """
        {
          "number": "СО-2026/041",
          "date": "2026-05-29",
          "city": "с. Агинское",
          "student": { "fullNameDative": "Литвиновой Полине Андреевне", "birthDate": "2013-04-17", "school": "МБОУ АСОШ № 1, 7 Б класс" },
          "program": { "title": "Школа проектирования", "level": "дополнительную общеобразовательную общеразвивающую программу", "focus": "социально-гуманитарной", "hours": 72 },
          "period": { "from": "2026-01-12", "to": "2026-05-22" },
          "agreement": { "number": "СФ-12/2026", "date": "2026-01-12" },
          "modules": [
            { "title": "Установочный модуль", "hours": 18, "assessment": "зачёт — зачтено" },
            { "title": "Проектная мастерская", "hours": 36, "assessment": "защита проекта — «отлично»" },
            { "title": "Итоговый модуль", "hours": 18, "assessment": "публичная презентация — зачтено" }
          ],
          "issuer": { "fullName": "МБОУ ДО «Саянский районный Центр детского творчества»", "directorPosition": "Директор", "director": "Орлова Наталья Викторовна" }
        }
        """;
}
