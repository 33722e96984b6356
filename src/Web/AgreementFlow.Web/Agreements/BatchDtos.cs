using System.Text.Json.Nodes;

namespace AgreementFlow.Web.Agreements;

/// <summary>One draft for many partner schools: «Создать договоры с несколькими школами».</summary>
public sealed record BatchInput(
    Guid? BaseOrganizationId,
    IReadOnlyList<Guid>? PartnerOrganizationIds,
    IReadOnlyList<Guid>? ProgramIds,
    TermInput? Term,
    JsonObject? Data);

public sealed record BatchStarted(Guid BatchId, IReadOnlyList<Guid> AgreementIds);

public sealed record BatchItemView(Guid PartnerOrganizationId, string PartnerName, Guid AgreementId, string Status, string? Stage, string? Error);

public sealed record BatchProgress(Guid BatchId, string Status, int Total, int Created, int Failed, IReadOnlyList<BatchItemView> Items);
