namespace AgreementFlow.Web.Localization;

internal static partial class EnglishTexts
{
    private static readonly Dictionary<string, string> CreditForms = new(StringComparer.Ordinal)
    {
        ["Новое заявление"] = "New application",
        ["Новое заявление о зачёте"] = "New credit-transfer application",
        ["Заявление о зачёте результатов одного обучающегося или группы. После сохранения задачи по нему приходят во «Входящие»."] =
            "An application to credit the results of one student or a group. Once saved, its tasks arrive in the Inbox.",
        ["Заявление сохранено. Задачи по нему приходят во «Входящие»."] = "Application saved. Its tasks arrive in the Inbox.",
        ["Организация, в которую подано заявление"] = "Organisation the application is filed with",
        ["Заявитель"] = "Applicant",
        ["обучающийся"] = "the student",
        ["родитель (законный представитель) несовершеннолетнего"] = "a parent (legal guardian) of a minor",
        ["ФИО заявителя"] = "Applicant's full name",
        ["Организация, где получены результаты"] = "Organisation where the results were achieved",
        ["Полное наименование; если организация есть в справочнике, можно выбрать её ниже."] = "Its full name; if the organisation is in the directory, you can choose it below.",
        ["Из справочника (необязательно)"] = "From the directory (optional)",
        ["— нет в справочнике —"] = "— not in the directory —",
        ["Программа, по которой получены результаты"] = "Programme the results were achieved in",
        ["Что зачесть (предмет, курс, модуль)"] = "What to credit (subject, course, module)",
        ["Объём по учебному плану, часов"] = "Hours in the curriculum",
        ["Объём в часах — целое число от 1 до 10000."] = "Hours must be a whole number from 1 to 10000.",
        ["Договор о сетевой форме (необязательно)"] = "Network-form agreement (optional)",
        ["Идентификатор из адреса страницы договора."] = "The identifier from the agreement page's address.",
        ["Номер договора — идентификатор вида 0190a1b2-…; его видно в адресе страницы договора."] =
            "The agreement is an identifier like 0190a1b2-…; it is in the agreement page's address.",
        ["Обучающиеся"] = "Students",
        ["Вставьте строки из таблицы: один обучающийся в строке, колонки через табуляцию или точку с запятой — ФИО; дата рождения (ДД.ММ.ГГГГ); часы; результат."] =
            "Paste rows from a spreadsheet: one student per line, columns separated by tabs or semicolons — full name; date of birth (DD.MM.YYYY); hours; result.",
        ["Документы (PDF или JPEG)"] = "Documents (PDF or JPEG)",
        ["Справки об обучении и другие подтверждающие документы; тип проверяется по содержимому файла."] =
            "Transcripts and other supporting documents; the type is checked by the file's content.",
        ["Сохранить заявление"] = "Save the application",
        ["Строка {0}: нужно четыре колонки — ФИО; дата рождения; часы; результат."] = "Line {0}: four columns are needed — full name; date of birth; hours; result.",
        ["Строка {0}: дата рождения «{1}» — не в формате ДД.ММ.ГГГГ."] = "Line {0}: the date of birth “{1}” is not in the DD.MM.YYYY format.",
        ["Строка {0}: часы «{1}» — не целое число."] = "Line {0}: the hours “{1}” are not a whole number.",
        ["Строка {0}: {1}"] = "Line {0}: {1}",
    };
}
