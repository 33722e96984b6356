namespace AgreementFlow.Data.Negotiation;

/// <summary>Where a proposed clause text stands.</summary>
public enum ProposalStatus
{
    /// <summary>Waiting for the base organisation's legal staff.</summary>
    Pending,

    /// <summary>Accepted: the clause has the proposed text from <see cref="ClauseProposal.ResultDocumentVersion"/> on.</summary>
    Accepted,

    /// <summary>Rejected with a reason; the document did not change.</summary>
    Rejected,
}
