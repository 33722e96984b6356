namespace AgreementFlow.Workflows.Definitions;

/// <summary>A title in Russian and English.</summary>
public sealed record LocalizedText(string Ru, string En)
{
    /// <summary>The text in <paramref name="language"/> ("ru" or "en"), Russian otherwise.</summary>
    public string In(string language) => language == "en" ? En : Ru;

    /// <inheritdoc />
    public override string ToString() => Ru;
}
