namespace AgreementFlow.Web.PartnerAccess;

/// <summary>The contact to name at a partner: <c>PUT /api/agreements/{id}/partner-contacts</c>.</summary>
public sealed record PartnerContactInput(Guid? OrganizationId, string? Email, string? FullName, string? Role);

/// <summary>Which partner to send a link to: <c>POST /api/agreements/{id}/partner-links</c>.</summary>
public sealed record PartnerLinkInput(Guid? OrganizationId);

/// <summary>An agreement's partners, their contacts and links.</summary>
public sealed record PartnerContactsView(Guid AgreementId, string Title, string Stage, IReadOnlyList<PartnerView> Partners);

/// <summary>One partner of the agreement: its contact, its current work (task id and who holds it) and its links.</summary>
public sealed record PartnerView(
    Guid OrganizationId, string OrganizationName, PartnerContactView? Contact, string? OpenTask, string? OpenTaskAssigneeName, IReadOnlyList<PartnerLinkView> Links);

/// <summary>The named contact; <c>HasAccount</c>: the person can also sign in with a password (and sees the work in their inbox).</summary>
public sealed record PartnerContactView(Guid Id, Guid OrganizationId, Guid PersonId, string Email, string FullName, string Role, bool HasAccount);

/// <summary>
/// One link and what became of it. <c>State</c>: <c>queued</c> (e-mail not sent yet), <c>sent</c>, <c>opened</c>, <c>expired</c> or
/// <c>revoked</c>; <c>MailStatus</c>: the e-mail's outbox state (<c>pending</c>, <c>sent</c>, <c>failed</c>, <c>skipped</c>).
/// </summary>
public sealed record PartnerLinkView(
    Guid Id,
    Guid OrganizationId,
    string State,
    IReadOnlyList<string> Actions,
    string? Task,
    DateTime CreatedAtUtc,
    DateTime ExpiresAtUtc,
    string? MailStatus,
    DateTime? SentAtUtc,
    DateTime? FirstOpenedAtUtc,
    DateTime? LastOpenedAtUtc,
    int OpenCount,
    DateTime? RevokedAtUtc,
    string? RevokedReason);
