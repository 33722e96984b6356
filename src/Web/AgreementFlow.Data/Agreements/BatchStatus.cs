namespace AgreementFlow.Data.Agreements;

public enum BatchStatus
{
    Pending,
    Completed,
    Failed,
}
