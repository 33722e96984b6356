namespace AgreementFlow.Documents.Templates;

/// <summary>A data field a template declares; the agreement draft form is generated from the fields.</summary>
/// <param name="Name">A data path such as <c>term.to</c> or <c>base.director</c>.</param>
/// <param name="Type">What kind of value the field holds.</param>
/// <param name="Label">The label of the form input, in Russian.</param>
/// <param name="Required">Whether the draft form insists on a value.</param>
public sealed record TemplateField(string Name, FieldType Type, string Label, bool Required = false)
{
    /// <summary>For <see cref="FieldType.Table"/>: the columns of each row, named relative to the row.</summary>
    public IReadOnlyList<TemplateField>? Columns { get; init; }
}
