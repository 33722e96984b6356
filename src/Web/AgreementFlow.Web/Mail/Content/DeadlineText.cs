using System.Globalization;
using AgreementFlow.Web.Common;
using AgreementFlow.Workflows.Calendars;

namespace AgreementFlow.Web.Mail.Content;

/// <summary>A deadline as a recipient reads it: their organisation's local time, the zone named, e.g. «25 ноября 2026 г., 18:00 (Красноярск, UTC+7)».</summary>
public static class DeadlineText
{
    private static readonly Dictionary<string, (string Ru, string En)> Cities = new(StringComparer.Ordinal)
    {
        ["Europe/Kaliningrad"] = ("Калининград", "Kaliningrad"),
        ["Europe/Moscow"] = ("Москва", "Moscow"),
        ["Europe/Simferopol"] = ("Симферополь", "Simferopol"),
        ["Europe/Volgograd"] = ("Волгоград", "Volgograd"),
        ["Europe/Kirov"] = ("Киров", "Kirov"),
        ["Europe/Samara"] = ("Самара", "Samara"),
        ["Europe/Ulyanovsk"] = ("Ульяновск", "Ulyanovsk"),
        ["Europe/Saratov"] = ("Саратов", "Saratov"),
        ["Europe/Astrakhan"] = ("Астрахань", "Astrakhan"),
        ["Asia/Yekaterinburg"] = ("Екатеринбург", "Yekaterinburg"),
        ["Asia/Omsk"] = ("Омск", "Omsk"),
        ["Asia/Novosibirsk"] = ("Новосибирск", "Novosibirsk"),
        ["Asia/Barnaul"] = ("Барнаул", "Barnaul"),
        ["Asia/Tomsk"] = ("Томск", "Tomsk"),
        ["Asia/Novokuznetsk"] = ("Новокузнецк", "Novokuznetsk"),
        ["Asia/Krasnoyarsk"] = ("Красноярск", "Krasnoyarsk"),
        ["Asia/Irkutsk"] = ("Иркутск", "Irkutsk"),
        ["Asia/Chita"] = ("Чита", "Chita"),
        ["Asia/Yakutsk"] = ("Якутск", "Yakutsk"),
        ["Asia/Vladivostok"] = ("Владивосток", "Vladivostok"),
        ["Asia/Sakhalin"] = ("Сахалин", "Sakhalin"),
        ["Asia/Magadan"] = ("Магадан", "Magadan"),
        ["Asia/Srednekolymsk"] = ("Среднеколымск", "Srednekolymsk"),
        ["Asia/Kamchatka"] = ("Камчатка", "Kamchatka"),
        ["Asia/Anadyr"] = ("Анадырь", "Anadyr"),
    };

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>«25 ноября 2026 г., 18:00 (Красноярск, UTC+7)» or "25 November 2026, 18:00 (Krasnoyarsk, UTC+7)".</summary>
    public static string Format(DateTime dueUtc, IanaTimeZone zone, string language)
    {
        var utc = new DateTimeOffset(DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc));
        var local = zone.ToLocal(utc);
        var english = language == "en";
        var date = english
            ? local.ToString("d MMMM yyyy, HH:mm", English)
            : local.ToString("d MMMM yyyy 'г.', HH:mm", Russian);
        return $"{date} ({ZoneName(zone, english)}, {LocalTime.Offset(zone.Info.GetUtcOffset(utc))})";
    }

    /// <summary>The zone's city in the reader's language, or its IANA id when it is not a Russian zone.</summary>
    public static string ZoneName(IanaTimeZone zone, bool english) =>
        Cities.TryGetValue(zone.Id, out var city) ? english ? city.En : city.Ru : zone.Id;
}
