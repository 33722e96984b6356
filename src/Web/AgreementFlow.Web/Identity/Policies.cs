namespace AgreementFlow.Web.Identity;

/// <summary>The authorisation policies. Handlers decide; pages and endpoints only name a policy.</summary>
public static class Policies
{
    /// <summary>A deployment administrator.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Resource: an organisation id. Admin, or its director, coordinator or legal staff.</summary>
    public const string ManageOrganizationPrograms = "ManageOrganizationPrograms";

    /// <summary>Resource: an organisation id. Admin, or any member of it (its staff see each other).</summary>
    public const string SeeOrganizationStaff = "SeeOrganizationStaff";
}
