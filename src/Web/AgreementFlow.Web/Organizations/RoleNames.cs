namespace AgreementFlow.Web.Organizations;

/// <summary>The Russian names of roles, kinds, focuses and levels (the source texts of their translations).</summary>
public static class RoleNames
{
    public static string Of(string role) => role switch
    {
        "director" => "Директор",
        "legal" => "Юрист",
        "coordinator" => "Координатор",
        "clerk" => "Делопроизводитель",
        "commissionMember" => "Член комиссии",
        _ => role,
    };

    public static string OfKind(string kind) => kind switch
    {
        "school" => "Школа",
        "centre" => "Центр доп. образования",
        "other" => "Другая организация",
        _ => kind,
    };

    public static string OfFocus(string focus) => focus switch
    {
        "technical" => "Техническая",
        "naturalScience" => "Естественнонаучная",
        "physicalCultureAndSports" => "Физкультурно-спортивная",
        "artistic" => "Художественная",
        "tourismAndLocalHistory" => "Туристско-краеведческая",
        "socialAndHumanitarian" => "Социально-гуманитарная",
        "generalEducation" => "Общее образование",
        _ => focus,
    };

    public static string OfLevel(string level) => level switch
    {
        "introductory" => "Стартовый",
        "basic" => "Базовый",
        "advanced" => "Продвинутый",
        "primaryGeneral" => "Начальное общее",
        "basicGeneral" => "Основное общее",
        "secondaryGeneral" => "Среднее общее",
        _ => level,
    };

    public static string OfDayKind(string kind) => kind switch
    {
        "nonWorking" => "Нерабочий день",
        "shortened" => "Сокращённый день",
        "working" => "Рабочий день",
        _ => kind,
    };
}
