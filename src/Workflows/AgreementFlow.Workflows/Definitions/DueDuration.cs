namespace AgreementFlow.Workflows.Definitions;

/// <summary>
/// A deadline length: working days of the assignee organisation's production calendar (ending at the end of
/// that working day in its zone), or an exact ISO-8601 duration such as <c>PT30M</c>.
/// </summary>
/// <param name="WorkingDays">Whole working days, or null.</param>
/// <param name="Exact">An exact duration, or null.</param>
/// <param name="Setting">A configuration key whose value (working days) overrides <paramref name="WorkingDays"/>, e.g. <c>CreditTransfer:DecisionWorkingDays</c>.</param>
public sealed record DueDuration(int? WorkingDays, TimeSpan? Exact, string? Setting = null)
{
    /// <summary>"5 working days", "PT30M".</summary>
    public override string ToString() =>
        WorkingDays is { } days ? $"{days} working days" : System.Xml.XmlConvert.ToString(Exact ?? TimeSpan.Zero);
}
