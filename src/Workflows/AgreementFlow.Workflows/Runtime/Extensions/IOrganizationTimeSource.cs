namespace AgreementFlow.Workflows.Runtime.Extensions;

/// <summary>Tells the engine how an organisation keeps time; the application reads it from its directory.</summary>
public interface IOrganizationTimeSource
{
    /// <summary>The zone, calendar and hours of <paramref name="organizationId"/>.</summary>
    Task<OrganizationTime> GetAsync(Guid organizationId, CancellationToken cancellationToken);
}
