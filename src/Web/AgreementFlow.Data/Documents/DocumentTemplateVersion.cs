namespace AgreementFlow.Data.Documents;

/// <summary>One version of a template: a draft while legal staff edit it, then published and never changed.</summary>
public sealed class DocumentTemplateVersion
{
    public const int ChangeNoteMaxLength = 1000;

    public Guid Id { get; set; }

    public Guid TemplateId { get; set; }

    /// <summary>1, 2, …: unique per template.</summary>
    public int Version { get; set; }

    public TemplateVersionStatus Status { get; set; }

    /// <summary>The sections, clauses and declared fields, as the documents library's template JSON.</summary>
    public required string Content { get; set; }

    /// <summary>Data the editor previews with and the statutory check runs on at publishing, as JSON.</summary>
    public string SampleData { get; set; } = "{}";

    /// <summary>What changed, written by whoever published it.</summary>
    public string? ChangeNote { get; set; }

    public Guid? CreatedByPersonId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid? PublishedByPersonId { get; set; }

    public DateTime? PublishedAtUtc { get; set; }
}
