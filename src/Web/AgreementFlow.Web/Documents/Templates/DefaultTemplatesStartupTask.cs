using AgreementFlow.Web.Hosting;

namespace AgreementFlow.Web.Documents.Templates;

/// <summary>At start-up, after the demo network exists: every organisation gets the shipped templates it lacks.</summary>
internal sealed class DefaultTemplatesStartupTask(DefaultTemplateSeeder seeder) : IStartupTask
{
    public int Order => StartupOrder.Demo + 100;

    public Task RunAsync(CancellationToken cancellationToken) => seeder.EnsureAllAsync(cancellationToken);
}
