using AgreementFlow.Workflows.Calendars;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Tests.Definitions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgreementFlow.Workflows.Tests.Runtime;

/// <summary>
/// The engine alone, for the runtime's unit tests: the engine's tables on an in-memory SQLite connection kept open for
/// the test, and a runtime over one route with a directory that names each organisation's one holder of any role,
/// Moscow time and the five-day week.
/// </summary>
internal sealed class EngineHarness : IAsyncDisposable, IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    private EngineHarness()
    {
    }

    public DbContextOptions<GuardTestDbContext> Options { get; private set; } = null!;

    public static async Task<EngineHarness> OpenAsync()
    {
        var harness = new EngineHarness();
        await harness._connection.OpenAsync();
        harness.Options = new DbContextOptionsBuilder<GuardTestDbContext>().UseSqlite(harness._connection).Options;
        await using var db = new GuardTestDbContext(harness.Options);
        await db.Database.EnsureCreatedAsync();
        return harness;
    }

    /// <summary>A runtime over <paramref name="route"/> (the JSON of <paramref name="fileName"/>) on <paramref name="db"/>.</summary>
    public static WorkflowRuntime Runtime(
        GuardTestDbContext db,
        string fileName,
        string route,
        Func<Guid, Guid> holderOf,
        TimeProvider? clock = null,
        IStageExitGuard? stageGuard = null,
        ITaskOutcomeGuard? outcomeGuard = null)
    {
        var definition = DefinitionFixtures.Loader.Load(fileName, route);
        definition.Errors.Should().BeEmpty();
        return new WorkflowRuntime(
            db,
            new WorkflowDefinitionRegistry(definition.Definitions),
            new HolderDirectory(holderOf),
            new MoscowTime(),
            [],
            [],
            stageGuard is null ? [] : [stageGuard],
            new NoSettings(),
            Microsoft.Extensions.Options.Options.Create(new WorkflowRuntimeOptions()),
            clock ?? TimeProvider.System,
            NullLogger<WorkflowRuntime>.Instance,
            outcomeGuard is null ? null : [outcomeGuard]);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    public void Dispose() => _connection.Dispose();

    /// <summary>Each organisation has one person holding every role.</summary>
    private sealed class HolderDirectory(Func<Guid, Guid> holderOf) : IAssigneeDirectory
    {
        public Task<IReadOnlyList<ResolvedAssignee>> ResolveAsync(Guid organizationId, string role, DateOnly localDate, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ResolvedAssignee>>([new ResolvedAssignee(holderOf(organizationId), null)]);

        public Task<bool> HoldsRoleAsync(Guid personId, Guid organizationId, string role, CancellationToken cancellationToken) =>
            Task.FromResult(personId == holderOf(organizationId));
    }

    private sealed class MoscowTime : IOrganizationTimeSource
    {
        public Task<OrganizationTime> GetAsync(Guid organizationId, CancellationToken cancellationToken) =>
            Task.FromResult(new OrganizationTime(IanaTimeZone.Moscow, WorkingDayCalendar.FiveDayWeek, WorkingHours.Default));
    }

    private sealed class NoSettings : IWorkflowSettings
    {
        public int? GetInt(string key) => null;
    }
}
