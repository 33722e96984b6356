namespace AgreementFlow.Web.Agreements;

/// <summary>What the board shows: one organisation's agreements (all visible ones when null), narrowed by the filters.</summary>
public sealed record BoardFilter(Guid? OrganizationId, Guid? PartnerId, Guid? ProgramId, string? Text, string? Stage, int Page, int PageSize);

/// <summary>How many overdue open tasks an organisation holds.</summary>
public sealed record OrganizationCount(Guid OrganizationId, string Name, int Count);

/// <summary>An organisation to choose in a form or a filter.</summary>
public sealed record OrganizationChoice(Guid Id, string ShortName, string Kind, string TimeZone);

/// <summary>A programme to choose, with the organisation that owns it.</summary>
public sealed record ProgramChoice(Guid Id, string Name, Guid OwnerOrganizationId, string OwnerName);

/// <summary>Who holds an agreement now: an open task's assignee, the task and its deadline.</summary>
public sealed record AgreementHolder(Guid AgreementId, string TaskTitle, PersonRef? Assignee, PersonRef? ActingFor, string OrganizationName, string OrganizationTimeZone, DateTime? DueAtUtc, bool Overdue);

/// <summary>An amendment of an agreement, for the agreement's page.</summary>
public sealed record AmendmentLink(Guid Id, string Title, string StageTitle);

/// <summary>What a batch drafts: the base organisation, the programmes and the term every agreement of it shares.</summary>
public sealed record BatchSummary(string BaseOrganizationName, IReadOnlyList<string> Programs, TermInput Term);
