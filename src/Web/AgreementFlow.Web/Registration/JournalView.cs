namespace AgreementFlow.Web.Registration;

/// <summary>An organisation's registration journal as its page and API show it.</summary>
public sealed record JournalView(Guid OrganizationId, string Pattern, bool RestartsYearly, IReadOnlyList<JournalLine> Lines);
