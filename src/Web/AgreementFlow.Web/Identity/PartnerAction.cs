namespace AgreementFlow.Web.Identity;

/// <summary>What a partner's link session may do on its one agreement (a signed-in person with an account is not limited by it).</summary>
public enum PartnerAction
{
    /// <summary>Read the agreement, its document versions, comments and proposals.</summary>
    View = 1,

    /// <summary>Comment on clauses and resolve comment threads.</summary>
    Comment = 2,

    /// <summary>Propose a new text for a clause.</summary>
    Propose = 3,

    /// <summary>Answer the person's open task on the agreement (accept / propose changes, approve…).</summary>
    Answer = 4,

    /// <summary>Sign the agreement.</summary>
    Sign = 5,
}
