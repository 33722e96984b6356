namespace AgreementFlow.Web.Localization;

internal static partial class EnglishTexts
{
    private static readonly Dictionary<string, string> AdminWorkflows = new(StringComparer.Ordinal)
    {
        ["Маршруты"] = "Routes",
        ["Маршруты согласования из каталога workflow-definitions: версии, их схемы и сколько экземпляров идёт по каждой. Экземпляры можно перенести на другую версию — сначала проверьте план."] =
            "Approval routes from the workflow-definitions folder: their versions, diagrams and how many instances run on each. Instances can move to another version — check the plan first.",
        ["последняя"] = "latest",
        ["Предмет"] = "Subject",
        ["договор"] = "agreement",
        ["дополнительное соглашение"] = "amendment",
        ["заявление о зачёте"] = "credit-transfer application",
        ["этапов: {0}"] = "stages: {0}",
        ["идёт: {0}"] = "running: {0}",
        ["завершено: {0}"] = "completed: {0}",
        ["Перенос экземпляров на другую версию"] = "Moving instances to another version",
        ["Сейчас это сделать нельзя."] = "This cannot be done now.",
        ["Выберите маршрут."] = "Choose a route.",
        ["С версии"] = "From version",
        ["На версию"] = "To version",
        ["Укажите обе версии."] = "Enter both versions.",
        ["Соответствие этапов (необязательно)"] = "Stage map (optional)",
        ["По строке на этап: старый-этап = новый-этап. Этапы, которые есть в обеих версиях, сопоставлять не нужно."] =
            "One stage a line: old-stage = new-stage. Stages present in both versions need no mapping.",
        ["Строка {0}: нужно «старый-этап = новый-этап»."] = "Line {0}: expected “old-stage = new-stage”.",
        ["Строка {0}: этап «{1}» уже сопоставлен."] = "Line {0}: stage “{1}” is already mapped.",
        ["Проверить (без изменений)"] = "Check (no changes)",
        ["Перенести"] = "Move",
        ["Перенесено экземпляров: {0}."] = "Instances moved: {0}.",
        ["План переноса"] = "Migration plan",
        ["Результат переноса"] = "Migration result",
        ["Нет идущих экземпляров этой версии."] = "No running instances of this version.",
        ["Договор или заявление"] = "Agreement or application",
        ["Этап сейчас"] = "Stage now",
        ["Этап после"] = "Stage after",
        ["Изменение"] = "Change",
        ["остаётся"] = "keeps",
        ["переходит"] = "moves",
        ["не переносится"] = "blocked",
    };
}
