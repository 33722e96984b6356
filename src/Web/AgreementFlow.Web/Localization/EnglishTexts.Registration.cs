namespace AgreementFlow.Web.Localization;

internal static partial class EnglishTexts
{
    /// <summary>Registration journals.</summary>
    private static readonly Dictionary<string, string> Registration = new(StringComparer.Ordinal)
    {
        ["Журнал регистрации"] = "Registration journal",
        ["Журнал"] = "Journal",
        ["Выгрузить в CSV"] = "Export to CSV",
        ["Вы не состоите ни в одной организации, поэтому журналов регистрации у вас нет."] = "You belong to no organisation, so you have no registration journals.",
        ["Год"] = "Year",
        ["все"] = "all",
        ["Показать"] = "Show",
        ["Номер присваивается автоматически, когда договор вступает в силу: следующий по журналу базовой организации, без пропусков и повторов."] = "The number is given automatically when the agreement takes effect: the next one of the base organisation's journal, with no gaps and no repeats.",
        ["Номер"] = "Number",
        ["Дата"] = "Date",
        ["Вид документа"] = "Document kind",
        ["Стороны"] = "Parties",
        ["В журнале пока нет записей. Первый номер появится, когда договор будет подписан всеми сторонами."] = "The journal has no entries yet. The first number appears when an agreement is signed by all parties.",
        ["Шаблон номера"] = "Number pattern",
        ["Шаблон"] = "Pattern",
        ["Подстановки: {seq} — порядковый номер ({seq:3} — с нулями, 007), {yyyy} или {yy} — год, {MM} — месяц, {dd} — день. Если в шаблоне есть год, нумерация начинается заново каждый год."] = "Placeholders: {seq} — the sequence number ({seq:3} — zero-padded, 007), {yyyy} or {yy} — the year, {MM} — the month, {dd} — the day. A pattern with a year restarts its numbering every year.",
        ["Шаблон сохранён. Уже присвоенные номера не меняются."] = "Pattern saved. Numbers already given do not change.",
        ["Сохранить шаблон"] = "Save the pattern",
        ["Шаблон номера меняют руководитель, делопроизводитель организации или администратор."] = "The number pattern is changed by the organisation's director or clerk, or an administrator.",
        ["Журнал регистрации видят сотрудники организации."] = "The registration journal is seen by the organisation's staff.",
        ["Год — от 2000 до 2100."] = "The year is between 2000 and 2100.",
        ["Формат — json или csv."] = "The format is json or csv.",
        ["Дополнительное соглашение"] = "Additional agreement",
        ["Приказ о зачёте"] = "Credit-transfer order",
        ["Договор о сетевой форме"] = "Network-form agreement",
        ["Укажите шаблон номера, например {seq}/СФ-{yyyy}."] = "Enter a number pattern, e.g. {seq}/СФ-{yyyy}.",
        ["Шаблон номера не длиннее 100 символов."] = "The number pattern is at most 100 characters.",
        ["Неизвестная подстановка в шаблоне номера: используйте {seq}, {seq:3}, {yyyy}, {yy}, {MM}, {dd}."] = "Unknown placeholder in the number pattern: use {seq}, {seq:3}, {yyyy}, {yy}, {MM}, {dd}.",
        ["В шаблоне номера должен быть ровно один порядковый номер {seq}."] = "The number pattern must have exactly one sequence number {seq}.",
        ["Журнал только что изменили. Обновите страницу и попробуйте ещё раз."] = "The journal was just changed. Reload the page and try again.",
    };
}
