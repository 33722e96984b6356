using System.Globalization;
using AgreementFlow.Web.CreditTransfers;
using AgreementFlow.Web.Localization;

namespace AgreementFlow.Web.Pages.CreditTransfers;

/// <summary>
/// Students pasted from a spreadsheet: one a line, cells separated by tabs (a spreadsheet's copy) or semicolons,
/// <c>ФИО; дата рождения (ДД.ММ.ГГГГ); часы; результат</c>.
/// </summary>
/// <param name="Students">The rows that could be read, in order.</param>
/// <param name="Lines">The line (from 1) each of <paramref name="Students"/> came from, to point the service's errors back at it.</param>
/// <param name="Problems">What could not be read, each message starting with its line.</param>
public sealed record PastedStudents(IReadOnlyList<StudentInput> Students, IReadOnlyList<int> Lines, IReadOnlyList<string> Problems)
{
    public static PastedStudents Parse(string? text, Texts t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var students = new List<StudentInput>();
        var lines = new List<int>();
        var problems = new List<string>();
        var all = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < all.Length; i++)
        {
            var line = all[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var number = i + 1;
            var cells = line.Split(line.Contains('\t', StringComparison.Ordinal) ? '\t' : ';').Select(c => c.Trim()).ToArray();
            if (students.Count == 0 && problems.Count == 0 && string.Equals(cells[0], "ФИО", StringComparison.OrdinalIgnoreCase))
            {
                continue; // the spreadsheet's header row
            }

            if (cells.Length != 4)
            {
                problems.Add(t.Format("Строка {0}: нужно четыре колонки — ФИО; дата рождения; часы; результат.", number));
                continue;
            }

            var lineProblems = new List<string>();
            DateOnly? born = null;
            if (cells[1].Length > 0)
            {
                if (DateOnly.TryParseExact(cells[1], "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    born = date;
                }
                else
                {
                    lineProblems.Add(t.Format("Строка {0}: дата рождения «{1}» — не в формате ДД.ММ.ГГГГ.", number, cells[1]));
                }
            }

            if (!int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var hours))
            {
                lineProblems.Add(t.Format("Строка {0}: часы «{1}» — не целое число.", number, cells[2]));
            }

            if (lineProblems.Count > 0)
            {
                problems.AddRange(lineProblems);
                continue;
            }

            students.Add(new StudentInput(cells[0], born, hours, cells[3]));
            lines.Add(number);
        }

        return new PastedStudents(students, lines, problems);
    }

    /// <summary>The line of the student a service error key such as <c>students[1].hours</c> names, or null.</summary>
    public int? LineOf(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!field.StartsWith("students[", StringComparison.Ordinal))
        {
            return null;
        }

        var end = field.IndexOf(']', StringComparison.Ordinal);
        return end > 9 && int.TryParse(field.AsSpan(9, end - 9), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < Lines.Count
            ? Lines[index]
            : null;
    }
}
