namespace AgreementFlow.Web.Hosting;

/// <summary>Runs every <see cref="IStartupTask"/> in order, in one scope, before the server starts listening.</summary>
internal sealed class StartupTaskRunner(IServiceScopeFactory scopes, ILogger<StartupTaskRunner> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().OrderBy(t => t.Order))
        {
            logger.LogDebug("Start-up task {Task}", task.GetType().Name);
            await task.RunAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
