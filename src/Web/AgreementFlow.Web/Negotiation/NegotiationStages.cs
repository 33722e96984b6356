namespace AgreementFlow.Web.Negotiation;

/// <summary>
/// When the text may be discussed and changed. Comments: from the first document version until signing ends (drafting has no
/// document yet). Proposals, and legal's decisions on them: only while the text is still being agreed — legal review, negotiation
/// with the partners and the directors' approval. From signing on the text is final (a change needs a return for rework).
/// </summary>
public static class NegotiationStages
{
    private static readonly HashSet<string> Commentable = new(StringComparer.Ordinal) { "legal-review", "negotiation", "approval", "signing" };
    private static readonly HashSet<string> Changeable = new(StringComparer.Ordinal) { "legal-review", "negotiation", "approval" };

    public static bool AllowsComments(string stage) => Commentable.Contains(stage);

    public static bool AllowsProposals(string stage) => Changeable.Contains(stage);
}
