using System.Text.Json.Nodes;

namespace AgreementFlow.Documents.Templates;

/// <summary>The Russian templates the product ships: a starting point legal staff adapt and publish as their own form.</summary>
/// <remarks>Wording follows the usual structure of network-form agreements (273-FZ art. 15) and orders of the
/// Sayan district network (seed 001); organisations come from the seeds, people are invented. The data shape is
/// described in <c>docs/templates.md</c>.</remarks>
public static partial class DefaultTemplates
{
    /// <summary>Key of the network-form agreement.</summary>
    public const string NetworkAgreementKey = "network-agreement";

    /// <summary>Key of the additional agreement (amendment).</summary>
    public const string AmendmentKey = "amendment";

    /// <summary>Key of the credit-transfer order.</summary>
    public const string CreditTransferOrderKey = "credit-transfer-order";

    /// <summary>Key of the approval sheet.</summary>
    public const string ApprovalSheetKey = "approval-sheet";

    /// <summary>Key of the certificate of completion.</summary>
    public const string CompletionCertificateKey = "completion-certificate";

    /// <summary>Every default template.</summary>
    public static IReadOnlyList<DefaultTemplate> All { get; } =
        [NetworkAgreement(), Amendment(), CreditTransferOrder(), ApprovalSheet(), CompletionCertificate()];

    /// <summary>The template with this key.</summary>
    /// <exception cref="KeyNotFoundException">No default template has the key.</exception>
    public static DefaultTemplate Get(string key) =>
        All.FirstOrDefault(t => t.Key == key) ?? throw new KeyNotFoundException($"No default template '{key}'.");

    private static TemplateField Field(string name, FieldType type, string label, bool required = true) => new(name, type, label, required);

    /// <summary>The fields of an organisation that is a party (base, or a row of partners).</summary>
    private static IEnumerable<TemplateField> PartyFields(string prefix, string whose)
    {
        var p = prefix.Length == 0 ? string.Empty : prefix + ".";
        yield return Field(p + "fullName", FieldType.Text, $"Полное наименование {whose}");
        yield return Field(p + "shortName", FieldType.Text, $"Сокращённое наименование {whose}");
        yield return Field(p + "inn", FieldType.Text, $"ИНН {whose}");
        yield return Field(p + "address", FieldType.Text, $"Адрес {whose}");
        yield return Field(p + "director", FieldType.Text, $"Руководитель {whose} (Ф. И. О.)");
        yield return Field(p + "directorGenitive", FieldType.Text, $"Руководитель {whose} в родительном падеже («в лице …»)");
        yield return Field(p + "directorPosition", FieldType.Text, $"Должность руководителя {whose}");
        yield return Field(p + "directorPositionGenitive", FieldType.Text, $"Должность руководителя {whose} в родительном падеже", required: false);
        yield return Field(p + "basis", FieldType.Text, $"Основание полномочий руководителя {whose} в родительном падеже (например, «Устава»)", required: false);
    }

    private static TemplateClause Clause(string id, string text, params StatutoryItem[] covers) => new(id, text) { Covers = covers };

    private static JsonObject Json(string json) => JsonNode.Parse(json)!.AsObject();
}
