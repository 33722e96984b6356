using AgreementFlow.Data.Persistence;
using AgreementFlow.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Tests.Persistence;

/// <summary>
/// The hand-written migrations build exactly the schema the model describes, and the hand-written
/// snapshot matches the model, on both databases. A model change without a migration fails here.
/// </summary>
public abstract class MigrationTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Migrations_BuildTheSchemaTheModelDescribes()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        await AgreementFlowDatabase.MigrateAsync(db, CancellationToken.None);

        var expected = ModelSchemaReader.Read(db);
        var actual = provider == DatabaseProvider.Sqlite
            ? await SqliteSchemaReader.ReadAsync(db)
            : await PostgresSchemaReader.ReadAsync(db);
        expected.Tables.Should().NotBeEmpty();
        actual.Should().BeEquivalentTo(expected, options => options.WithStrictOrdering());
    }

    [Fact]
    public async Task TheModelSnapshot_HasNoPendingChanges()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        db.Database.HasPendingModelChanges().Should().BeFalse(
            "every model change needs a hand-written migration and a matching update of AgreementFlowDbContextModelSnapshot");
    }

    [Fact]
    public async Task Migrating_Twice_ChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = database.CreateContext())
        {
            await AgreementFlowDatabase.MigrateAsync(first, CancellationToken.None);
        }

        await using var second = database.CreateContext();
        await AgreementFlowDatabase.MigrateAsync(second, CancellationToken.None);

        (await second.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await second.Database.GetAppliedMigrationsAsync()).Should().Equal(second.Database.GetMigrations());
    }
}

public sealed class MigrationTestsOnSqlite() : MigrationTests(DatabaseProvider.Sqlite);

public sealed class MigrationTestsOnPostgres() : MigrationTests(DatabaseProvider.Postgres);
