using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementFlow.Web.Documents.Forms;

namespace AgreementFlow.Web.Pages.Agreements;

/// <summary>What the draft-data partial renders: the form, the errors next to the fields, and how many spare rows each table gets.</summary>
public sealed record DraftDataForm(DraftFormView View, IReadOnlyDictionary<string, string[]> Errors, IReadOnlyDictionary<string, int> ExtraRows)
{
    /// <summary>Empty rows every table offers, so that rows can be added without JavaScript.</summary>
    public const int SpareRows = 2;

    /// <summary>The prefix of the form's input names, before the field's data path.</summary>
    public const string Prefix = "v:";

    public string? ErrorFor(string key) => Errors.TryGetValue(key, out var messages) ? string.Join(" ", messages) : null;

    public int RowsOf(DraftFormField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return (field.Value as JsonArray)?.Count ?? 0;
    }

    public int TotalRows(DraftFormField field) => RowsOf(field) + SpareRows + ExtraRows.GetValueOrDefault(field?.Name ?? "");

    /// <summary>A value as an input shows it.</summary>
    public static string Text(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<decimal>().ToString(CultureInfo.InvariantCulture),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>() ? "true" : "false",
        _ => value.ToJsonString(),
    };

    public static bool IsChecked(JsonNode? value) => Text(value) == "true";

    public static string InputName(string field) => Prefix + field;

    public static string CellName(string field, int row, string column) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{field}[{row}].{column}");

    public static string RemoveName(string field, int row) => string.Create(CultureInfo.InvariantCulture, $"remove:{field}[{row}]");

    public static string RowsName(string field) => "rows:" + field;

    /// <summary>A stable id for an input, from the data path.</summary>
    public static string IdOf(string key) => "df-" + new string([.. key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
