namespace AgreementFlow.Documents.Templates;

/// <summary>The type of a template's data field: it decides the input the draft form shows and how the value is checked.</summary>
public enum FieldType
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Several lines of text.</summary>
    Paragraph,

    /// <summary>An ISO date (<c>2026-01-12</c>).</summary>
    Date,

    /// <summary>An amount in roubles (a JSON number).</summary>
    Money,

    /// <summary>A whole number.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The field type as legal staff name it; part of the shared contract.")]
    Integer,

    /// <summary>Yes or no; clause conditions usually point at such fields.</summary>
    Boolean,

    /// <summary>Rows of objects (for example one row per student), described by <see cref="TemplateField.Columns"/>.</summary>
    Table,
}
