using AgreementFlow.Data.Organizations;

namespace AgreementFlow.Web.Demo;

/// <summary>
/// The demo network, from the seeds: the Sayan district centre (Krasnoyarsk krai) with ten schools, and a
/// technical-creativity centre in Izhevsk (Udmurtia) with three. The people are invented.
/// </summary>
internal static class DemoDirectory
{
    public sealed record DemoOrganization(string Key, string FullName, string ShortName, OrganizationKind Kind, string Region, string TimeZone, string Address, string InnPrefix);

    public sealed record DemoPerson(string Email, string FullName, string OrganizationKey, OrganizationRole Role, string? Phone = null, string Language = "ru");

    public sealed record DemoProgram(string OrganizationKey, string Name, ProgramFocus Focus, ProgramLevel Level, int Hours);

    public static IReadOnlyList<DemoOrganization> Organizations { get; } =
    [
        new("sayan-cdt", "Муниципальное бюджетное образовательное учреждение дополнительного образования «Саянский районный Центр детского творчества»", "МБОУ ДО «Саянский РЦДТ»", OrganizationKind.Centre, "24", "Asia/Krasnoyarsk", "663580, Красноярский край, Саянский район, с. Агинское, ул. Советская, 138, пом. 5", "243000001"),
        new("asosh1", "Муниципальное бюджетное общеобразовательное учреждение «Агинская средняя общеобразовательная школа № 1»", "МБОУ АСОШ № 1", OrganizationKind.School, "24", "Asia/Krasnoyarsk", "663580, Красноярский край, Саянский район, с. Агинское", "243000002"),
        new("asosh2", "Муниципальное бюджетное общеобразовательное учреждение «Агинская средняя общеобразовательная школа № 2»", "МБОУ АСОШ № 2", OrganizationKind.School, "24", "Asia/Krasnoyarsk", "663580, Красноярский край, Саянский район, с. Агинское", "243000003"),
        new("tugach", "Муниципальное казённое общеобразовательное учреждение «Тугачинская средняя общеобразовательная школа»", "МКОУ Тугачинская СОШ", OrganizationKind.School, "24", "Asia/Krasnoyarsk", "Красноярский край, Саянский район, с. Тугач", "243000004"),
        new("mezhovo", "Муниципальное казённое общеобразовательное учреждение «Межовская средняя общеобразовательная школа»", "МКОУ Межовская СОШ", OrganizationKind.School, "24", "Asia/Krasnoyarsk", "Красноярский край, Саянский район, с. Межово", "243000005"),
        new("sredneaginsk", "Муниципальное казённое общеобразовательное учреждение «Среднеагинская средняя общеобразовательная школа»", "МКОУ Среднеагинская СОШ", OrganizationKind.School, "24", "Asia/Krasnoyarsk", "Красноярский край, Саянский район, с. Средняя Агинка", "243000006"),
        new("orya", "Муниципальное казённое общеобразовательное учреждение «Орьёвская средняя общеобразовательная школа»", "МКОУ Орьёвская СОШ", OrganizationKind.School, "24", "Asia/Krasnoyarsk", "Красноярский край, Саянский район, с. Орье", "243000007"),
        new("kulizhniki", "Муниципальное казённое общеобразовательное учреждение «Кулижниковская средняя общеобразовательная школа»", "МКОУ Кулижниковская СОШ", OrganizationKind.School, "24", "Asia/Krasnoyarsk", "Красноярский край, Саянский район, с. Кулижниково", "243000008"),
        new("gladkovo", "Муниципальное казённое общеобразовательное учреждение «Гладковская средняя общеобразовательная школа»", "МКОУ Гладковская СОШ", OrganizationKind.School, "24", "Asia/Krasnoyarsk", "Красноярский край, Саянский район, с. Гладково", "243000009"),
        new("voznesenka", "Муниципальное казённое общеобразовательное учреждение «Вознесенская средняя общеобразовательная школа»", "МКОУ Вознесенская СОШ", OrganizationKind.School, "24", "Asia/Krasnoyarsk", "Красноярский край, Саянский район, с. Вознесенка", "243000010"),
        new("bolsharbay", "Муниципальное казённое общеобразовательное учреждение «Большеарбайская средняя общеобразовательная школа»", "МКОУ Большеарбайская СОШ", OrganizationKind.School, "24", "Asia/Krasnoyarsk", "Красноярский край, Саянский район, с. Большой Арбай", "243000011"),
        new("izh-ctt", "Муниципальное бюджетное учреждение дополнительного образования «Центр детского технического творчества» г. Ижевска", "МБУ ДО «ЦДТТ»", OrganizationKind.Centre, "18", "Europe/Samara", "Удмуртская Республика, г. Ижевск", "183000001"),
        new("sosh70", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 70»", "МБОУ «СОШ № 70»", OrganizationKind.School, "18", "Europe/Samara", "Удмуртская Республика, г. Ижевск", "183000002"),
        new("sosh62", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 62»", "МБОУ «СОШ № 62»", OrganizationKind.School, "18", "Europe/Samara", "Удмуртская Республика, г. Ижевск", "183000003"),
        new("emli29", "Муниципальное бюджетное общеобразовательное учреждение «Экономико-математический лицей № 29»", "МБОУ «ЭМЛи № 29»", OrganizationKind.School, "18", "Europe/Samara", "Удмуртская Республика, г. Ижевск", "183000004"),
    ];

    public static IReadOnlyList<DemoProgram> Programs { get; } =
    [
        new("sayan-cdt", "Школа проектирования", ProgramFocus.SocialAndHumanitarian, ProgramLevel.Basic, 72),
        new("sayan-cdt", "Своё дело", ProgramFocus.SocialAndHumanitarian, ProgramLevel.Basic, 68),
        new("sayan-cdt", "Путешествие по Саянскому району", ProgramFocus.TourismAndLocalHistory, ProgramLevel.Introductory, 36),
        new("sayan-cdt", "Агрошкола", ProgramFocus.NaturalScience, ProgramLevel.Advanced, 144),
        new("izh-ctt", "Оригаметрия+", ProgramFocus.Technical, ProgramLevel.Introductory, 34),
        new("izh-ctt", "Легоконструирование", ProgramFocus.Technical, ProgramLevel.Basic, 68),
    ];

    /// <summary>Invented people: every role at the centres, a director, a clerk and a commission member at each school.</summary>
    public static IReadOnlyList<DemoPerson> People { get; } = BuildPeople();

    private static DemoPerson[] BuildPeople()
    {
        List<DemoPerson> people =
        [
            new("director@sayan-cdt.demo", "Кравченко Елена Андреевна", "sayan-cdt", OrganizationRole.Director, "+7 391 420-00-01"),
            new("coordinator@sayan-cdt.demo", "Лебедева Наталья Викторовна", "sayan-cdt", OrganizationRole.Coordinator),
            new("deputy@sayan-cdt.demo", "Мельникова Ольга Сергеевна", "sayan-cdt", OrganizationRole.Director),
            new("legal@sayan-cdt.demo", "Захаров Игорь Павлович", "sayan-cdt", OrganizationRole.Legal),
            new("methodist@sayan-cdt.demo", "Гусева Марина Олеговна", "sayan-cdt", OrganizationRole.Legal, Language: "en"),
            new("director@izh-ctt.demo", "Ведерников Алексей Михайлович", "izh-ctt", OrganizationRole.Director),
            new("coordinator@izh-ctt.demo", "Шкляева Татьяна Ивановна", "izh-ctt", OrganizationRole.Coordinator),
            new("legal@izh-ctt.demo", "Корепанова Ирина Валерьевна", "izh-ctt", OrganizationRole.Legal),
        ];

        string[] directors =
        [
            "Петрова Светлана Николаевна", "Иванов Сергей Владимирович", "Соколова Анна Петровна", "Морозов Виктор Иванович",
            "Николаева Людмила Александровна", "Фёдоров Андрей Юрьевич", "Егорова Галина Михайловна", "Васильев Павел Андреевич",
            "Орлова Вера Дмитриевна", "Козлов Дмитрий Алексеевич", "Волкова Ирина Сергеевна", "Степанов Максим Олегович",
            "Алексеева Елена Викторовна",
        ];
        var schools = Organizations.Where(o => o.Kind == OrganizationKind.School).ToList();
        for (var i = 0; i < schools.Count; i++)
        {
            var key = schools[i].Key;
            people.Add(new($"director@{key}.demo", directors[i % directors.Length], key, OrganizationRole.Director));
            people.Add(new($"clerk@{key}.demo", $"Делопроизводитель {schools[i].ShortName}", key, OrganizationRole.Clerk));
            people.Add(new($"commission@{key}.demo", $"Член комиссии {schools[i].ShortName}", key, OrganizationRole.CommissionMember));
        }

        // The deputy of the Sayan centre also coordinates: one person, two roles.
        people.Add(new("deputy@sayan-cdt.demo", "Мельникова Ольга Сергеевна", "sayan-cdt", OrganizationRole.Coordinator));
        return [.. people];
    }
}
