using System.Text.Json.Nodes;

namespace AgreementFlow.Web.Documents.Forms;

/// <summary>One input of the draft form: a declared field of the agreement's template with its current value.</summary>
/// <param name="Name">The data path (<c>duties.base</c>).</param>
/// <param name="Type">text, paragraph, date, money, integer, boolean or table.</param>
/// <param name="Label">The label, in Russian as the template declares it.</param>
/// <param name="Required">Whether saving insists on a value.</param>
/// <param name="Editable">False for what the system fills from the directory (parties, programmes, term, number).</param>
/// <param name="Value">The current value: a string, number, boolean, or for a table an array of row objects.</param>
/// <param name="Columns">For a table: its columns, named relative to the row.</param>
public sealed record DraftFormField(string Name, string Type, string Label, bool Required, bool Editable, JsonNode? Value, IReadOnlyList<DraftFormField>? Columns);

/// <summary>The draft form of an agreement: its fields, whether the person may save it, and the statutory checklist.</summary>
public sealed record DraftFormView(
    Guid AgreementId, string Stage, bool Drafting, bool MayEdit, string? TemplateTitle, int? TemplateVersion,
    IReadOnlyList<DraftFormField> Fields, IReadOnlyList<DraftChecklistItem> Checklist);

/// <summary>One line of what must be in place before the draft may leave drafting.</summary>
/// <param name="Text">What is needed, in the reader's language.</param>
/// <param name="Done">Whether it is already there.</param>
public sealed record DraftChecklistItem(string Text, bool Done);

/// <summary>The body of <c>PUT /api/agreements/{id}/data</c>: the editable fields by name (dotted paths), tables as arrays of row objects.</summary>
public sealed record DraftDataInput(Dictionary<string, JsonNode?>? Values);
