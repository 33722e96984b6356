namespace AgreementFlow.Workflows.Runtime.Extensions;

/// <summary>Who gets a task: the person, and the absent colleague they substitute for («и.о.»), if any.</summary>
public sealed record ResolvedAssignee(Guid PersonId, Guid? ActingForPersonId);
