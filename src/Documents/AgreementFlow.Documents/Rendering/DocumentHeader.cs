namespace AgreementFlow.Documents.Rendering;

/// <summary>The head of a document: its title, registration number, date and place of signing.</summary>
/// <param name="Title">E.g. «Договор о сетевой форме реализации образовательных программ».</param>
/// <param name="Number">The registration number, e.g. «02-37/14»; null before registration.</param>
/// <param name="Date">The document's date.</param>
/// <param name="Place">The place of signing, e.g. «с. Агинское».</param>
public sealed record DocumentHeader(string Title, string? Number, DateOnly? Date, string? Place);
