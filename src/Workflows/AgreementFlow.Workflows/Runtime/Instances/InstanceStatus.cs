namespace AgreementFlow.Workflows.Runtime.Instances;

/// <summary>Whether an instance still moves.</summary>
public enum InstanceStatus
{
    /// <summary>In a non-final stage.</summary>
    Running,

    /// <summary>Reached a final stage.</summary>
    Completed,
}
