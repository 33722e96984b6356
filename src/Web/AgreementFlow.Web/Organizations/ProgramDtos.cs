namespace AgreementFlow.Web.Organizations;

public sealed record ProgramInput(string? Name, string? Focus, string? Level, int? Hours, Guid? OwnerOrganizationId);

public sealed record ProgramView(Guid Id, string Name, string Focus, string Level, int Hours, Guid OwnerOrganizationId, string OwnerOrganizationName);
