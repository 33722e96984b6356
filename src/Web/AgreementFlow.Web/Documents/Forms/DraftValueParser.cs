using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementFlow.Documents.Templates;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Localization;

namespace AgreementFlow.Web.Documents.Forms;

/// <summary>
/// Checks the values of a template's declared fields and turns them into the JSON the templates read:
/// a date is an ISO date, money a non-negative number with at most two decimals, an integer a whole number.
/// </summary>
internal sealed class DraftValueParser(Texts t)
{
    private const int MaxTextLength = 20_000;
    private const int MaxRows = 500;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The normalised value (null when empty), adding every problem to <paramref name="errors"/> under <paramref name="key"/>.</summary>
    public JsonNode? Parse(TemplateField field, JsonNode? raw, string key, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(errors);
        if (field.Type == FieldType.Table)
        {
            return ParseTable(field, raw, key, errors);
        }

        if (raw is JsonObject or JsonArray)
        {
            errors.Add(key, t.Format("«{0}»: нужно одно значение, а не список.", field.Label));
            return null;
        }

        var text = TextOf(raw);
        if (field.Type == FieldType.Boolean)
        {
            switch (text?.ToUpperInvariant())
            {
                case null or "" or "FALSE" or "0" or "OFF":
                    return JsonValue.Create(false);
                case "TRUE" or "1" or "ON":
                    return JsonValue.Create(true);
                default:
                    errors.Add(key, t.Format("«{0}»: нужно «да» или «нет».", field.Label));
                    return null;
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            if (field.Required)
            {
                errors.Add(key, t.Format("Заполните поле «{0}».", field.Label));
            }

            return null;
        }

        text = text.Trim();
        switch (field.Type)
        {
            case FieldType.Date:
                if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"], Invariant, DateTimeStyles.None, out var date))
                {
                    return JsonValue.Create(date.ToString("yyyy-MM-dd", Invariant));
                }

                errors.Add(key, t.Format("«{0}» — не дата: нужен формат ДД.ММ.ГГГГ.", text));
                return null;
            case FieldType.Money:
                if (decimal.TryParse(text.Replace(',', '.').Replace(" ", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, Invariant, out var money)
                    && money >= 0 && decimal.Round(money, 2) == money && money < 1_000_000_000_000m)
                {
                    return JsonValue.Create(money);
                }

                errors.Add(key, t.Format("«{0}»: сумма — неотрицательное число, не больше двух знаков после запятой.", field.Label));
                return null;
            case FieldType.Integer:
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out var integer))
                {
                    return JsonValue.Create(integer);
                }

                errors.Add(key, t.Format("«{0}»: нужно целое число.", field.Label));
                return null;
            default:
                if (text.Length > MaxTextLength)
                {
                    errors.Add(key, t.Format("«{0}»: не длиннее {1} знаков.", field.Label, MaxTextLength));
                    return null;
                }

                return JsonValue.Create(text);
        }
    }

    private JsonArray? ParseTable(TemplateField field, JsonNode? raw, string key, FieldErrors errors)
    {
        if (raw is not null and not JsonArray)
        {
            errors.Add(key, t.Format("«{0}»: нужен список строк.", field.Label));
            return null;
        }

        var rows = new JsonArray();
        var columns = field.Columns ?? [];
        var index = 0;
        foreach (var item in (JsonArray?)raw ?? [])
        {
            if (item is not JsonObject cells)
            {
                errors.Add($"{key}[{index}]", t.Format("«{0}»: строка {1} — не набор полей.", field.Label, index + 1));
                index++;
                continue;
            }

            // A row left entirely empty (the form's spare rows) is no row.
            if (columns.All(c => string.IsNullOrWhiteSpace(TextOf(cells[c.Name])) || c.Type == FieldType.Boolean && TextOf(cells[c.Name]) is "false"))
            {
                index++;
                continue;
            }

            var row = new JsonObject();
            foreach (var column in columns)
            {
                if (Parse(column, cells[column.Name], $"{key}[{index}].{column.Name}", errors) is { } value)
                {
                    row[column.Name] = value;
                }
            }

            rows.Add(row);
            index++;
        }

        if (rows.Count > MaxRows)
        {
            errors.Add(key, t.Format("«{0}»: не больше {1} строк.", field.Label, MaxRows));
        }

        if (field.Required && rows.Count == 0)
        {
            errors.Add(key, t.Format("Заполните поле «{0}».", field.Label));
        }

        return rows.Count == 0 ? null : rows;
    }

    private static string? TextOf(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>() ? "true" : "false",
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.ToJsonString(),
        _ => null,
    };
}
