namespace AgreementFlow.Web.CreditTransfers;

public sealed record ApplicantInput(string? Kind, string? Name);

public sealed record StudentInput(string? FullName, DateOnly? BirthDate, int? Hours, string? Result);

public sealed record DocumentInput(string? FileName, string? ContentBase64);

/// <summary>An application for credit transfer as a clerk records it: one student or a cohort.</summary>
public sealed record CreditTransferInput(
    Guid? ApplicantOrganizationId,
    ApplicantInput? Applicant,
    IReadOnlyList<StudentInput>? Students,
    Guid? SourceOrganizationId,
    string? SourceOrganizationName,
    string? SourceProgramName,
    string? TargetUnit,
    int? RequiredHours,
    Guid? AgreementId,
    IReadOnlyList<DocumentInput>? Documents);

public sealed record CreditTransferCreated(Guid Id, string Stage, int Revision);

public sealed record StudentView(Guid Id, string FullName, DateOnly? BirthDate, int Hours, string Result, string Decision, int? CreditedHours, string? Reason);

public sealed record DocumentView(Guid Id, string FileName, string ContentType, long Size, string Sha256);

/// <summary>A supporting document's bytes, as opened from the application.</summary>
public sealed record DocumentFile(string FileName, string ContentType, byte[] Content);

public sealed record CreditTransferSummary(Guid Id, string Title, string Stage, string StageTitle, int Students, DateTime? NearestDueAtUtc, bool Overdue, DateTime CreatedAtUtc);

public sealed record CreditTransferDetails(
    Guid Id,
    Guid ApplicantOrganizationId,
    string ApplicantKind,
    string ApplicantName,
    string SourceOrganizationName,
    string SourceProgramName,
    string TargetUnit,
    int RequiredHours,
    Guid? AgreementId,
    string Stage,
    string StageTitle,
    int Revision,
    Guid WorkflowInstanceId,
    IReadOnlyList<StudentView> Students,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<Agreements.TaskView> Tasks);

/// <summary>A decision for one student, in the body of the <c>decide</c> answer.</summary>
public sealed record StudentDecisionInput(Guid? StudentId, string? Decision, int? CreditedHours, string? Reason);
