namespace AgreementFlow.Web.Localization;

/// <summary>The languages of the interface and the e-mails: Russian first, English second.</summary>
public static class SupportedLanguages
{
    public const string Russian = "ru";
    public const string English = "en";
    public const string CookieName = "af.lang";

    public static IReadOnlyList<string> All { get; } = [Russian, English];

    public static string CultureOf(string language) => language == English ? "en-GB" : "ru-RU";

    public static bool IsSupported(string? language) => language is Russian or English;
}
