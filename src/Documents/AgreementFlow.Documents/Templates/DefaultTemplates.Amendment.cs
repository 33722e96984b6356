namespace AgreementFlow.Documents.Templates;

public static partial class DefaultTemplates
{
    private static DefaultTemplate Amendment()
    {
        List<TemplateField> fields =
        [
            Field("number", FieldType.Text, "Номер дополнительного соглашения", required: false),
            Field("date", FieldType.Date, "Дата дополнительного соглашения"),
            Field("city", FieldType.Text, "Место заключения"),
            Field("parent.number", FieldType.Text, "Номер изменяемого договора"),
            Field("parent.date", FieldType.Date, "Дата изменяемого договора"),
            .. PartyFields("base", "базовой организации"),
            new TemplateField("partners", FieldType.Table, "Организации-участники", Required: true)
            {
                Columns = [.. PartyFields(string.Empty, "организации-участника")],
            },
            new TemplateField("changes", FieldType.Table, "Изменения", Required: true)
            {
                Columns =
                [
                    Field("clause", FieldType.Text, "Пункт договора"),
                    Field("text", FieldType.Paragraph, "Новая редакция пункта"),
                ],
            },
            Field("effectiveFrom", FieldType.Date, "Изменения действуют с"),
            Field("term.to", FieldType.Date, "Новый срок действия договора (если меняется)", required: false),
        ];

        List<TemplateSection> sections =
        [
            new(string.Empty,
            [
                Clause("preamble", """
                    {{base.fullName}} ({{base.shortName}}), именуемое в дальнейшем «Базовая организация», в лице {{base.directorPositionGenitive}} {{base.directorGenitive}}, действующего на основании {{base.basis}}, с одной стороны, и {{#each partners}}{{fullName}} ({{shortName}}) в лице {{directorPositionGenitive}} {{directorGenitive}}, действующего на основании {{basis}}{{#unless @last}}, {{/unless}}{{/each}}, именуемые в дальнейшем «Организация-участник», с другой стороны, заключили настоящее дополнительное соглашение к договору о сетевой форме реализации образовательных программ от {{dateShort parent.date}} № {{parent.number}} (далее — Договор) о нижеследующем.
                    """),
            ]),
            new("Предмет дополнительного соглашения",
            [
                Clause("changes", """
                    Стороны договорились внести в Договор следующие изменения:
                    {{#each changes}}
                    1. пункт {{clause}} изложить в следующей редакции: «{{text}}»;
                    {{/each}}
                    """),
                Clause("changes-term", """
                    Срок действия Договора продлить по {{date term.to}}
                    """, StatutoryItem.TermAndChanges) with { Condition = "term.to" },
            ]),
            new("Заключительные положения",
            [
                Clause("final-effective", """
                    Дополнительное соглашение вступает в силу с {{date effectiveFrom}} и является неотъемлемой частью Договора.
                    """),
                Clause("final-rest", """
                    Условия Договора, не затронутые настоящим дополнительным соглашением, остаются неизменными, и Стороны подтверждают по ним свои обязательства.
                    """),
                Clause("final-copies", """
                    Дополнительное соглашение составлено в экземплярах, имеющих одинаковую юридическую силу, по одному для каждой Стороны.
                    """),
            ]),
            new("Подписи сторон",
            [
                new TemplateClause("signatures", """
                    | Сторона | Наименование | Подпись |
                    |---|---|---|
                    | Базовая организация | {{base.shortName}} | {{base.directorPosition}} ____________ {{initials base.director}} |
                    {{#each partners}}
                    | Организация-участник | {{shortName}} | {{directorPosition}} ____________ {{initials director}} |
                    {{/each}}
                    """) { Numbered = false },
            ]),
        ];

        return new DefaultTemplate(
            AmendmentKey,
            "Дополнительное соглашение к договору о сетевой форме реализации образовательных программ",
            "Additional agreement (amendment) to the network-form agreement",
            new TemplateContent(fields, sections),
            Json(AmendmentSample));
    }

    private const string AmendmentSample = """
        {
          "number": "1",
          "date": "2026-09-01",
          "city": "с. Агинское",
          "parent": { "number": "СФ-12/2026", "date": "2026-01-12" },
          "base": {
            "fullName": "Муниципальное бюджетное образовательное учреждение дополнительного образования «Саянский районный Центр детского творчества»",
            "shortName": "МБОУ ДО «Саянский РЦДТ»",
            "inn": "2433003516",
            "address": "663580, Красноярский край, Саянский район, с. Агинское, ул. Советская, д. 138, пом. 5",
            "director": "Орлова Наталья Викторовна",
            "directorGenitive": "Орловой Натальи Викторовны",
            "directorPosition": "Директор",
            "directorPositionGenitive": "директора",
            "basis": "Устава"
          },
          "partners": [
            {
              "fullName": "Муниципальное бюджетное общеобразовательное учреждение «Агинская средняя общеобразовательная школа № 1»",
              "shortName": "МБОУ АСОШ № 1",
              "inn": "2433002390",
              "address": "663580, Красноярский край, Саянский район, с. Агинское, ул. Советская, д. 149",
              "director": "Кузнецов Андрей Петрович",
              "directorGenitive": "Кузнецова Андрея Петровича",
              "directorPosition": "Директор",
              "directorPositionGenitive": "директора",
              "basis": "Устава"
            }
          ],
          "changes": [
            { "clause": "1.3", "text": "Численность обучающихся по Программам на 1 сентября 2026 года — 56 человек." },
            { "clause": "3.3", "text": "Организация-участник дополнительно предоставляет спортивный зал для проведения итогового модуля." }
          ],
          "effectiveFrom": "2026-09-01",
          "term": { "to": "2027-06-30" }
        }
        """;
}
