using AgreementFlow.Data.Registration;

namespace AgreementFlow.Web.Registration;

/// <summary>One registered document: number, date, kind, parties, where its route stands and a link to it.</summary>
public sealed record RegistrationLine(
    string Number,
    DateOnly RegisteredOn,
    RegisteredDocumentKind Kind,
    string Title,
    IReadOnlyList<string> Parties,
    string? Stage,
    string? Link,
    Guid SubjectId);
