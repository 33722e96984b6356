namespace AgreementFlow.Web.Archive;

/// <summary>An act of destruction: who destroyed which record's files, when, and each file's name and hash.</summary>
public sealed record DestructionActView(
    Guid Id, Guid RecordId, string? Number, string Kind, string Title, DateOnly RetentionEndsOn, IReadOnlyList<string> Files, string DestroyedBy, DateTime DestroyedAtUtc);
