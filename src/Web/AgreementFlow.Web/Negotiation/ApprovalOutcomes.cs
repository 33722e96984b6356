namespace AgreementFlow.Web.Negotiation;

/// <summary>
/// The answers that approve the text, and so are bound to the document version they were given to: legal's approve on review,
/// a partner's accept in negotiation, a director's approve (with or without remarks) in the approval stage.
/// </summary>
public static class ApprovalOutcomes
{
    private static readonly HashSet<(string TaskId, string Outcome)> Approving =
    [
        ("review", "approve"),
        ("partner-review", "accept"),
        ("approve", "approve"),
        ("approve", "approve-with-remarks"),
    ];

    public static bool Approves(string taskId, string? outcome) => outcome is not null && Approving.Contains((taskId, outcome));
}
