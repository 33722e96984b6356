namespace AgreementFlow.Web.Hosting;

/// <summary>Work that must be done once at start-up, before the app answers requests.</summary>
public interface IStartupTask
{
    /// <summary>Lower runs first; see <see cref="StartupOrder"/>.</summary>
    int Order { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
