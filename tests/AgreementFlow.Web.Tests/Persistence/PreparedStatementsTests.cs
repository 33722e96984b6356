using AgreementFlow.Data.Persistence;
using AgreementFlow.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AgreementFlow.Web.Tests.Persistence;

/// <summary>
/// On PostgreSQL the statements a node repeats are prepared by the server once per connection (the steps per second
/// depend on it), unless the operator's connection string says otherwise.
/// </summary>
public sealed class PreparedStatementsTests
{
    [Fact]
    public async Task OnPostgres_AQueryRunAgain_IsPreparedByTheServer()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var db = database.CreateContext();
        await AgreementFlowDatabase.MigrateAsync(db, CancellationToken.None);
        await db.Database.OpenConnectionAsync();

        var prepared = await PreparedCountAsync(db);
        for (var i = 0; i < 3; i++)
        {
            await db.Organizations.AsNoTracking().Where(o => o.RegionCode == "24").CountAsync();
        }

        (await PreparedCountAsync(db)).Should().BeGreaterThan(prepared, "the repeated query is now a prepared statement of this connection");
    }

    [Theory]
    [InlineData("Host=db;Database=af;Max Auto Prepare=0")]
    [InlineData("Host=db;Database=af;MaxAutoPrepare=10")]
    public void AConnectionStringThatSaysHowToPrepare_IsKeptAsItIs(string connectionString) =>
        AgreementFlowDatabase.WithPreparedStatements(connectionString).Should().Be(connectionString);

    [Fact]
    public void AConnectionStringThatDoesNotSay_PreparesWhatIsRunTwice()
    {
        var builder = new NpgsqlConnectionStringBuilder(AgreementFlowDatabase.WithPreparedStatements("Host=db;Database=af;Username=u"));

        builder.MaxAutoPrepare.Should().BeGreaterThan(0);
        builder.AutoPrepareMinUsages.Should().Be(2);
        (builder.Host, builder.Database, builder.Username).Should().Be(("db", "af", "u"));
    }

    private static async Task<long> PreparedCountAsync(AgreementFlowDbContext db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT count(*) FROM pg_prepared_statements";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
