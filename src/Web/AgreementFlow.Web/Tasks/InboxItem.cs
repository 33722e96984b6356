using AgreementFlow.Web.Agreements;

namespace AgreementFlow.Web.Tasks;

/// <summary>A line of a person's inbox: their open task and what it is about.</summary>
public sealed record InboxItem(TaskView Task, Guid InstanceId, string SubjectKind, Guid SubjectId, string SubjectTitle, string StageTitle, bool AsSubstitute, string LocalDue, string TimeZone);
