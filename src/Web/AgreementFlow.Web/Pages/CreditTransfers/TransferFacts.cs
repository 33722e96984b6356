using AgreementFlow.Web.CreditTransfers;

namespace AgreementFlow.Web.Pages.CreditTransfers;

/// <summary>What <c>_TransferFacts</c> shows: the application, and whether to list the students with their decisions (the decision form lists them itself).</summary>
public sealed record TransferFacts(CreditTransferDetails Transfer, bool ShowStudents);
