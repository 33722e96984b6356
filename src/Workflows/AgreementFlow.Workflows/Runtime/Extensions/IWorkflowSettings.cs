namespace AgreementFlow.Workflows.Runtime.Extensions;

/// <summary>Configuration values a definition may name (e.g. the credit-transfer decision deadline).</summary>
public interface IWorkflowSettings
{
    /// <summary>The whole number under <paramref name="key"/>, or null when it is not set.</summary>
    int? GetInt(string key);
}
