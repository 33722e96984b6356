namespace AgreementFlow.Web.Localization;

internal static partial class EnglishTexts
{
    private static readonly Dictionary<string, string> Navigation = new(StringComparer.Ordinal)
    {
        ["Входящие"] = "Inbox",
        ["Договоры"] = "Agreements",
        ["Зачёт"] = "Credit transfer",
    };
}
