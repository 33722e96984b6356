namespace AgreementFlow.Documents.Rendering;

/// <summary>An error or warning about a template, for the editor.</summary>
/// <param name="ClauseId">The clause it concerns; null for the template as a whole.</param>
/// <param name="Line">1-based line inside the clause text, when known.</param>
/// <param name="Column">1-based column inside that line, when known.</param>
/// <param name="Message">What is wrong, in Russian (the editor is Russian).</param>
public sealed record TemplateProblem(string? ClauseId, int? Line, int? Column, string Message)
{
    /// <summary>«пункт p1, строка 2, позиция 5: …».</summary>
    public override string ToString()
    {
        var where = ClauseId is null ? string.Empty : $"пункт {ClauseId}";
        if (Line is not null)
        {
            where += (where.Length > 0 ? ", " : string.Empty) + $"строка {Line}, позиция {Column ?? 1}";
        }

        return where.Length > 0 ? $"{where}: {Message}" : Message;
    }
}
