using AgreementFlow.Web.Agreements;

namespace AgreementFlow.Web.Pages.Agreements;

/// <summary>
/// What <c>_OpenTasks</c> lists: who holds a subject now, each deadline in the zone of the task's organisation; the tasks
/// of <paramref name="LinkFor"/> (when given) link to their decision page.
/// </summary>
public sealed record OpenTasks(IReadOnlyList<TaskView> Tasks, IReadOnlyDictionary<Guid, string> TimeZones, Guid? LinkFor);
