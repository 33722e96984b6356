namespace AgreementFlow.Data.Documents;

/// <summary>
/// A document form an organisation's legal staff keep (the network agreement, the amendment, the
/// credit-transfer order…); its content lives in numbered <see cref="DocumentTemplateVersion"/>s.
/// </summary>
public sealed class DocumentTemplate
{
    public const int KeyMaxLength = 64;

    public const int TitleMaxLength = 300;

    public Guid Id { get; set; }

    /// <summary>The organisation whose legal staff edit and publish it.</summary>
    public Guid OrganizationId { get; set; }

    /// <summary>What the form is for, unique in the organisation: <c>network-agreement</c>, <c>amendment</c>, …</summary>
    public required string Key { get; set; }

    public required string Title { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
