namespace AgreementFlow.Web.Documents.Templates;

/// <summary>The templates the law's list of required content (273-FZ art. 15 part 3) applies to, and the keys agreements are drafted from.</summary>
public static class StatutoryTemplates
{
    public const string NetworkAgreement = "network-agreement";

    public const string Amendment = "amendment";

    /// <summary>Whether publishing a version of <paramref name="key"/> and leaving drafting need every statutory item covered.</summary>
    public static bool Applies(string key) => key == NetworkAgreement;
}
