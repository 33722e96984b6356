namespace AgreementFlow.Web.Identity;

/// <summary>
/// Marks a page model or an endpoint as reachable by a partner's link session. Everything not marked refuses such a session
/// (<see cref="PartnerSessionBoundary"/>); what is marked must still check <see cref="CurrentUser.MayActOn"/> for the agreement it serves.
/// On minimal APIs use <see cref="PartnerSessionBoundary.AllowPartnerSession{TBuilder}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class PartnerAccessibleAttribute : Attribute;
