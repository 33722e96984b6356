using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgreementFlow.Documents.Rendering;

/// <summary>Stores a rendered version as JSON so that later versions can be compared with it.</summary>
public static class RenderedDocumentJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        AllowOutOfOrderMetadataProperties = true,
    };

    /// <summary>The document as camelCase JSON.</summary>
    public static string Serialize(RenderedDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Reads a document written by <see cref="Serialize"/>.</summary>
    /// <exception cref="JsonException">The text is not a rendered document.</exception>
    public static RenderedDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<RenderedDocument>(json, Options) ?? throw new JsonException("A rendered document was expected, not null.");
}
