using System.Globalization;
using System.Text;

namespace AgreementFlow.Web.Registration;

/// <summary>The journal as CSV for Excel: UTF-8 with a byte-order mark, semicolons, every field quoted.</summary>
public static class JournalCsv
{
    public static byte[] Write(RegistrationJournalView journal, Func<RegistrationLine, string> kindTitle, Func<RegistrationLine, string> stageTitle)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(kindTitle);
        ArgumentNullException.ThrowIfNull(stageTitle);
        var csv = new StringBuilder();
        Line(csv, ["Номер", "Дата", "Вид документа", "Наименование", "Стороны", "Этап"]);
        foreach (var line in journal.Lines)
        {
            Line(csv, [line.Number, line.RegisteredOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), kindTitle(line), line.Title, string.Join(", ", line.Parties), stageTitle(line)]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IEnumerable<string> fields) =>
        csv.AppendJoin(';', fields.Select(Quote)).Append("\r\n");

    // A leading = + - @ would make a spreadsheet read the cell as a formula: a quote mark keeps it text.
    private static string Quote(string value) =>
        "\"" + (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
