using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Hosting;

namespace AgreementFlow.Web.Persistence;

/// <summary>Applies the hand-written migrations at start-up (several nodes may race; EF takes a migration lock).</summary>
internal sealed class DatabaseMigration(AgreementFlowDbContext db) : IStartupTask
{
    public int Order => StartupOrder.Migrations;

    public Task RunAsync(CancellationToken cancellationToken) => AgreementFlowDatabase.MigrateAsync(db, cancellationToken);
}
