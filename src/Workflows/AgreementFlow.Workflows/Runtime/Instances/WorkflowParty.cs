namespace AgreementFlow.Workflows.Runtime.Instances;

/// <summary>An organisation taking part in an instance, and as what.</summary>
public sealed class WorkflowParty
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid OrganizationId { get; set; }

    public PartyRole Role { get; set; }

    /// <summary>The order of partners as given (the signing order among partners follows it).</summary>
    public int Position { get; set; }
}
