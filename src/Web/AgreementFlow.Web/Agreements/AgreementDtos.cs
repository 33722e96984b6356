using System.Text.Json.Nodes;

namespace AgreementFlow.Web.Agreements;

public sealed record TermInput(DateOnly? From, DateOnly? To);

/// <summary>A draft agreement as a coordinator submits it.</summary>
public sealed record AgreementInput(
    Guid? BaseOrganizationId,
    IReadOnlyList<Guid>? PartnerOrganizationIds,
    IReadOnlyList<Guid>? ProgramIds,
    TermInput? Term,
    string? Title,
    JsonObject? Data);

public sealed record AgreementCreated(Guid Id, string Stage, int Revision);

public sealed record PartyView(Guid OrganizationId, string ShortName, bool IsBase);

public sealed record ProgramRef(Guid Id, string Name);

public sealed record AgreementSummary(
    Guid Id,
    string Title,
    string? Number,
    string Kind,
    string Stage,
    string StageTitle,
    DateOnly TermFrom,
    DateOnly TermTo,
    DateTime? NearestDueAtUtc,
    bool Overdue,
    IReadOnlyList<PartyView> Parties);

public sealed record AgreementPage(IReadOnlyList<AgreementSummary> Items, int Total, int Page, int PageSize, IReadOnlyDictionary<string, int> CountsByStage);

public sealed record PersonRef(Guid Id, string Name);

public sealed record TaskView(
    Guid Id,
    string TaskId,
    string Title,
    string Stage,
    int Round,
    Guid OrganizationId,
    string OrganizationName,
    string Role,
    PersonRef? Assignee,
    PersonRef? ActingFor,
    PersonRef? DelegatedBy,
    string Status,
    DateTime? DueAtUtc,
    bool Overdue,
    string? Outcome,
    string? Comment,
    DateTime? CompletedAtUtc,
    IReadOnlyList<OutcomeView> Outcomes);

public sealed record OutcomeView(string Id, string Title, bool RequiresComment);

public sealed record TimerView(Guid Id, string Kind, string Key, DateTime DueAtUtc, string Status);

public sealed record IncidentView(Guid Id, Guid InstanceId, string Stage, string Source, string Message, DateTime CreatedAtUtc, int Retries);

public sealed record CommandView(string Id, string Title, bool RequiresComment);

public sealed record AgreementDetails(
    Guid Id,
    string Title,
    string? Number,
    string Kind,
    Guid? ParentAgreementId,
    string Stage,
    string StageTitle,
    string Status,
    int Revision,
    Guid WorkflowInstanceId,
    string Definition,
    TermInput Term,
    IReadOnlyList<PartyView> Parties,
    IReadOnlyList<ProgramRef> Programs,
    JsonObject Data,
    IReadOnlyList<TaskView> Tasks,
    IReadOnlyList<TimerView> Timers,
    IReadOnlyList<CommandView> Commands,
    IReadOnlyList<IncidentView> Incidents,
    IReadOnlyDictionary<string, string> Links);

public sealed record JournalView(
    int Sequence,
    DateTime AtUtc,
    string AtLocal,
    string TimeZone,
    string Kind,
    PersonRef? Actor,
    PersonRef? ActingFor,
    string? Organization,
    string? FromStage,
    string? ToStage,
    string? TaskId,
    string? Outcome,
    string? Comment);
