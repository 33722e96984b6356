namespace AgreementFlow.Web.Localization;

internal static partial class EnglishTexts
{
    private static readonly Dictionary<string, string> CreditTransfers = new(StringComparer.Ordinal)
    {
        ["Зачёт результатов"] = "Credit transfer",
        ["Заявления о зачёте результатов, полученных в других организациях (ст. 34 273-ФЗ): проверка документов, сравнение результатов, решение комиссии и приказ."] =
            "Applications to credit results achieved in other organisations (art. 34 of 273-FZ): document check, comparison, the commission's decision and the order.",
        ["Все"] = "All",
        ["Заявлений пока нет. Делопроизводитель регистрирует их в форме «Новое заявление»; задачи по ним приходят во «Входящие»."] =
            "No applications yet. A clerk records them with the «New application» form; their tasks arrive in the Inbox.",
        ["Заявление"] = "Application",
        ["Обучающихся"] = "Students",
        ["Этап"] = "Stage",
        ["Подано"] = "Filed",
        ["Заявление не найдено."] = "Application not found.",
        ["Документ не найден."] = "Document not found.",
        ["Заявление о зачёте: {0}"] = "Credit transfer application: {0}",
        ["по договору о сетевой форме"] = "under a network-form agreement",
        ["У кого заявление сейчас"] = "Who holds the application now",
        ["Открытых задач нет: рассмотрение завершено."] = "No open tasks: the application has been dealt with.",
        ["Кто ответил"] = "Answers given",
        ["{0} КБ"] = "{0} KB",
        ["открывается в новой вкладке; открытие записывается в журнал доступа к персональным данным"] = "opens in a new tab; opening it is recorded in the personal data access log",
    };
}
