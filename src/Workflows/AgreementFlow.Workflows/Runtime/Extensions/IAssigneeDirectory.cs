namespace AgreementFlow.Workflows.Runtime.Extensions;

/// <summary>Resolves roles of organisations to people; the application answers from its memberships and absences.</summary>
public interface IAssigneeDirectory
{
    /// <summary>
    /// The people who hold <paramref name="role"/> in <paramref name="organizationId"/> on
    /// <paramref name="localDate"/>; an absent holder is replaced by their substitute.
    /// </summary>
    Task<IReadOnlyList<ResolvedAssignee>> ResolveAsync(Guid organizationId, string role, DateOnly localDate, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="personId"/> holds <paramref name="role"/> in <paramref name="organizationId"/>.</summary>
    Task<bool> HoldsRoleAsync(Guid personId, Guid organizationId, string role, CancellationToken cancellationToken);
}
