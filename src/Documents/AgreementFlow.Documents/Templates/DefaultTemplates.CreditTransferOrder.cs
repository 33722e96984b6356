namespace AgreementFlow.Documents.Templates;

public static partial class DefaultTemplates
{
    private static DefaultTemplate CreditTransferOrder()
    {
        List<TemplateField> fields =
        [
            Field("number", FieldType.Text, "Номер приказа", required: false),
            Field("date", FieldType.Date, "Дата приказа"),
            Field("city", FieldType.Text, "Место издания"),
            Field("organization.fullName", FieldType.Text, "Полное наименование организации"),
            Field("organization.shortName", FieldType.Text, "Сокращённое наименование организации"),
            Field("localAct", FieldType.Text, "Локальный акт о порядке зачёта (наименование и реквизиты)"),
            Field("agreement.number", FieldType.Text, "Номер договора о сетевой форме", required: false),
            Field("agreement.date", FieldType.Date, "Дата договора о сетевой форме", required: false),
            Field("program.title", FieldType.Text, "Программа, результаты которой засчитываются"),
            Field("program.hours", FieldType.Integer, "Объём программы, ч"),
            Field("program.issuer", FieldType.Text, "Организация, в которой освоена программа (в предложном падеже)"),
            Field("creditedAs", FieldType.Text, "В счёт чего засчитываются результаты (например, «части плана внеурочной деятельности»)"),
            new TemplateField("students", FieldType.Table, "Обучающиеся", Required: true)
            {
                Columns =
                [
                    Field("fullName", FieldType.Text, "Ф. И. О. обучающегося"),
                    Field("grade", FieldType.Text, "Класс"),
                    Field("hours", FieldType.Integer, "Засчитано, ч"),
                    Field("result", FieldType.Text, "Решение (зачтено полностью / частично)"),
                ],
            },
            Field("responsible", FieldType.Text, "На кого возложен контроль (должность, Ф. И. О. в винительном падеже)"),
            Field("signer.position", FieldType.Text, "Должность подписывающего"),
            Field("signer.name", FieldType.Text, "Ф. И. О. подписывающего"),
        ];

        List<TemplateSection> sections =
        [
            new(string.Empty,
            [
                Clause("basis", """
                    В соответствии с пунктом 7 части 1 статьи 34 Федерального закона от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», {{localAct}}{{#if agreement.number}}, договором о сетевой форме реализации образовательных программ от {{dateShort agreement.date}} № {{agreement.number}}{{/if}} и на основании заявлений родителей (законных представителей) обучающихся

                    **ПРИКАЗЫВАЮ:**
                    """),
                Clause("credit", """
                    1. Зачесть результаты освоения программы «{{program.title}}» ({{program.hours}} {{plural program.hours "час" "часа" "часов"}}), освоенной в {{program.issuer}}, в счёт {{creditedAs}} следующим обучающимся:
                    """),
                Clause("students", """
                    | № | Ф. И. О. обучающегося | Класс | Засчитано, ч | Решение |
                    |---|---|---|---|---|
                    {{#each students}}
                    | {{inc @index}} | {{fullName}} | {{grade}} | {{hours}} | {{result}} |
                    {{/each}}
                    """),
                Clause("records", """
                    2. Классным руководителям внести сведения о зачёте в журналы учёта внеурочной деятельности в течение 5 рабочих дней.
                    3. Контроль за исполнением приказа возложить на {{responsible}}.
                    """),
                Clause("signature", """
                    {{signer.position}} ____________ {{initials signer.name}}
                    """),
            ]),
        ];

        return new DefaultTemplate(
            CreditTransferOrderKey,
            "Приказ о зачёте результатов освоения образовательной программы",
            "Order on crediting the results of an educational programme",
            new TemplateContent(fields, sections),
            Json(CreditTransferOrderSample));
    }

    private const string CreditTransferOrderSample = """
        {
          "number": "112-о",
          "date": "2026-06-05",
          "city": "с. Агинское",
          "organization": {
            "fullName": "Муниципальное бюджетное общеобразовательное учреждение «Агинская средняя общеобразовательная школа № 1»",
            "shortName": "МБОУ АСОШ № 1"
          },
          "localAct": "Положением о порядке зачёта результатов освоения обучающимися учебных предметов, курсов, дисциплин (модулей), дополнительных образовательных программ в других организациях, утверждённым приказом от 01.09.2025 № 96-о",
          "agreement": { "number": "СФ-12/2026", "date": "2026-01-12" },
          "program": { "title": "Школа проектирования", "hours": 72, "issuer": "МБОУ ДО «Саянский районный Центр детского творчества»" },
          "creditedAs": "части плана внеурочной деятельности (курс «Проектная деятельность»)",
          "students": [
            { "fullName": "Афанасьева Дарья Игоревна", "grade": "7 А", "hours": 72, "result": "зачтено полностью" },
            { "fullName": "Гусев Максим Олегович", "grade": "7 А", "hours": 72, "result": "зачтено полностью" },
            { "fullName": "Литвинова Полина Андреевна", "grade": "7 Б", "hours": 54, "result": "зачтено частично" },
            { "fullName": "Сафронов Илья Денисович", "grade": "8 А", "hours": 72, "result": "зачтено полностью" }
          ],
          "responsible": "заместителя директора по воспитательной работе Миронову Елену Викторовну",
          "signer": { "position": "Директор", "name": "Кузнецов Андрей Петрович" }
        }
        """;
}
