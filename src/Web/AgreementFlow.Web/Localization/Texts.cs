using System.Globalization;

namespace AgreementFlow.Web.Localization;

/// <summary>
/// The interface's words. Russian is the source: pages write <c>T["Организации"]</c> and an English
/// reader gets the translation from <see cref="EnglishTexts"/>; a missing one shows the Russian.
/// </summary>
public sealed class Texts
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public string this[string russian] =>
        IsEnglish && EnglishTexts.Translations.TryGetValue(russian, out var english) ? english : russian;

    /// <summary>A text with placeholders, formatted in the current culture.</summary>
    public string Format(string russian, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, this[russian], args);
}
