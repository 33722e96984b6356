using System.Net;
using AgreementFlow.TestSupport;
using Microsoft.Data.Sqlite;

namespace AgreementFlow.Web.Tests.Api;

/// <summary>The health endpoint tells a load balancer the truth about the database.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Health_Is503_WhenTheDatabaseNoLongerAnswers()
    {
        var app = new SqliteApp();
        await ((IAsyncLifetime)app).InitializeAsync();
        try
        {
            var client = app.CreateAnonymousClient();
            (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);

            // The database file disappears under the running app (a lost volume): SQLite opens an empty one with no tables.
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(app.Database.ConnectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
            {
                File.Delete(path);
            }

            var response = await client.GetAsync("/health");

            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            (await response.Content.ReadAsStringAsync()).Should().Be("Unhealthy");
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }
}
