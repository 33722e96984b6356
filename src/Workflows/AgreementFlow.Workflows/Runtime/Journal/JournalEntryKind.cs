namespace AgreementFlow.Workflows.Runtime.Journal;

/// <summary>What a journal entry records.</summary>
public enum JournalEntryKind
{
    Started,
    StageEntered,
    TaskCompleted,
    TaskDelegated,
    CommandRun,
    TimerFired,
    ActionCompleted,
    IncidentRaised,
    IncidentRetried,
    Migrated,

    /// <summary>An open task's deadline moved; its reminders were recomputed.</summary>
    DeadlineChanged,

    /// <summary>A completed answer no longer holds (e.g. an approval given to text that has since changed): the person has the task again.</summary>
    TaskReissued,
}
