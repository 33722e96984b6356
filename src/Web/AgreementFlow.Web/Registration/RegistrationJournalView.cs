namespace AgreementFlow.Web.Registration;

/// <summary>An organisation's registration journal as its page and API show it.</summary>
public sealed record RegistrationJournalView(Guid OrganizationId, string Pattern, bool RestartsYearly, IReadOnlyList<RegistrationLine> Lines);
